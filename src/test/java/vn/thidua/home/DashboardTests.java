package vn.thidua.home;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.result.PeriodRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@SpringBootTest
@AutoConfigureMockMvc
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.thidua.result.ReportWorkflowService results;

	@Autowired
	vn.thidua.result.ReportQueries queries;

	@Test
	void staffDashboardCountsTheProvinceInSql() throws Exception {
		var page = Jsoup.parse(html("staff"));
		assertThat(page.select("#dashboard").text()).contains("Đơn vị đang hoạt động", "Khối An ninh",
				"Phòng An ninh chính trị nội bộ", "Công an xã, phường, đặc khu");
	}

	@Test
	void unitDashboardShowsTheUnitsClustersAndNewlyLaunchedCampaigns() throws Exception {
		long unit = this.jdbc.sql("select id from unit where code = 'LS-PA04'").query(Long.class).single();
		// a fresh notice of the demo campaign for the member unit, whatever other tests
		// have read
		this.jdbc.sql("""
				update campaign_notification set read_at = null
				where unit_id = :unit and campaign_id = (select min(id) from campaign where state = 'LAUNCHED')
				""").param("unit", unit).update();
		var page = Jsoup.parse(html("member.officer"));
		assertThat(page.select("#dashboard").text()).contains("Khối An ninh", "Thành viên");
		assertThat(page.select("#new-campaigns").text()).contains("đợt thi đua mới phát động");
	}

	@Test
	void administratorDashboardCountsAccounts() throws Exception {
		var page = Jsoup.parse(html("admin"));
		assertThat(page.select("#dashboard").text()).contains("Tài khoản đang hoạt động");
	}

	@Test
	void aUnitSeesItsMonthsDueOverdueAndReturnedEachWithItsAction() throws Exception {
		var page = Jsoup.parse(html("member.officer"));
		var periods = TestUsers.runAs(this.users, "member.officer", () -> this.queries.periodsOfMyUnit());
		assertThat(page.select("#result-due .result-task")).hasSize(count(periods, PeriodRow.Marker.DUE));
		assertThat(page.select("#result-overdue .result-task")).hasSize(count(periods, PeriodRow.Marker.OVERDUE));
		assertThat(page.select("#result-returned .result-task")).hasSize(count(periods, PeriodRow.Marker.RETURNED));
		// the demo data returned PA04's report of the last month with a week to correct
		// it
		assertThat(page.select("#result-returned .result-task")).isNotEmpty();
		for (PeriodRow p : periods) {
			if (p.marker() == PeriodRow.Marker.RETURNED) {
				assertThat(page.select("#result-returned a[href=/results/" + p.reportId() + "/edit]")).hasSize(1);
			}
		}
		// every row acts on its own month: its report, or opening it straight for entry
		for (var row : page.select("#result-tasks .result-task")) {
			var link = row.selectFirst("a[href]");
			if (link != null) {
				assertThat(link.attr("href"))
					.matches("/results/(\\d+(/edit)?|reopen-requests/new\\?campaign=\\d+&month=\\d{4}-\\d{2})");
			}
			else {
				var form = row.selectFirst("form");
				assertThat(form.attr("action")).isEqualTo("/results/open");
				assertThat(form.select("input[name=campaign]").val()).isEqualTo(row.attr("data-campaign"));
				assertThat(form.select("input[name=month]").val()).isEqualTo(row.attr("data-period"));
				assertThat(form.select("input[name=then]").val()).isEqualTo("edit");
			}
		}
		assertThat(page.select("#result-to-submit")).as("the commander submits").isEmpty();
		assertThat(page.select("#result-waiting-queue")).as("a member unit reviews nothing").isEmpty();
		var commander = Jsoup.parse(html("member.commander"));
		assertThat(commander.select("#result-to-submit")).hasSize(1);
		assertThat(commander.select("#result-to-submit a.result-task-submit").eachAttr("href"))
			.allMatch(href -> href.matches("/results/\\d+"));
	}

	@Test
	void theHeadUnitSeesTheReportsWaitingForItsReviewFirstEachLinkedToItsReviewPage() throws Exception {
		var page = Jsoup.parse(html("head.commander"));
		var waiting = TestUsers.runAs(this.users, "head.commander", () -> this.queries.waitingForMyReview());
		assertThat(waiting).as("PA01 and PA05 submitted the last month in the demo data")
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(page.select("#result-waiting-queue a.result-review").eachAttr("href")).containsExactlyElementsOf(
				waiting.stream().limit(10).map(w -> "/results/" + w.reportId() + "/review").toList());
		// the queue comes before the unit's own months and everything else
		String html = page.select("#dashboard").html();
		assertThat(html.indexOf("result-waiting-queue")).isLessThan(html.indexOf("result-tasks"));
		assertThat(page.select("#dashboard > *").get(1).id()).isEqualTo("result-waiting-queue");
	}

	@Test
	void staffSeeWhoHasSubmittedTheMonthPerClusterLinkedToTheFilteredList() throws Exception {
		var page = Jsoup.parse(html("staff"));
		var rows = TestUsers.runAs(this.users, "staff",
				() -> this.queries.submissionsOf(this.queries.reportingMonth()));
		assertThat(rows).isNotEmpty();
		String month = TestUsers.runAs(this.users, "staff", () -> this.queries.reportingMonth().toString());
		var items = page.select("#result-submissions .result-submission");
		assertThat(items).hasSize(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			assertThat(items.get(i).text()).contains(row.submitted() + "/" + row.units() + " đơn vị đã gửi");
			assertThat(items.get(i).select("a.result-submission-open").attr("href"))
				.isEqualTo("/results?campaign=" + row.campaignId() + "&month=" + month + "#result-overview");
		}
		var waiting = TestUsers.runAs(this.users, "staff", () -> this.queries.waitingForMyReview());
		assertThat(page.select("#result-waiting-queue a.result-review")).hasSize(Math.min(10, waiting.size()));
		assertThat(Jsoup.parse(html("leader")).select("#result-waiting-queue, #result-submissions")).isEmpty();
	}

	@Test
	void leadershipSeesTheLeadingUnitPerClusterTheSubmissionRateAndTheTrend() throws Exception {
		var page = Jsoup.parse(html("leader"));
		assertThat(page.select("#province-results").text()).contains("Đơn vị dẫn đầu", "đơn vị đã gửi báo cáo");
		assertThat(page.select("#province-leaders tbody tr")).isNotEmpty();
		assertThat(page.select("#province-leaders tbody a").eachAttr("href"))
			.allMatch(href -> href.matches("/results/rankings\\?campaign=\\d+&cluster=\\d+&month=\\d{4}-\\d{2}"));
		assertThat(page.select("#province-overview-link").attr("href"))
			.matches("/results/overview\\?campaign=\\d+&month=\\d{4}-\\d{2}");
		assertThat(page.select("#province-trend tbody tr[data-value]")).isNotEmpty();
		assertThat(page.select("canvas#ranking-chart")).hasSize(1);
	}

	@Test
	void theMenuMarksTheCurrentItem() throws Exception {
		var page = Jsoup.parse(html("member.officer"));
		assertThat(page.select("nav a.nav-link.active[aria-current=page]").eachAttr("href")).containsExactly("/");
		var results = Jsoup.parse(this.mvc.perform(get("/results").with(TestUsers.as(this.users, "member.officer")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(results.select("nav a.nav-link[aria-current=page]").eachAttr("href")).containsExactly("/results");
	}

	/**
	 * The menu of each role, item by item, as a user of that role reads it (labels in
	 * Vietnamese, in order).
	 */
	@Test
	void eachRoleSeesItsOwnMenu() throws Exception {
		assertThat(menu("admin")).containsExactly("/ Tổng quan", "/units Đơn vị", "/clusters Cụm, khối thi đua",
				"/officers Cán bộ", "/campaigns Phong trào thi đua", "/results Báo cáo kết quả", "/voting Bình xét",
				"/awards/records Khen thưởng", "/admin/accounts Tài khoản", "/admin/audit Nhật ký");
		assertThat(menu("staff")).containsExactly("/ Tổng quan", "/units Đơn vị", "/clusters Cụm, khối thi đua",
				"/officers Cán bộ", "/campaigns Phong trào thi đua", "/results Báo cáo kết quả", "/voting Bình xét",
				"/awards/records Khen thưởng", "/summary Tổng kết năm");
		assertThat(menu("leader")).isEqualTo(menu("staff"));
		assertThat(menu("member.officer")).containsExactly("/ Tổng quan", "/units Đơn vị",
				"/clusters Cụm, khối thi đua", "/officers Cán bộ", "/campaigns Phong trào thi đua",
				"/my-covenants Giao ước của đơn vị", "/results Báo cáo kết quả", "/voting Bình xét",
				"/awards/titles Danh hiệu", "/awards/records Khen thưởng");
		assertThat(menu("member.commander")).isEqualTo(menu("member.officer"));
	}

	private List<String> menu(String username) throws Exception {
		return Jsoup.parse(html(username))
			.select("#mainNav ul.me-auto a.nav-link")
			.stream()
			.map(a -> a.attr("href") + " " + a.text())
			.toList();
	}

	private static int count(List<PeriodRow> periods, PeriodRow.Marker marker) {
		return (int) periods.stream().filter(p -> p.marker() == marker).count();
	}

	private String html(String username) throws Exception {
		return this.mvc.perform(get("/").with(TestUsers.as(this.users, username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
