package vn.thidua.campaign;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A draft is the organiser's work in progress: the units in its scope see it only once it
 * is launched. The demo peak campaign is a draft with the 2026 clusters in scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignDraftVisibilityTests {

	static final String DRAFT = "Cao điểm 90 ngày đêm tấn công trấn áp tội phạm";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void unitsInScopeDoNotSeeADraftInPagesOrApi() throws Exception {
		long draft = this.jdbc.sql("select id from campaign where name = :name and state = 'DRAFT'")
			.param("name", DRAFT)
			.query(Long.class)
			.single();
		assertThat(body("member.officer", "/campaigns?year=2026")).contains("Vì an ninh Tổ quốc").doesNotContain(DRAFT);
		assertThat(body("member.officer", "/api/v1/campaigns?year=2026")).contains("Vì an ninh Tổ quốc")
			.doesNotContain(DRAFT);
		assertThat(status("member.officer", "/campaigns/" + draft)).isEqualTo(404);
		assertThat(status("member.officer", "/api/v1/campaigns/" + draft)).isEqualTo(404);
		assertThat(body("staff", "/campaigns?year=2026")).contains(DRAFT);
		assertThat(status("leader", "/campaigns/" + draft)).isEqualTo(200);
	}

	private String body(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(TestUsers.as(this.users, user)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int status(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(TestUsers.as(this.users, user))).andReturn().getResponse().getStatus();
	}

}
