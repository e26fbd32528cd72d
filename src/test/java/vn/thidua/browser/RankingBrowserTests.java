package vn.thidua.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.result.RankingTestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster ranking seen by the head unit, the provincial overview seen by staff, and a
 * penalty item recorded by the cluster head on a member's report, in a throw-away
 * campaign of "Khối An ninh" with approved reports from January to October 2026.
 */
class RankingBrowserTests extends BrowserTestSupport {

	private static long campaign;

	private static long cluster;

	private static long autumn;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoringTableService scoring;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	final List<String> problems = new ArrayList<>();

	@BeforeEach
	void campaignWithTenMonths() {
		this.page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				this.problems.add(message.text());
			}
		});
		synchronized (RankingBrowserTests.class) {
			if (campaign == 0) {
				cluster = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
					.query(Long.class)
					.single();
				campaign = RankingTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users, cluster,
						"Đợt thi đua xếp hạng " + UUID.randomUUID().toString().substring(0, 8));
				RankingTestData.approvedMonths(this.jdbc, campaign, cluster, 10);
			}
		}
	}

	@Test
	void theHeadUnitSeesItsClusterRankedWithAChart() {
		login("head.commander");
		open("/results/rankings?campaign=" + campaign + "&cluster=" + cluster + "&month=2026-10");
		assertThat(this.page.locator("#ranking-table tbody tr").count()).isEqualTo(7);
		assertThat(this.page.locator("#ranking-heading").textContent()).contains("Khối An ninh", "10/2026");
		assertThat(this.page.locator("#ranking-table tbody tr").first().locator(".ranking-rank").textContent())
			.isEqualTo("1");
		assertThat(this.page.locator("#ranking-table").textContent()).contains(",");
		this.page.waitForFunction("() => document.querySelector('#ranking-chart').width > 0");
		assertThat(this.page.locator("#ranking-help").textContent()).contains("1, 1, 3");
		screenshotEverywhere("ranking");
		assertThat(this.problems).as("console errors (CSP, missing files)").isEmpty();
	}

	@Test
	void theDemoRankingMarksTheFiguresWaitingForReviewAsProvisional() {
		long movement = this.jdbc
			.sql("select id from campaign_v where name = 'Phong trào thi đua “Vì an ninh Tổ quốc” năm 2026'")
			.query(Long.class)
			.single();
		login("staff");
		// no month chosen: the last month whose deadline has passed
		open("/results/rankings?campaign=" + movement + "&cluster=" + cluster);
		assertThat(this.page.locator("#ranking-table .ranking-provisional").count())
			.as("the demo's reports waiting for review")
			.isGreaterThan(0);
		assertThat(this.page.locator("#ranking-legend-provisional").textContent()).contains("Tạm tính");
		assertThat(this.page.locator("#ranking-help").textContent()).contains("hết hạn nộp báo cáo");
		this.page.waitForFunction("() => document.querySelector('#ranking-chart').width > 0");
		screenshotEverywhere("ranking-provisional");
		this.page.locator("#ranking-table .ranking-row")
			.filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHas(this.page.locator(".ranking-provisional")))
			.first()
			.locator("a.ranking-unit")
			.click();
		this.page.waitForURL(java.util.regex.Pattern.compile(".*/results/rankings/units/.*"));
		assertThat(this.page.locator("#trend-table .ranking-provisional").count()).isGreaterThan(0);
		screenshot("trend-provisional");
		assertThat(this.problems).as("console errors (CSP, missing files)").isEmpty();
	}

	@Test
	void staffSeeEveryClusterInTheOverview() {
		login("staff");
		open("/results/overview?campaign=" + campaign + "&month=2026-10");
		assertThat(this.page.locator("#overview-table tbody tr").count()).isEqualTo(1);
		assertThat(this.page.locator("#overview-total").textContent()).contains("7");
		screenshotEverywhere("overview");
		this.page.click("#overview-table tbody a");
		this.page.waitForURL(java.util.regex.Pattern.compile(".*/results/rankings\\?.*cluster=" + cluster + ".*"));
		assertThat(this.page.locator("#ranking-table tbody tr").count()).isEqualTo(7);
		assertThat(this.problems).as("console errors (CSP, missing files)").isEmpty();
	}

	@Test
	void theClusterHeadRecordsAPenaltyWithAReason() {
		long report = this.jdbc.sql("""
				select r.id from result_report r join unit u on u.id = r.unit_id
				where r.campaign_id = :c and u.code = 'LS-PA04' and r.period_month = date '2026-09-01'
				""").param("c", campaign).query(Long.class).single();
		login("head.commander");
		open("/results/" + report + "/score-items");
		assertThat(this.page.locator("#score-items-empty").isVisible()).isTrue();
		this.page.click("#score-item-save");
		assertThat(this.page.locator("#score-item-errors").isVisible()).as("item and reason required").isTrue();
		screenshot("score-items-errors");
		this.page.selectOption("#itemCode", "TR");
		this.page.fill("#reason", "Cán bộ vi phạm điều lệnh trong tháng 9");
		this.page.click("#score-item-save");
		assertThat(this.page.locator("#score-items-table").textContent()).contains("TR", "−10",
				"Cán bộ vi phạm điều lệnh trong tháng 9");
		assertThat(this.page.locator("#history").textContent()).contains("Ghi điểm thưởng, điểm trừ");
		screenshotEverywhere("score-items");
		assertThat(this.problems).as("console errors (CSP, missing files)").isEmpty();
	}

	@Test
	void thePagesOpenOnTheMainCampaignAndChangingItRefreshesTheMonthsAtOnce() {
		long movement = this.jdbc
			.sql("select id from campaign_v where name = 'Phong trào thi đua “Vì an ninh Tổ quốc” năm 2026'")
			.query(Long.class)
			.single();
		long autumn = autumnCampaign();
		login("staff");
		// no campaign asked: the yearly movement of the province, although "Cao điểm…"
		// and the
		// throw-away campaigns come before it in the list
		open("/results/rankings");
		assertThat(this.page.locator("#filter-campaign").inputValue()).isEqualTo(String.valueOf(movement));
		String month = this.page.locator("#filter-month").inputValue();
		assertThat(this.page.locator("#ranking-help-campaign").textContent()).contains("đợt thường xuyên");
		// staff belong to no cluster: the first cluster where a unit has reported, not
		// the
		// communes' cluster where nobody has yet
		assertThat((Boolean) this.page.locator("#ranking-table tbody tr[data-value]")
			.evaluateAll("rows => rows.some(r => Number(r.dataset.value) > 0)")).as("a cluster with scores").isTrue();
		screenshotEverywhere("ranking-default");
		open("/results/overview");
		assertThat(this.page.locator("#filter-campaign").inputValue()).isEqualTo(String.valueOf(movement));
		assertThat(this.page.locator("#filter-month").inputValue()).isEqualTo(month);
		screenshotEverywhere("overview-default");

		// March of the movement chosen, then the autumn campaign: the page reloads at
		// once
		// with October to December only, on its default month
		open("/results/overview?campaign=" + movement + "&month=2026-03");
		this.page.selectOption("#filter-campaign", String.valueOf(autumn));
		this.page.waitForURL(java.util.regex.Pattern.compile(".*/results/overview\\?campaign=" + autumn + "$"));
		assertThat(this.page.locator("#filter-month option").allTextContents()).containsExactly("12/2026", "11/2026",
				"10/2026");
		assertThat(this.page.locator("#filter-month").inputValue()).isEqualTo(month);
		assertThat(this.page.locator("#overview-heading").textContent()).contains(month.substring(5) + "/2026");
		screenshot("overview-campaign-changed");

		// on the ranking, the cluster of the previous campaign is not kept either
		open("/results/rankings?campaign=" + campaign + "&cluster=" + cluster + "&month=2026-03");
		this.page.selectOption("#filter-campaign", String.valueOf(movement));
		this.page.waitForURL(java.util.regex.Pattern.compile(".*/results/rankings\\?campaign=" + movement + "$"));
		assertThat(this.page.locator("#filter-month").inputValue()).isEqualTo(month);
		assertThat(this.page.locator("#ranking-table tbody tr").count()).isGreaterThan(0);
		assertThat(this.problems).as("console errors (CSP, missing files)").isEmpty();
	}

	/** A throw-away campaign of "Khối An ninh" running from October to December 2026. */
	private long autumnCampaign() {
		synchronized (RankingBrowserTests.class) {
			if (autumn == 0) {
				autumn = RankingTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users, cluster,
						"Đợt thi đua mùa thu " + UUID.randomUUID().toString().substring(0, 8));
				this.jdbc.sql("update campaign set start_date = date '2026-10-01' where id = :c")
					.param("c", autumn)
					.update();
			}
			return autumn;
		}
	}

}
