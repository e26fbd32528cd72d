package vn.thidua.shared.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An id in a path that is not a number names nothing: the "not found" page, not the page
 * of a fault of the system.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MalformedIdPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@CsvSource({ "staff, /units/abc", "staff, /units/abc/edit", "staff, /voting/abc", "staff, /voting/abc/minutes",
			"staff, /awards/decisions/abc", "staff, /results/abc", "staff, /results/reports/abc",
			"staff, /campaigns/abc", "staff, /covenants/abc", "staff, /units/1x", "admin, /admin/accounts/abc",
			"head.commander, /results/abc/edit" })
	void aMalformedIdAnswersTheNotFoundPage(String username, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(TestUsers.as(this.users, username))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
		String page = result.getResponse().getContentAsString();
		// an empty body is a 404 sent to the container, which shows
		// templates/error/404.html
		if (!page.isEmpty()) {
			assertThat(page).as(path).contains("Không tìm thấy");
		}
		assertThat(page).as(path).doesNotContain("Hệ thống gặp sự cố", "Đã xảy ra lỗi");
	}

}
