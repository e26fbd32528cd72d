package vn.thidua.pledge;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The covenant pages through MockMvc: what they show, and that refused actions answer
 * with the Vietnamese message and change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CovenantPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoPoliceCovenantIsInForceWithSignaturesAndHashes() throws Exception {
		long id = demoCovenant("Khối Cảnh sát");
		String page = page("/covenants/" + id, "other.officer");
		assertThat(page).contains("Giao ước thi đua Khối Cảnh sát", "Đã có hiệu lực", "Phiên bản 1",
				"Phòng Cảnh sát hình sự", "≥ 80%", "giảm ≥ 7%", "Đơn vị quyết thắng", "Đã ký: 11/11 đơn vị",
				"Khớp với nội dung", "covenant-hash", "Tạo lúc");
		assertThat(page).doesNotContain("covenant-amend", "Ký giao ước cho");
		// the campaign's list of covenants, and its section on the campaign page
		long campaign = this.jdbc.sql("select campaign_id from covenant where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(page("/campaigns/" + campaign + "/covenants", "staff")).contains("Khối An ninh", "Chưa soạn",
				"Soạn giao ước", "Khối Cảnh sát", "11/11 đơn vị đã ký", "Đang lấy chữ ký", "4/11 đơn vị đã ký");
		assertThat(page("/campaigns/" + campaign + "/covenants/summary", "member.officer")).contains("Khối An ninh")
			.doesNotContain("Khối Cảnh sát", "<html");
		assertThat(page("/campaigns/" + campaign, "staff")).contains("/covenants/summary");
	}

	@Test
	void aTargetBelowTheCommonOneComesBackOnItsFieldInVietnamese() throws Exception {
		long campaign = PledgeTestData.launchedCampaign(this.jdbc, "Giao ước: trang sửa", "Khối An ninh");
		this.mvc
			.perform(post("/campaigns/" + campaign + "/clusters/" + PledgeTestData.cluster(this.jdbc, "Khối An ninh")
					+ "/covenant")
				.with(csrf())
				.with(TestUsers.as(this.users, "head.commander")))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql("select id from covenant where campaign_id = :c")
			.param("c", campaign)
			.query(Long.class)
			.single();
		long pa04 = PledgeTestData.unit(this.jdbc, "LS-PA04");
		String form = page("/covenants/" + id + "/units/" + pa04 + "/edit", "member.officer");
		assertThat(form).contains("Chỉ tiêu và đăng ký thi đua của Phòng An ninh kinh tế", "Quân số của đơn vị: 52");
		long rate = indicator(campaign, "1.1");
		long decrease = indicator(campaign, "1.2");
		long done = indicator(campaign, "2.1");
		String refused = this.mvc
			.perform(post("/covenants/" + id + "/units/" + pa04 + "/edit").with(csrf())
				.with(TestUsers.as(this.users, "member.officer"))
				.param("targets[0].indicatorId", String.valueOf(rate))
				.param("targets[0].target", "70,5")
				.param("targets[1].indicatorId", String.valueOf(decrease))
				.param("targets[1].target", "6")
				.param("targets[2].indicatorId", String.valueOf(done))
				.param("targets[2].target", "")
				.param("decisiveUnit", "true")
				.param("_decisiveUnit", "on")
				.param("_ministryFlag", "on")
				.param("_provinceFlag", "on")
				.param("advancedSoldiers", "40")
				.param("baseEmulationSoldiers", "5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Chỉ tiêu của đơn vị không được thấp hơn chỉ tiêu chung (≥ 75%).", "is-invalid",
				"70,5");
		assertThat(this.jdbc.sql("""
				select count(*) from covenant_target t join covenant_party p on p.id = t.party_id
				join covenant_version v on v.id = p.version_id where v.covenant_id = :id and t.target <> 75
				and t.indicator_id = :rate
				""").param("id", id).param("rate", rate).query(Long.class).single()).isZero();
		this.mvc
			.perform(post("/covenants/" + id + "/units/" + pa04 + "/edit").with(csrf())
				.with(TestUsers.as(this.users, "member.officer"))
				.param("targets[0].indicatorId", String.valueOf(rate))
				.param("targets[0].target", "80,5")
				.param("targets[1].indicatorId", String.valueOf(decrease))
				.param("targets[1].target", "6")
				.param("targets[2].indicatorId", String.valueOf(done))
				.param("_decisiveUnit", "on")
				.param("_ministryFlag", "on")
				.param("_provinceFlag", "on")
				.param("advancedSoldiers", "40")
				.param("baseEmulationSoldiers", "5"))
			.andExpect(redirectedUrl("/covenants/" + id));
		assertThat(page("/covenants/" + id, "member.officer")).contains("≥ 80,5%", "giảm ≥ 6%");
		assertThat(page("/my-covenants", "member.officer")).contains("Giao ước của đơn vị năm 2026",
				"Giao ước thi đua Khối An ninh", "≥ 80,5%", "40 người");
	}

	@Test
	void signingByANonCommanderOrForAnotherUnitAnswers403WithTheReason() throws Exception {
		long id = demoCovenant("Khối Xây dựng lực lượng - Hậu cần");
		long px05 = PledgeTestData.unit(this.jdbc, "LS-PX05");
		long px01 = PledgeTestData.unit(this.jdbc, "LS-PX01");
		String otherUnit = this.mvc
			.perform(post("/covenants/" + id + "/units/" + px05 + "/sign").with(csrf())
				.with(TestUsers.as(this.users, "commander.px01")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(otherUnit).contains("Bạn chỉ được ký giao ước cho đơn vị của mình, không ký thay đơn vị khác.");
		String staff = this.mvc
			.perform(post("/covenants/" + id + "/units/" + px01 + "/sign").with(csrf())
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staff).contains("Chỉ thủ trưởng (lãnh đạo) đơn vị mới được ký giao ước thay mặt đơn vị.");
		// a unit of another cluster: not found
		this.mvc
			.perform(post("/covenants/" + id + "/units/" + px05 + "/sign").with(csrf())
				.with(TestUsers.as(this.users, "member.commander")))
			.andExpect(status().isNotFound());
		assertThat(page("/covenants/" + id, "staff")).contains("Đã ký: 4/11 đơn vị");
	}

	private long demoCovenant(String cluster) {
		return this.jdbc.sql("""
				select c.id from covenant c join emulation_cluster k on k.id = c.cluster_id
				join campaign m on m.id = c.campaign_id
				where k.name = :n and k.year = 2026 and m.name like 'Phong trào thi đua%Vì an ninh Tổ quốc%'
				""").param("n", cluster).query(Long.class).single();
	}

	private long indicator(long campaign, String code) {
		return this.jdbc.sql("select id from indicator where campaign_id = :c and code = :code")
			.param("c", campaign)
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private String page(String path, String user) throws Exception {
		return this.mvc.perform(get(path).with(TestUsers.as(this.users, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
