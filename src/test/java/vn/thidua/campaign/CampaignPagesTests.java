package vn.thidua.campaign;

import vn.thidua.campaign.scoring.Direction;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.organization.UnitRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The campaign pages and API through MockMvc: what is shown, and that refused saves come
 * back on the form with the Vietnamese message and change nothing. Campaigns created here
 * live in 2080-2089.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CampaignService campaigns;

	@Autowired
	UnitRepository units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScoringTableService scoring;

	@Test
	void theMovementPageShowsTargetsVietnameseStyle() throws Exception {
		long id = movement();
		String page = this.mvc.perform(get("/campaigns/" + id).with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("Đã phát động", "Chủ động, kỷ cương, trách nhiệm, hiệu quả", "Khối An ninh", "≥ 75%", "≥ 90%",
					"giảm ≥ 5%", "Hoàn thành", "Giảm so với cùng kỳ năm trước", "01/01/2026 – 31/12/2026")
			.contains(">100%<");
		// the clusters taking part, in Vietnamese order
		assertThat(page.indexOf("Cụm Công an xã, phường")).isLessThan(page.indexOf("Khối An ninh"));
		assertThat(page.indexOf("Khối An ninh")).isLessThan(page.indexOf("Khối Cảnh sát"));
		assertThat(page.indexOf("Khối Cảnh sát")).isLessThan(page.indexOf("Khối Xây dựng lực lượng"));
		// unit users do not get the editing buttons
		assertThat(page).doesNotContain("campaign-edit", "campaign-copy-form");
	}

	@Test
	void theListFiltersByYearKindAndState() throws Exception {
		String page = this.mvc
			.perform(get("/campaigns?year=2026&kind=PEAK").with(TestUsers.as(this.users, "staff"))
				.header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Cao điểm 90 ngày đêm tấn công trấn áp tội phạm", "Dự thảo")
			.doesNotContain("Vì an ninh Tổ quốc” năm 2026");
	}

	@Test
	void anEmptyFormComesBackWithVietnameseMessages() throws Exception {
		String page = this.mvc
			.perform(post("/campaigns/new").with(csrf())
				.with(TestUsers.as(this.users, "staff"))
				.param("name", "")
				.param("kind", "PEAK")
				.param("year", "2081")
				.param("startDate", "01/03/2081")
				.param("endDate", "01/02/2081"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Không được để trống.");
		page = this.mvc
			.perform(post("/campaigns/new").with(csrf())
				.with(TestUsers.as(this.users, "staff"))
				.param("name", "Ngày sai 2081")
				.param("kind", "PEAK")
				.param("year", "2081")
				.param("startDate", "01/03/2081")
				.param("endDate", "01/02/2081"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Ngày kết thúc phải sau ngày bắt đầu.");
		page = this.mvc
			.perform(post("/campaigns/new").with(csrf())
				.with(TestUsers.as(this.users, "staff"))
				.param("name", "Ngày sai 2081")
				.param("kind", "PEAK")
				.param("year", "2081")
				.param("startDate", "31/02/2081")
				.param("endDate", "01/03/2081"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Ngày không hợp lệ (định dạng dd/MM/yyyy).");
		// early submission: 0 to 10 days, said on the form and checked
		page = this.mvc
			.perform(post("/campaigns/new").with(csrf())
				.with(TestUsers.as(this.users, "staff"))
				.param("name", "Ngày sai 2081")
				.param("kind", "PEAK")
				.param("year", "2081")
				.param("startDate", "01/03/2081")
				.param("endDate", "01/04/2081")
				.param("earlySubmissionDays", "11"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Không được lớn hơn 10.", "Số ngày cuối tháng được gửi báo cáo sớm",
				"báo cáo tháng 6 gửi được từ ngày 28/06");
		assertThat(
				this.jdbc.sql("select count(*) from campaign where name = 'Ngày sai 2081'").query(Long.class).single())
			.isZero();
	}

	@Test
	void lockedFieldsOfALaunchedCampaignAreRefusedWithAClearMessage() throws Exception {
		long pa04 = this.units.findByCodeIgnoreCase("LS-PA04").orElseThrow().getId();
		long id = TestUsers.runAs(this.users, "staff", () -> {
			Campaign c = this.campaigns.create(CampaignServiceTests.form("Khóa trên trang", 2082, List.of(pa04)));
			CampaignContent content = this.campaigns.addContent(c.getId(), new ContentForm("Nội dung", null));
			this.campaigns.addIndicator(c.getId(), new IndicatorForm(content.getId(), "1", "Không vi phạm", null,
					Direction.DONE_OR_NOT, InputShape.VALUE, ReportingPeriod.YEAR, null, null, List.of()));
			TestScoringTables.saveValid(this.scoring, c.getId());
			this.campaigns.launch(c.getId());
			return c.getId();
		});
		String page = this.mvc
			.perform(post("/campaigns/" + id + "/edit").with(csrf())
				.with(TestUsers.as(this.users, "staff"))
				.param("name", "Khóa trên trang")
				.param("kind", "PEAK")
				.param("year", "2082")
				.param("startDate", "01/01/2082")
				.param("endDate", "31/12/2082")
				.param("slogan", "Khẩu hiệu đổi")
				.param("unitIds", String.valueOf(pa04)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Đợt thi đua đã phát động: không được sửa trường này.");
		assertThat(this.jdbc.sql("select kind || '|' || coalesce(slogan, '-') from campaign where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("THEMATIC|-");
		// a new content is refused too, with its message on the form
		this.mvc
			.perform(post("/campaigns/" + id + "/contents/new").with(csrf())
				.with(TestUsers.as(this.users, "staff"))
				.param("title", "Thêm sau phát động"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Đợt thi đua đã phát động: không được sửa nội dung, chỉ tiêu.")));
	}

	@Test
	void anIndicatorFormExplainsTheRateRangeAndReadsADecimalComma() throws Exception {
		long pa04 = this.units.findByCodeIgnoreCase("LS-PA04").orElseThrow().getId();
		long[] ids = TestUsers.runAs(this.users, "staff", () -> {
			Campaign c = this.campaigns.create(CampaignServiceTests.form("Chỉ tiêu trên trang", 2083, List.of(pa04)));
			CampaignContent content = this.campaigns.addContent(c.getId(), new ContentForm("Nội dung", null));
			return new long[] { c.getId(), content.getId() };
		});
		this.mvc
			.perform(post("/campaigns/" + ids[0] + "/indicators/new").with(csrf())
				.with(TestUsers.as(this.users, "staff"))
				.param("contentId", String.valueOf(ids[1]))
				.param("code", "T.1")
				.param("name", "Tỷ lệ")
				.param("direction", "HIGHER_IS_BETTER")
				.param("inputShape", "RATIO")
				.param("period", "MONTH")
				.param("target", "150"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Chỉ tiêu dạng tỷ lệ phải từ 0 đến 100%.")));
		this.mvc
			.perform(post("/campaigns/" + ids[0] + "/indicators/new").with(csrf())
				.with(TestUsers.as(this.users, "staff"))
				.param("contentId", String.valueOf(ids[1]))
				.param("code", "T.1")
				.param("name", "Tỷ lệ")
				.param("direction", "HIGHER_IS_BETTER")
				.param("inputShape", "RATIO")
				.param("period", "MONTH")
				.param("target", "92,5"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select target from indicator where campaign_id = :id")
			.param("id", ids[0])
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("92.5");
	}

	@Test
	void theApiGivesTheCampaignWithItsIndicatorsWithinScope() throws Exception {
		long id = movement();
		this.mvc.perform(get("/api/v1/campaigns/" + id).with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("LAUNCHED"))
			.andExpect(jsonPath("$.clusters.length()").value(4))
			.andExpect(jsonPath("$.contents[0].indicators[0].code").value("1.1"))
			.andExpect(jsonPath("$.contents[0].indicators[0].target").value(75))
			.andExpect(jsonPath("$.contents[1].indicators.length()").value(3));
		this.mvc.perform(get("/api/v1/campaigns?year=2026").with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			// the peak campaign is still a draft: its units see it once it is launched
			.andExpect(jsonPath("$[?(@.name == 'Cao điểm 90 ngày đêm tấn công trấn áp tội phạm')]").doesNotExist());
	}

	@Test
	void theCampaignEndpointsAreInTheOpenApiDocument() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(document).contains("\"/api/v1/campaigns\"", "\"/api/v1/campaigns/{id}\"",
				"Phong trào thi đua / Campaigns");
	}

	private long movement() {
		return this.jdbc.sql("select id from campaign where name like '%Vì an ninh Tổ quốc” năm 2026'")
			.query(Long.class)
			.single();
	}

}
