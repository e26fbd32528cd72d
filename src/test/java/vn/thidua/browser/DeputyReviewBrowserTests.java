package vn.thidua.browser;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.organization.ClusterService;
import vn.thidua.result.EntryForm;
import vn.thidua.result.ReportWorkflowService;
import vn.thidua.result.ResultTestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deputy unit of "Khối An ninh" 2026 (PA09, commander.pa09) at work, through the real
 * pages: the head unit's commander (head.commander, PA03) delegates the review on the
 * cluster's page; the deputy's review list shows the head's March report (as deputy) and
 * PA04's (for the head); the deputy approves the head's report and returns PA04's, and
 * the history of PA04's report says the deputy acted for the head. The reports are of a
 * throw-away campaign, submitted through the services first.
 */
class DeputyReviewBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportWorkflowService results;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoringTableService scoring;

	@Autowired
	ClusterService clusters;

	@Autowired
	UserDetailsService users;

	@Test
	void theHeadDelegatesAndTheDeputyReviewsTheHeadsReportAndAMembersForTheHead() {
		long campaign = ResultTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users,
				"Đợt thi đua chuyên đề quý I/2026 " + UUID.randomUUID().toString().substring(0, 4));
		long security = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		long headReport = submitted(campaign, "LS-PA03", "head.officer", "head.commander");
		long memberReport = submitted(campaign, "LS-PA04", "member.officer", "member.commander");
		try {
			// the head unit's commander delegates on the cluster's page
			login("head.commander");
			open("/clusters/" + security);
			this.page.click("#cluster-delegation-toggle");
			this.page.waitForSelector(".alert-success");
			assertThat(this.page.locator("#cluster-delegation").textContent())
				.contains("Đang thẩm định thay Cụm (Khối) trưởng");
			screenshot("cluster-delegation-head-vi");

			// the deputy's review list: the head's report as deputy, PA04's for the head
			useViewport(1366, 900);
			login("commander.pa09");
			assertThat(this.page.locator("#result-reviewer-roles").textContent()).contains("Cụm (Khối) phó");
			open("/results");
			assertThat(this.page.locator("#result-waiting tr[data-report='" + headReport + "']").textContent())
				.contains("Phòng An ninh chính trị nội bộ", "Cụm (Khối) phó");
			assertThat(this.page.locator("#result-waiting tr[data-report='" + memberReport + "']").textContent())
				.contains("Phòng An ninh kinh tế", "Cụm (Khối) phó thay Cụm (Khối) trưởng");
			screenshotEverywhere("result-list-review-deputy");

			// the head's own report: reviewed by the deputy
			open("/results/" + headReport + "/review");
			assertThat(this.page.locator("#result-reviewer-role").textContent())
				.contains("với tư cách Cụm (Khối) phó (Phòng An ninh điều tra)");
			screenshot("result-review-deputy-vi");
			this.page.onDialog(dialog -> dialog.accept());
			this.page.click("#result-approve");
			this.page.waitForSelector(".alert-success");
			assertThat(this.page.locator("#result-state").textContent()).contains("Đã phê duyệt");

			// a member's report, for the head
			open("/results/" + memberReport + "/review");
			assertThat(this.page.locator("#result-reviewer-role").textContent())
				.contains("thay Cụm (Khối) trưởng (Phòng An ninh chính trị nội bộ)");
			this.page.fill("#comment", "Đề nghị bổ sung sổ thụ lý tin báo tháng 3.");
			this.page.click("#result-return");
			this.page.waitForSelector(".alert-success");
			assertThat(this.page.locator("#result-state").textContent()).contains("Bị trả lại");
			assertThat(this.page.locator("#history").textContent()).contains(
					"Cụm (Khối) phó Phòng An ninh điều tra thay Cụm (Khối) trưởng Phòng An ninh chính trị nội bộ");
			screenshot("result-history-deputy-for-head-vi");
		}
		finally {
			TestUsers.runAs(this.users, "head.commander", () -> this.clusters.delegate(security, false));
		}
	}

	/** A report of the unit for March 2026, all figures entered, submitted. */
	private long submitted(long campaign, String unitCode, String officer, String commander) {
		long unit = ResultTestData.unit(this.jdbc, unitCode);
		long id = TestUsers.runAs(this.users, officer,
				() -> this.results.open(campaign, unit, LocalDate.of(2026, 3, 1)).getId());
		TestUsers.runAs(this.users, "staff",
				() -> this.results.reopen(id, this.results.today().plusDays(10), "Gia hạn cho đợt chuyên đề"));
		EntryForm form = EntryForm.of(TestUsers.runAs(this.users, officer, () -> this.results.getWithValues(id)));
		form.setVersion(-1);
		form.getEntries().get(0).setNumerator("45");
		form.getEntries().get(0).setDenominator("50");
		form.getEntries().get(1).setAmount("19");
		form.getEntries().get(1).setLastYear("20");
		form.getEntries().get(2).setDone("true");
		form.getEntries().get(3).setAmount("3");
		TestUsers.runAs(this.users, officer, () -> this.results.save(id, form));
		TestUsers.runAs(this.users, commander, () -> this.results.submit(id, -1));
		return id;
	}

}
