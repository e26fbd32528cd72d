package vn.thidua.result;

import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The deputy unit's review as the pages show it, to commander.pa09 (PA09, deputy of "Khối
 * An ninh" 2026) beside head.commander (PA03): the cluster page where the head's
 * commander delegates, the review list, the dashboard card and the report page, each
 * saying in which capacity the unit reviews. March 2026 reports of PA03 and PA04 in a
 * throw-away campaign, both submitted; the delegation is withdrawn after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeputyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportWorkflowService results;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoringTableService scoring;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long cluster;

	long headReport;

	long memberReport;

	@BeforeEach
	void submitMarchOfTheHeadAndOfAMember() {
		long campaign = ResultTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users,
				"Đợt thử trang Cụm phó " + UUID.randomUUID());
		this.cluster = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		this.headReport = submitted(campaign, "LS-PA03", "head.officer", "head.commander");
		this.memberReport = submitted(campaign, "LS-PA04", "member.officer", "member.commander");
	}

	@AfterEach
	void withdrawTheDelegation() throws Exception {
		this.mvc.perform(post("/clusters/" + this.cluster + "/delegation").with(csrf())
			.param("active", "false")
			.with(TestUsers.as(this.users, "head.commander")));
	}

	@Test
	void theHeadsCommanderDelegatesOnTheClusterPageWhichExplainsTheRule() throws Exception {
		Document deputyView = page("/clusters/" + this.cluster, "commander.pa09");
		assertThat(deputyView.select("#cluster-delegation").text()).contains(
				"Chưa được ủy quyền thẩm định thay Cụm (Khối) trưởng",
				"thẩm định báo cáo của chính đơn vị Cụm (Khối) trưởng");
		assertThat(deputyView.select("#cluster-delegation-toggle")).as("only the head's commander").isEmpty();
		Document headView = page("/clusters/" + this.cluster, "head.commander");
		assertThat(headView.select("#cluster-delegation-toggle").text())
			.isEqualTo("Ủy quyền cho Cụm (Khối) phó thẩm định thay");
		this.mvc
			.perform(post("/clusters/" + this.cluster + "/delegation").with(csrf())
				.param("active", "true")
				.with(TestUsers.as(this.users, "head.commander")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
		headView = page("/clusters/" + this.cluster, "head.commander");
		assertThat(headView.select("#cluster-delegation").text()).contains("Đang thẩm định thay Cụm (Khối) trưởng",
				"Thay đổi lần cuối: Thượng tá Lê Văn Thắng · Phòng An ninh chính trị nội bộ");
		assertThat(headView.select("#cluster-delegation-toggle").text()).isEqualTo("Thôi ủy quyền");
		assertThat(headView.select(".audit-history, #history").text() + headView.text())
			.contains("Cụm (Khối) trưởng ủy quyền cho Cụm (Khối) phó thẩm định thay");
	}

	@Test
	void theReviewListTheDashboardAndTheReportPageShowTheDeputysRoles() throws Exception {
		Document list = page("/results", "commander.pa09");
		assertThat(list.select("#result-review-help").text()).contains("Cụm (Khối) phó thẩm định báo cáo của đơn vị");
		assertThat(list.select("#result-waiting tr[data-report=" + this.headReport + "] .result-reviewer-role").text())
			.isEqualTo("Cụm (Khối) phó");
		assertThat(list.select("#result-waiting tr[data-report=" + this.memberReport + "]")).isEmpty();
		Document report = page("/results/" + this.headReport + "/review", "commander.pa09");
		assertThat(report.select("#result-reviewer-role").text())
			.contains("với tư cách Cụm (Khối) phó (Phòng An ninh điều tra)");

		this.mvc.perform(post("/clusters/" + this.cluster + "/delegation").with(csrf())
			.param("active", "true")
			.with(TestUsers.as(this.users, "head.commander")));
		list = page("/results", "commander.pa09");
		assertThat(
				list.select("#result-waiting tr[data-report=" + this.memberReport + "] .result-reviewer-role").text())
			.isEqualTo("Cụm (Khối) phó thay Cụm (Khối) trưởng");
		Document dashboard = page("/", "commander.pa09");
		assertThat(dashboard.select("#result-reviewer-roles").text()).contains("Cụm (Khối) phó",
				"Cụm (Khối) phó thay Cụm (Khối) trưởng");
		report = page("/results/" + this.memberReport + "/review", "commander.pa09");
		assertThat(report.select("#result-reviewer-role").text())
			.contains("thay Cụm (Khối) trưởng (Phòng An ninh chính trị nội bộ) theo ủy quyền");
		// the head unit's own page names its own role
		assertThat(page("/results/" + this.memberReport + "/review", "head.commander").select("#result-reviewer-role")
			.text()).contains("với tư cách Cụm (Khối) trưởng");
	}

	private Document page(String path, String user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(TestUsers.as(this.users, user)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	private long submitted(long campaign, String unitCode, String officer, String commander) {
		long unit = ResultTestData.unit(this.jdbc, unitCode);
		long id = as(officer, () -> this.results.open(campaign, unit, LocalDate.of(2026, 3, 1)).getId());
		as("staff", () -> this.results.reopen(id, this.results.today().plusDays(10), "Kiểm thử"));
		EntryForm form = EntryForm.of(as(officer, () -> this.results.getWithValues(id)));
		form.setVersion(-1);
		form.getEntries().get(0).setNumerator("45");
		form.getEntries().get(0).setDenominator("50");
		form.getEntries().get(1).setAmount("19");
		form.getEntries().get(1).setLastYear("20");
		form.getEntries().get(2).setDone("true");
		form.getEntries().get(3).setAmount("3");
		as(officer, () -> this.results.save(id, form));
		as(commander, () -> this.results.submit(id, -1));
		return id;
	}

	private <T> T as(String user, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, user, action);
	}

}
