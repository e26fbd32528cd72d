package vn.thidua.shared.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The language switch never leads to a 405: after a form sent with POST and shown again
 * with its errors, the links go to the page the form was on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	LanguageLinks links;

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void afterAFailedSubmitTheSwitchLeadsBackToTheFormPage() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/accounts").param("username", "Ab")
				.param("fullName", " ")
				.param("role", "UNIT_OFFICER")
				.param("password", "ngan")
				.param("confirmPassword", "ngan")
				.header("Referer", "http://localhost/admin/accounts/new")
				.with(TestUsers.as(this.users, "admin"))
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.getElementById("lang-en").attr("href")).isEqualTo("/admin/accounts/new?lang=en");
		assertThat(page.getElementById("lang-vi").attr("href")).isEqualTo("/admin/accounts/new?lang=vi");
		int status = this.mvc
			.perform(get(page.getElementById("lang-en").attr("href")).with(TestUsers.as(this.users, "admin")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(200);
	}

	@Test
	void withoutARefererTheSamePathIsUsedWhenItAnswersGet() {
		assertThat(linkFor("POST", "/admin/accounts", null)).isEqualTo("/admin/accounts?lang=en");
		assertThat(linkFor("POST", "/admin/accounts/7/password", null)).isEqualTo("/admin/accounts/7/password?lang=en");
	}

	@Test
	void aPathOnlySentToLeadsToTheRefererOfThisSiteOrHome() {
		assertThat(linkFor("POST", "/results/7/submit", "http://localhost/results/7?tab=review&lang=vi"))
			.isEqualTo("/results/7?tab=review&lang=en");
		assertThat(linkFor("POST", "/results/7/submit", null)).isEqualTo("/?lang=en");
		assertThat(linkFor("POST", "/results/7/submit", "http://elsewhere.example/results/7")).isEqualTo("/?lang=en");
		assertThat(linkFor("POST", "/results/7/submit", "not a uri")).isEqualTo("/?lang=en");
	}

	@Test
	void aGetKeepsItsPathAndQuery() {
		MockHttpServletRequest request = request("GET", "/ranking", null);
		request.setQueryString("year=2026&lang=vi");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		assertThat(this.links.to("en")).isEqualTo("/ranking?year=2026&lang=en");
	}

	private String linkFor(String method, String path, String referer) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request(method, path, referer)));
		return this.links.to("en");
	}

	private static MockHttpServletRequest request(String method, String path, String referer) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (referer != null) {
			request.addHeader("Referer", referer);
		}
		return request;
	}

}
