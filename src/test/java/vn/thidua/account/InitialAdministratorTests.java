package vn.thidua.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A production installation (no demo data, its own empty database) gets one
 * administrator, who must change the initial password at the first sign-in.
 */
@SpringBootTest(properties = { "thidua.demo.mode=false", "thidua.embedded-db.shared-per-jvm=false",
		"thidua.security.initial-admin-password=Khoitao2026" })
@AutoConfigureMockMvc
class InitialAdministratorTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void createsTheFirstAdministratorWhoMustChangeThePassword() throws Exception {
		assertThat(this.jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(1);
		assertThat(
				this.jdbc.sql("select must_change_password from app_user where username = 'admin' and role = 'ADMIN'")
					.query(Boolean.class)
					.single())
			.isTrue();
		// sessions live in the database: the SESSION cookie carries the sign-in to the
		// next request
		var session = this.mvc.perform(formLogin().user("admin").password("Khoitao2026"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/").cookie(session))
			.andExpect(redirectedUrl("/account/password"));
	}

}
