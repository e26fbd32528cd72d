package vn.thidua.award.title;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of the yearly titles on the demo list of LS-PA04 for 2026: the proposals with
 * their reasons, and a refused adjustment shown on its field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class YearlyTitlePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	YearlyTitleService titles;

	@Test
	void theListShowsProposalsReasonsDeferralAndTheCollectiveTitle() throws Exception {
		this.mvc.perform(get("/awards/titles/" + pa04() + "/2026").with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("CSTĐ cấp Bộ: CSTĐCS các năm 2024, 2025, 2026"),
					containsString("Tính cả Chiến sĩ thi đua cơ sở năm 2024 đạt tại Công an huyện Yên Lạc"),
					containsString("Hoãn xét: đang chịu kỷ luật Khiển trách từ 01/05/2026 đến 31/10/2026"),
					containsString("Quân số "), containsString("id=\"titles-unit-form\""))));
	}

	@Test
	void anAdjustmentWithoutReasonIsShownAgainWithTheErrorOnItsField() throws Exception {
		long officer = TestUsers.runAs(this.users, "member.officer", () -> this.titles.list(pa04(), 2026))
			.rows()
			.get(0)
			.officerId();
		this.mvc
			.perform(post("/awards/titles/" + pa04() + "/2026/officers/" + officer + "/adjustment").with(csrf())
				.param("title", "CSTT")
				.param("reason", " ")
				.with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reason-error\""), containsString("is-invalid"))));
	}

	@Test
	void theMenuEntryLeadsToTheOwnUnitsListOfThisYear() throws Exception {
		this.mvc.perform(get("/awards/titles").with(TestUsers.as(this.users, "member.officer")))
			.andExpect(redirectedUrlPattern("/awards/titles/" + pa04() + "/*"));
		this.mvc.perform(get("/awards/titles").with(TestUsers.as(this.users, "admin")))
			.andExpect(redirectedUrl("/units"));
	}

	private long pa04() {
		return this.jdbc.sql("select id from organization_unit_v where code = 'LS-PA04'").query(Long.class).single();
	}

}
