package vn.thidua.result;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.shared.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The results API with HTTP Basic, on a report of PA04 (member.officer's unit) in a
 * throw-away campaign of its own per test (see {@link ResultTestData}), March 2026,
 * reopened by staff so that it is open whatever day the tests run.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultApiTests {

	static final String PASSWORD = "Demo@2026";

	static final String FULL = """
			[{"indicator": "R.1", "numerator": 45, "denominator": 50, "note": "Theo sổ thụ lý"},
			 {"indicator": "R.2", "thisPeriod": 19, "lastYear": 20},
			 {"indicator": "R.3", "done": true},
			 {"indicator": "R.4", "value": 3}]
			""";

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

	@Autowired
	AuditTrail audit;

	long campaign;

	long reportId;

	@BeforeEach
	void openMarchForPa04() {
		this.campaign = ResultTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users,
				"Đợt thử API báo cáo " + UUID.randomUUID());
		long pa04 = ResultTestData.unit(this.jdbc, "LS-PA04");
		this.reportId = TestUsers.runAs(this.users, "member.officer",
				() -> this.results.open(this.campaign, pa04, LocalDate.of(2026, 3, 1)).getId());
		TestUsers.runAs(this.users, "staff",
				() -> this.results.reopen(this.reportId, this.results.today().plusDays(10), "Kiểm thử API"));
	}

	@Test
	void theUnitListsAndReadsItsReportWithEveryIndicator() throws Exception {
		String list = body(this.mvc
			.perform(get("/api/v1/results?campaign=" + this.campaign + "&month=2026-03")
				.with(httpBasic("member.officer", PASSWORD)))
			.andReturn(), 200);
		assertThat(JsonPath.<java.util.List<Integer>>read(list, "$[*].id")).containsExactly((int) this.reportId);
		assertThat(JsonPath.<String>read(list, "$[0].state")).isEqualTo("DRAFT");
		assertThat(JsonPath.<String>read(list, "$[0].month")).isEqualTo("2026-03");
		assertThat(JsonPath.<String>read(list, "$[0].unit.code")).isEqualTo("LS-PA04");
		String report = read("member.officer", 200);
		assertThat(JsonPath.<java.util.List<String>>read(report, "$.values[*].indicator")).containsExactly("R.1", "R.2",
				"R.3", "R.4");
		assertThat(JsonPath.<String>read(report, "$.values[0].kind")).isEqualTo("RATIO");
		assertThat(JsonPath.<Object>read(report, "$.values[0].target").toString()).isEqualTo("75");
		assertThat(JsonPath.<String>read(report, "$.cluster.name")).isEqualTo("Khối An ninh");
		// the head unit of the cluster sees it too
		read("head.officer", 200);
	}

	@Test
	void writingFiguresScoresThemLikeTheEntryPage() throws Exception {
		String report = write("member.officer", FULL, 200);
		// R.1 90%: 40 + 2 (capped bonus); R.2 −5%: 30; R.3 done: 20; R.4 3 for ≤ 2: 6.67
		assertThat(JsonPath.<Object>read(report, "$.selfPoints").toString()).isEqualTo("98.67");
		assertThat(JsonPath.<Object>read(report, "$.values[0].selfMeasured").toString()).isEqualTo("90");
		assertThat(JsonPath.<String>read(report, "$.values[0].note")).isEqualTo("Theo sổ thụ lý");
		assertThat(JsonPath.<Object>read(report, "$.values[1].thisPeriod").toString()).isEqualTo("19");
		assertThat(JsonPath.<Object>read(report, "$.values[1].lastYear").toString()).isEqualTo("20");
		// a later call with one indicator leaves the others as they were
		report = write("member.officer", """
				[{"indicator": "R.4", "value": 1}]
				""", 200);
		assertThat(JsonPath.<Object>read(report, "$.values[3].value").toString()).isEqualTo("1");
		assertThat(JsonPath.<Object>read(report, "$.values[0].numerator").toString()).isEqualTo("45");
		assertThat(JsonPath.<Object>read(report, "$.selfPoints").toString()).isEqualTo("102");
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where object_type = 'RESULT_REPORT' and "
					+ "object_id = :id and action = 'RESULT_REPORT_SAVED'")
			.param("id", this.reportId)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void impossibleFiguresAreRefusedWithEveryProblemInVietnameseAndNothingChanges() throws Exception {
		write("member.officer", FULL, 200);
		long version = version();
		String refused = write("member.officer", """
				[{"indicator": "R.1", "numerator": 51, "denominator": 50},
				 {"indicator": "R.2", "thisPeriod": -2, "lastYear": 20},
				 {"indicator": "R.4", "value": 4}]
				""", 400);
		assertThat(JsonPath.<String>read(refused, "$.message")).contains("không thay đổi");
		assertThat(JsonPath.<java.util.List<String>>read(refused, "$.problems[*].indicator")).containsExactly("R.1",
				"R.2");
		assertThat(JsonPath.<java.util.List<String>>read(refused, "$.problems[*].field")).containsExactly("numerator",
				"thisPeriod");
		assertThat(JsonPath.<String>read(refused, "$.problems[0].message"))
			.isEqualTo("Tử số (51) không được lớn hơn mẫu số (50).");
		// a count that is not whole, an unknown indicator, the same indicator twice
		refused = write("member.officer", """
				[{"indicator": "R.1", "numerator": 4.5, "denominator": 50}]
				""", 400);
		assertThat(JsonPath.<String>read(refused, "$.problems[0].message")).contains("không phải là số nguyên");
		refused = write("member.officer", """
				[{"indicator": "X.9", "value": 1}, {"indicator": "R.4", "value": 1}, {"indicator": "R.4", "value": 2}]
				""", 400);
		assertThat(JsonPath.<java.util.List<String>>read(refused, "$.problems[*].message"))
			.containsExactly("Báo cáo không có chỉ tiêu “X.9”.", "Chỉ tiêu “R.4” được gửi nhiều lần.");
		assertThat(version()).isEqualTo(version);
		assertThat(this.jdbc.sql("""
				select v.numerator || '/' || v.denominator || ' ' || (select amount from result_value w
				  join indicator j on j.id = w.indicator_id where w.report_id = :id and j.code = 'R.4')
				from result_value v join indicator i on i.id = v.indicator_id where v.report_id = :id and i.code = 'R.1'
				""").param("id", this.reportId).query(String.class).single()).isEqualTo("45/50 3.0000");
	}

	@Test
	void theCommanderSubmitsAndASubmittedReportRefusesFiguresWith409() throws Exception {
		// incomplete: refused
		String refused = body(this.mvc
			.perform(post("/api/v1/results/" + this.reportId + "/submit").with(httpBasic("member.commander", PASSWORD)))
			.andReturn(), 409);
		assertThat(JsonPath.<String>read(refused, "$.message")).contains("Còn 4 chỉ tiêu chưa nhập");
		write("member.officer", FULL, 200);
		// the officer may not submit
		body(this.mvc
			.perform(post("/api/v1/results/" + this.reportId + "/submit").with(httpBasic("member.officer", PASSWORD)))
			.andReturn(), 403);
		String submitted = body(this.mvc
			.perform(post("/api/v1/results/" + this.reportId + "/submit").with(httpBasic("member.commander", PASSWORD)))
			.andReturn(), 200);
		assertThat(JsonPath.<String>read(submitted, "$.state")).isEqualTo("SUBMITTED");
		long version = version();
		refused = write("member.officer", """
				[{"indicator": "R.4", "value": 0}]
				""", 409);
		assertThat(JsonPath.<String>read(refused, "$.message")).contains("Báo cáo đã gửi, đang chờ thẩm định");
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void aReportPastItsDeadlineIsLockedAndAStaleVersionIsAConflict() throws Exception {
		write("member.officer", FULL, 200);
		String stale = body(this.mvc
			.perform(put("/api/v1/results/" + this.reportId + "/values?version=" + (version() - 1))
				.with(httpBasic("member.officer", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(FULL))
			.andReturn(), 409);
		assertThat(stale).isNotBlank();
		this.jdbc.sql("update result_report set deadline = date '2026-04-05' where id = :id")
			.param("id", this.reportId)
			.update();
		long version = version();
		String locked = write("member.officer", """
				[{"indicator": "R.4", "value": 0}]
				""", 409);
		assertThat(JsonPath.<String>read(locked, "$.message")).contains("Đã quá hạn gửi báo cáo (05/04/2026)");
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void anotherUnitGets404AndWhoSeesButIsNotTheUnitGets403() throws Exception {
		read("other.officer", 404);
		write("other.officer", FULL, 404);
		body(this.mvc
			.perform(post("/api/v1/results/" + this.reportId + "/submit").with(httpBasic("other.officer", PASSWORD)))
			.andReturn(), 404);
		String list = body(this.mvc
			.perform(get("/api/v1/results?campaign=" + this.campaign).with(httpBasic("other.officer", PASSWORD)))
			.andReturn(), 200);
		assertThat(list).isEqualTo("[]");
		// the scope is checked before the body is read: a body that cannot even be read
		// gets 404 from another unit, 400 from the unit itself
		String unreadable = "[{\"indicator\": \"1.1\", \"value\": 1e1000000}, ";
		write("other.officer", unreadable, 404);
		write("member.officer", unreadable, 400);
		write("head.officer", FULL, 403);
		write("head.officer", "[]", 403);
		// the unit itself: an empty list changes nothing
		long before = version();
		write("member.officer", "[]", 200);
		assertThat(version()).isEqualTo(before);
		write("leader", FULL, 403);
		write("staff", FULL, 403);
		assertThat(version()).isEqualTo(
				TestUsers.runAs(this.users, "staff", () -> this.results.getWithValues(this.reportId).getVersion()));
		assertThat(this.jdbc.sql("select count(*) from result_value where report_id = :id and numerator is not null")
			.param("id", this.reportId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void figuresOfTheWrongShapeAreRefusedWithEveryProblemAndItsPathAndNothingChanges() throws Exception {
		write("member.officer", FULL, 200);
		long version = version();
		// [0] a single value for a numerator/denominator indicator; [1] counts for a
		// single-value indicator; [2] a negative figure (the entry page's check); [3]
		// done
		// as a value; [4] an unknown indicator; [5] R.4 again
		String refused = write("member.officer", """
				[{"indicator": "R.1", "value": 90},
				 {"indicator": "R.4", "numerator": 3, "denominator": 4},
				 {"indicator": "R.2", "thisPeriod": -2, "lastYear": 20},
				 {"indicator": "R.3", "value": 1},
				 {"indicator": "X.9", "value": 1},
				 {"indicator": "R.4", "value": 1}]
				""", 400);
		assertThat(JsonPath.<java.util.List<String>>read(refused, "$.problems[*].path")).containsExactly("[0].value",
				"[1].numerator", "[1].denominator", "[3].value", "[4].indicator", "[5].indicator", "[2].thisPeriod");
		assertThat(JsonPath.<java.util.List<String>>read(refused, "$.problems[*].message")).contains(
				"Chỉ tiêu “R.1” nhận tử số và mẫu số (numerator, denominator), không nhận “value”.",
				"Chỉ tiêu “R.4” nhận một giá trị (value), không nhận “numerator”.",
				"Chỉ tiêu “R.3” nhận có/không (done), không nhận “value”.", "Báo cáo không có chỉ tiêu “X.9”.",
				"Chỉ tiêu “R.4” được gửi nhiều lần.");
		assertThat(version()).isEqualTo(version);
		// the reverse for a change indicator: a single value instead of this period
		refused = write("member.officer", """
				[{"indicator": "R.2", "value": 19}]
				""", 400);
		assertThat(JsonPath.<java.util.List<String>>read(refused, "$.problems[*].path")).containsExactly("[0].value");
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void aUnitOpensItsMonthThroughTheApiAndAnotherUnitGets404() throws Exception {
		String body = "{\"campaign\": " + this.campaign + ", \"month\": \"2026-04\"}";
		MvcResult created = this.mvc
			.perform(post("/api/v1/results").with(httpBasic("member.officer", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
		String report = body(created, 201);
		long id = ((Number) JsonPath.read(report, "$.id")).longValue();
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/results/" + id);
		assertThat(JsonPath.<String>read(report, "$.unit.code")).isEqualTo("LS-PA04");
		assertThat(JsonPath.<String>read(report, "$.state")).isEqualTo("DRAFT");
		assertThat(JsonPath.<java.util.List<String>>read(report, "$.values[*].indicator")).containsExactly("R.1", "R.2",
				"R.3", "R.4");
		// the same month again: found, not created
		String again = body(this.mvc
			.perform(post("/api/v1/results").with(httpBasic("member.commander", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn(), 200);
		assertThat(((Number) JsonPath.read(again, "$.id")).longValue()).isEqualTo(id);
		assertThat(TestUsers.runAs(this.users, "staff", () -> this.audit.historyOf(ResultReport.AUDIT_TYPE, id)))
			.extracting(e -> e.action())
			.containsExactly("RESULT_REPORT_OPENED");
		// another unit's month: 404; missing fields: 400 with each; a month of another
		// year than the campaign: 409
		long pa04 = ResultTestData.unit(this.jdbc, "LS-PA04");
		body(this.mvc
			.perform(post("/api/v1/results").with(httpBasic("other.officer", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"campaign\": " + this.campaign + ", \"unit\": " + pa04 + ", \"month\": \"2026-05\"}"))
			.andReturn(), 404);
		String refused = body(this.mvc
			.perform(post("/api/v1/results").with(httpBasic("member.officer", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andReturn(), 400);
		assertThat(JsonPath.<java.util.List<String>>read(refused, "$.problems[*].path")).containsExactly("campaign",
				"month");
		body(this.mvc
			.perform(post("/api/v1/results").with(httpBasic("member.officer", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"campaign\": " + this.campaign + ", \"month\": \"2025-04\"}"))
			.andReturn(), 409);
		assertThat(this.jdbc.sql("select count(*) from result_report where campaign_id = :c")
			.param("c", this.campaign)
			.query(Long.class)
			.single()).as("March and April").isEqualTo(2);
	}

	@Test
	void theHeadUnitReturnsAndApprovesThroughTheApiWithTheSameChecksAndHistory() throws Exception {
		write("member.officer", FULL, 200);
		body(this.mvc
			.perform(post("/api/v1/results/" + this.reportId + "/submit").with(httpBasic("member.commander", PASSWORD)))
			.andReturn(), 200);
		// another unit: 404; the unit itself: 403
		body(review("return", "other.officer", "{\"comment\": \"x\"}"), 404);
		body(review("return", "member.commander", "{\"comment\": \"x\"}"), 403);
		body(review("approve", "member.commander", null), 403);
		// no comment at all, or a comment on an indicator the report does not have: 400
		String refused = body(review("return", "head.commander", "{\"comment\": \" \"}"), 400);
		assertThat(JsonPath.<java.util.List<String>>read(refused, "$.problems[*].path")).containsExactly("comment");
		refused = body(review("return", "head.commander", "{\"indicators\": {\"X.9\": \"Sai\"}}"), 400);
		assertThat(JsonPath.<java.util.List<String>>read(refused, "$.problems[*].path"))
			.containsExactly("indicators.X.9");
		assertThat(state()).isEqualTo("SUBMITTED");
		String returned = body(review("return", "head.commander",
				"{\"comment\": \"Bổ sung minh chứng\", \"indicators\": {\"R.1\": \"Thiếu sổ thụ lý\"}}"), 200);
		assertThat(JsonPath.<String>read(returned, "$.state")).isEqualTo("RETURNED");
		assertThat(JsonPath.<String>read(returned, "$.returnComment")).isEqualTo("Bổ sung minh chứng");
		assertThat(JsonPath.<String>read(returned, "$.values[0].returnComment")).isEqualTo("Thiếu sổ thụ lý");
		body(this.mvc
			.perform(post("/api/v1/results/" + this.reportId + "/submit").with(httpBasic("member.commander", PASSWORD)))
			.andReturn(), 200);
		// R.1 42 + R.2 30 + R.3 20 + R.4 6.67 (3 against ≤ 2: 10 × 2/3) = 98.67
		String approved = body(review("approve", "head.commander", null), 200);
		assertThat(JsonPath.<String>read(approved, "$.state")).isEqualTo("APPROVED");
		assertThat(JsonPath.<Object>read(approved, "$.reviewedPoints").toString()).isEqualTo("98.67");
		assertThat(JsonPath.<String>read(approved, "$.reviewedBy")).isEqualTo("head.commander");
		// approving twice: 409
		body(review("approve", "head.commander", null), 409);
		assertThat(TestUsers.runAs(this.users, "staff",
				() -> this.audit.historyOf(ResultReport.AUDIT_TYPE, this.reportId)))
			.extracting(e -> e.action())
			.contains("RESULT_REPORT_RETURNED", "RESULT_REPORT_APPROVED");
	}

	private MvcResult review(String verb, String user, String json) throws Exception {
		var request = post("/api/v1/results/" + this.reportId + "/" + verb).with(httpBasic(user, PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return this.mvc.perform(request).andReturn();
	}

	private String state() {
		return this.jdbc.sql("select state from result_report where id = :id")
			.param("id", this.reportId)
			.query(String.class)
			.single();
	}

	@Test
	void theOpenApiDocumentDescribesTheResultsEndpoints() throws Exception {
		String document = body(this.mvc.perform(get("/v3/api-docs").with(httpBasic("staff", PASSWORD))).andReturn(),
				200);
		assertThat(document).contains("\"/api/v1/results\"", "\"/api/v1/results/{id}\"",
				"\"/api/v1/results/{id}/values\"", "\"/api/v1/results/{id}/submit\"",
				"\"/api/v1/results/{id}/approve\"", "\"/api/v1/results/{id}/return\"",
				"Mở báo cáo của đơn vị cho một tháng", "Trả lại báo cáo kèm ý kiến", "Kết quả thi đua / Results");
	}

	private String read(String user, int status) throws Exception {
		return body(
				this.mvc.perform(get("/api/v1/results/" + this.reportId).with(httpBasic(user, PASSWORD))).andReturn(),
				status);
	}

	private String write(String user, String json, int status) throws Exception {
		return body(this.mvc
			.perform(put("/api/v1/results/" + this.reportId + "/values").with(httpBasic(user, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andReturn(), status);
	}

	private static String body(MvcResult result, int status) throws Exception {
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
		return body;
	}

	private long version() {
		return this.jdbc.sql("select version from result_report where id = :id")
			.param("id", this.reportId)
			.query(Long.class)
			.single();
	}

}
