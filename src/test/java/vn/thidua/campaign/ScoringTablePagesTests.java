package vn.thidua.campaign;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.thidua.TestUsers;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.organization.UnitRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scoring table pages and API through MockMvc: the editor's Vietnamese errors on
 * their lines, "try a value" through htmx and without script, the campaign page's
 * section, the API, and who gets 403 or 404. Campaigns created here live in 2067-2069.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScoringTablePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoringTableService scoring;

	@Autowired
	UnitRepository units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEditorExplainsEveryProblemInVietnameseOnItsLineAndSavesNothing() throws Exception {
		long id = campaign("Thang điểm trên trang", 2067);
		List<Indicator> indicators = TestUsers.runAs(this.users, "staff", () -> this.scoring.indicators(id));
		String page = body(this.mvc.perform(post("/campaigns/" + id + "/scoring/edit").with(csrf())
			.with(TestUsers.as(this.users, "staff"))
			.param("scale", "100")
			.param("rules[0].indicatorId", String.valueOf(indicators.get(0).getId()))
			.param("rules[0].maxPoints", "60")
			.param("rules[0].bonusPerUnit", "0,5")
			.param("rules[1].indicatorId", String.valueOf(indicators.get(1).getId()))
			.param("rules[1].maxPoints", "35")
			.param("items[0].code", "TR.1")
			.param("items[0].name", "")
			.param("items[0].kind", "PENALTY")
			.param("items[0].points", "5")));
		assertThat(page).contains("Thang điểm chưa được lưu vì còn các lỗi sau:",
				"Tổng điểm tối đa của các chỉ tiêu là 95, phải bằng thang điểm 100.",
				"có điểm thưởng vượt chỉ tiêu thì phải có mức thưởng tối đa",
				"Dòng 1: hãy nhập nội dung của mục thưởng, trừ.");
		// the line's message sits under its field as well as at the top
		assertThat(page)
			.containsPattern("(?s)id=\"rules0\\.bonusCap\".{0,400}invalid-feedback.{0,200}mức thưởng tối đa");
		assertThat(tables(id)).isZero();

		page = body(this.mvc.perform(post("/campaigns/" + id + "/scoring/edit").with(csrf())
			.with(TestUsers.as(this.users, "staff"))
			.param("scale", "1.000")
			.param("rules[0].indicatorId", String.valueOf(indicators.get(0).getId()))
			.param("rules[0].maxPoints", "abc")
			.param("rules[1].indicatorId", String.valueOf(indicators.get(1).getId()))
			.param("rules[1].maxPoints", "400")));
		assertThat(page).contains("Phải là một số (dùng dấu phẩy cho phần thập phân, ví dụ 2,5).");
		assertThat(tables(id)).isZero();

		// "add a line" re-renders with one more blank item line and saves nothing
		page = body(this.mvc.perform(post("/campaigns/" + id + "/scoring/edit").with(csrf())
			.with(TestUsers.as(this.users, "staff"))
			.param("addItem", "1")
			.param("scale", "100")
			.param("items[0].code", "KT.1")
			.param("items[0].name", "Khen thưởng")
			.param("items[0].kind", "BONUS")
			.param("items[0].points", "2")));
		assertThat(page).contains("name=\"items[1].code\"").doesNotContain("Thang điểm chưa được lưu");
		assertThat(tables(id)).isZero();

		this.mvc
			.perform(post("/campaigns/" + id + "/scoring/edit").with(csrf())
				.with(TestUsers.as(this.users, "staff"))
				.param("scale", "100")
				.param("rules[0].indicatorId", String.valueOf(indicators.get(0).getId()))
				.param("rules[0].maxPoints", "62,5")
				.param("rules[1].indicatorId", String.valueOf(indicators.get(1).getId()))
				.param("rules[1].maxPoints", "37,5")
				.param("items[0].code", "")
				.param("items[0].name", "")
				.param("items[0].points", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(tables(id)).isOne();
		String view = body(this.mvc.perform(get("/campaigns/" + id).with(TestUsers.as(this.users, "staff"))));
		assertThat(view).contains("Thang điểm 100", "Tổng điểm tối đa các chỉ tiêu: 100/100", "62,5", "37,5");
	}

	@Test
	void theMovementPageShowsItsTableItemsAndThePoliceClustersOwnTable() throws Exception {
		String page = body(this.mvc.perform(get("/campaigns/" + movement()).with(TestUsers.as(this.users, "staff"))));
		assertThat(page).contains("id=\"campaign-scoring\"", "Thang điểm 100", "Tổng điểm tối đa các chỉ tiêu: 100/100",
				"+0,5 điểm cho mỗi 1% vượt chỉ tiêu, tối đa +2", "Được Bộ Công an khen thưởng đột xuất", "−5",
				"Để xảy ra mất an toàn trong quản lý vũ khí", "Thang điểm riêng", "Dùng thang điểm chung",
				"+0,5 điểm cho mỗi 1% vượt chỉ tiêu, tối đa +5", "Thử chấm điểm");
		// the demo tables scale units to whom an indicator does not apply, and say so
		assertThat(page).contains("Đơn vị có chỉ tiêu không áp dụng: điểm chỉ tiêu được quy đổi theo thang điểm");
		// launched: the common table is fixed, the clusters may still get their own
		assertThat(page).doesNotContain("id=\"scoring-edit\"").contains("scoring-cluster-edit");
		// the head of Khối An ninh may set up its own table, not the police cluster's
		String head = body(
				this.mvc.perform(get("/campaigns/" + movement()).with(TestUsers.as(this.users, "head.commander"))));
		assertThat(head).containsOnlyOnce("scoring-cluster-edit");
	}

	@Test
	void tryingAValueAnswersInPlaceThroughHtmxAndAsAPageWithoutScript() throws Exception {
		long clearance = indicator("1.1");
		String fragment = body(this.mvc.perform(preview().header("HX-Request", "true")
			.param("indicatorId", String.valueOf(clearance))
			.param("numerator", "90")
			.param("denominator", "100")));
		assertThat(fragment).doesNotContain("<html", "<nav")
			.contains("15/15 điểm", "+ 2 điểm thưởng = 17 điểm", "Đạt chỉ tiêu", "kết quả 90%", "≥ 75%");
		long police = this.jdbc.sql("select id from emulation_cluster where name = 'Khối Cảnh sát' and year = 2026")
			.query(Long.class)
			.single();
		fragment = body(this.mvc.perform(preview().header("HX-Request", "true")
			.param("clusterId", String.valueOf(police))
			.param("indicatorId", String.valueOf(clearance))
			.param("numerator", "90")
			.param("denominator", "100")));
		assertThat(fragment).contains("+ 5 điểm thưởng = 20 điểm", "Thang điểm riêng");
		fragment = body(this.mvc.perform(preview().header("HX-Request", "true")
			.param("indicatorId", String.valueOf(indicator("1.5")))
			.param("thisPeriod", "103")
			.param("lastYear", "100")));
		// crime up 3% against "giảm ≥ 5%": the wrong way, 0 points
		assertThat(fragment).contains("Đi ngược chiều so với cùng kỳ", "tăng 3% so với cùng kỳ", "giảm ≥ 5%", "0/");
		fragment = body(this.mvc.perform(preview().header("HX-Request", "true")
			.param("indicatorId", String.valueOf(clearance))
			.param("numerator", "120")
			.param("denominator", "100")));
		assertThat(fragment).contains("Tử số (120) không được lớn hơn mẫu số (100).");

		String page = body(this.mvc
			.perform(preview().param("indicatorId", String.valueOf(indicator("3.1"))).param("done", "false")));
		assertThat(page).contains("<html", "Thử chấm điểm: Phong trào thi đua", "0/10 điểm", "Chưa thực hiện");
		body(this.mvc.perform(
				get("/campaigns/" + movement() + "/scoring/preview").with(TestUsers.as(this.users, "member.officer"))));
	}

	@Test
	void theApiGivesTheTablesWithinScope() throws Exception {
		this.mvc
			.perform(get("/api/v1/campaigns/" + movement() + "/scoring")
				.with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.table.scale").value(100))
			.andExpect(jsonPath("$.table.maximaSum").value(100))
			.andExpect(jsonPath("$.table.scalesToApplicable").value(true))
			.andExpect(jsonPath("$.table.indicators.length()").value(9))
			.andExpect(jsonPath("$.table.indicators[0].code").value("1.1"))
			.andExpect(jsonPath("$.table.indicators[0].bonusCap").value(2))
			.andExpect(jsonPath("$.table.indicators[4].direction").value("CHANGE_VS_LAST_YEAR"))
			.andExpect(jsonPath("$.table.indicators[4].target").value(5))
			.andExpect(jsonPath("$.table.items[?(@.code == 'TR.1')].kind").value("PENALTY"))
			.andExpect(jsonPath("$.clusterTables.length()").value(1))
			.andExpect(jsonPath("$.clusterTables[0].cluster.name").value("Khối Cảnh sát"))
			.andExpect(jsonPath("$.clusterTables[0].indicators[0].bonusCap").value(5));
		long peak = this.jdbc
			.sql("select id from campaign where name = 'Cao điểm 90 ngày đêm tấn công trấn áp tội phạm'")
			.query(Long.class)
			.single();
		// a draft is not shown to the units in its scope
		this.mvc.perform(get("/api/v1/campaigns/" + peak + "/scoring").with(TestUsers.as(this.users, "head.officer")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/campaigns/" + peak + "/scoring").with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.table.items[0].code").value("KT.1"));
		String document = body(this.mvc.perform(get("/v3/api-docs").with(TestUsers.as(this.users, "staff"))));
		assertThat(document).contains("\"/api/v1/campaigns/{id}/scoring\"");
		// numbers as written, never in scientific notation
		String json = body(this.mvc
			.perform(get("/api/v1/campaigns/" + movement() + "/scoring").with(TestUsers.as(this.users, "staff"))));
		assertThat(json).contains("\"scale\":100,").doesNotContainPattern("\\d[eE][+-]?\\d");
	}

	@Test
	void editingIsRefusedWith403ForTheWrongRoleAnd404OutsideTheScope() throws Exception {
		long movement = movement();
		long police = this.jdbc.sql("select id from emulation_cluster where name = 'Khối Cảnh sát' and year = 2026")
			.query(Long.class)
			.single();
		long security = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		this.mvc
			.perform(get("/campaigns/" + movement + "/scoring/clusters/" + police + "/edit")
				.with(TestUsers.as(this.users, "head.commander")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/campaigns/" + movement + "/scoring/clusters/" + security + "/edit")
				.with(TestUsers.as(this.users, "head.officer")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/campaigns/" + movement + "/scoring/clusters/" + police + "/edit").with(csrf())
				.with(TestUsers.as(this.users, "leader"))
				.param("scale", "100"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/campaigns/" + movement + "/scoring/edit").with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isForbidden());
		// launched: the campaign's own table goes back to the page with the reason
		this.mvc.perform(get("/campaigns/" + movement + "/scoring/edit").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().is3xxRedirection());
		long peak = this.jdbc
			.sql("select id from campaign where name = 'Cao điểm 90 ngày đêm tấn công trấn áp tội phạm'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(get("/campaigns/" + peak + "/scoring/clusters/" + security + "/edit")
				.with(TestUsers.as(this.users, "head.commander")))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder preview() {
		return post("/campaigns/" + movement() + "/scoring/preview").with(csrf())
			.with(TestUsers.as(this.users, "member.officer"));
	}

	private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long campaign(String name, int year) {
		long pa04 = this.units.findByCodeIgnoreCase("LS-PA04").orElseThrow().getId();
		return TestUsers.runAs(this.users, "staff", () -> {
			Campaign c = this.campaigns.create(CampaignServiceTests.form(name, year, List.of(pa04)));
			long content = this.campaigns.addContent(c.getId(), new ContentForm("Nội dung", null)).getId();
			this.campaigns.addIndicator(c.getId(),
					new IndicatorForm(content, "T.1", "Tỷ lệ", "%", Direction.HIGHER_IS_BETTER, InputShape.RATIO,
							ReportingPeriod.MONTH, new BigDecimal("80"), null, List.of()));
			this.campaigns.addIndicator(c.getId(),
					new IndicatorForm(content, "T.2", "Số vụ", "vụ", Direction.LOWER_IS_BETTER, InputShape.VALUE,
							ReportingPeriod.MONTH, new BigDecimal("2"), null, List.of()));
			return c.getId();
		});
	}

	private long tables(long campaignId) {
		return this.jdbc.sql("select count(*) from scoring_table where campaign_id = :id")
			.param("id", campaignId)
			.query(Long.class)
			.single();
	}

	private long movement() {
		return this.jdbc.sql("select id from campaign where name like '%Vì an ninh Tổ quốc” năm 2026'")
			.query(Long.class)
			.single();
	}

	private long indicator(String code) {
		return this.jdbc.sql("select id from indicator where campaign_id = :c and code = :code")
			.param("c", movement())
			.param("code", code)
			.query(Long.class)
			.single();
	}

}
