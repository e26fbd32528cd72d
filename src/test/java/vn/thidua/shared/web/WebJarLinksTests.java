package vn.thidua.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages link to WebJars by the jar's versioned path, and to everything else as written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebJarLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void webJarLinksCarryTheirVersionAndOtherLinksStayAsWritten() throws Exception {
		String page = this.mvc.perform(get("/voting").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("href=\"/webjars/bootstrap/5[0-9.]+/css/bootstrap.min.css\"")
			.containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"")
			.contains("href=\"/css/app.css\"", "href=\"/units\"", "href=\"/voting\"");
	}

	@Test
	void aVersionlessWebJarPathIsStillServed() throws Exception {
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
	}

}
