package vn.thidua.home;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
	void aUnitSeesItsReportsDueOverdueAndReturnedLinkedToTheResults() throws Exception {
		var page = Jsoup.parse(html("member.officer"));
		Map<String, String> counts = resultCounts(page);
		var periods = TestUsers.runAs(this.users, "member.officer", () -> this.queries.periodsOfMyUnit());
		assertThat(counts).containsEntry("Báo cáo đến hạn", count(periods, PeriodRow.Marker.DUE))
			.containsEntry("Báo cáo quá hạn", count(periods, PeriodRow.Marker.OVERDUE))
			.containsEntry("Báo cáo bị trả lại", count(periods, PeriodRow.Marker.RETURNED))
			.doesNotContainKey("Báo cáo chờ thẩm định");
		// the demo data returned PA04's October report with a week to correct it
		assertThat(counts.get("Báo cáo bị trả lại")).isNotEqualTo("0");
		assertThat(page.select("#result-counts a").eachAttr("href")).isNotEmpty()
			.allMatch(href -> href.equals("/results"));
	}

	@Test
	void theHeadUnitAndStaffSeeTheReportsWaitingForTheirReview() throws Exception {
		var head = resultCounts(Jsoup.parse(html("head.commander")));
		long waiting = TestUsers.runAs(this.users, "head.commander", () -> this.queries.waitingForMyReview()).size();
		assertThat(waiting).as("PA01 and PA05 submitted October in the demo data").isGreaterThanOrEqualTo(2);
		assertThat(head).containsEntry("Báo cáo chờ thẩm định", String.valueOf(waiting));
		var staff = resultCounts(Jsoup.parse(html("staff")));
		long all = TestUsers.runAs(this.users, "staff", () -> this.queries.waitingForMyReview()).size();
		assertThat(staff).containsOnlyKeys("Báo cáo chờ thẩm định")
			.containsEntry("Báo cáo chờ thẩm định", String.valueOf(all));
		assertThat(Jsoup.parse(html("leader")).select("#result-counts")).isEmpty();
	}

	private static Map<String, String> resultCounts(org.jsoup.nodes.Document page) {
		Map<String, String> counts = new LinkedHashMap<>();
		for (var card : page.select("#result-counts .card-stat")) {
			counts.put(card.select(".text-muted").first().text(), card.select(".stat-value").text());
		}
		return counts;
	}

	private static String count(List<PeriodRow> periods, PeriodRow.Marker marker) {
		return String.valueOf(periods.stream().filter(p -> p.marker() == marker).count());
	}

	private String html(String username) throws Exception {
		return this.mvc.perform(get("/").with(TestUsers.as(this.users, username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
