package vn.thidua.browser;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages 403, 404, 409 and 500, in both languages, through a real server (the
 * container's error dispatch is not simulated by MockMvc).
 */
@Import(ErrorPagesBrowserTests.FailingEndpoints.class)
class ErrorPagesBrowserTests extends BrowserTestSupport {

	@Test
	void notFoundInVietnameseAndEnglish() {
		login("member.officer");
		Response response = this.page.navigate(url("/khong-co-trang-nay"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Không tìm thấy");
		screenshotEverywhere("error-404");
		switchLanguage("en");
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Not found");
	}

	@Test
	void forbiddenForAPageOfAnotherRole() {
		login("staff");
		Response response = this.page.navigate(url("/admin/accounts"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Không có quyền truy cập");
		screenshot("error-403-vi");
	}

	@Test
	void conflictWhenSomebodyElseChangedTheData() {
		login("staff");
		Response response = this.page.navigate(url("/test-errors/conflict"));
		assertThat(response.status()).isEqualTo(409);
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Dữ liệu đã bị thay đổi");
		screenshot("error-409-vi");
	}

	@Test
	void conflictWhenTheDatabaseRefusesAConcurrentDuplicate() {
		login("staff");
		Response response = this.page.navigate(url("/test-errors/duplicate"));
		assertThat(response.status()).isEqualTo(409);
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Dữ liệu đã bị thay đổi");
	}

	@Test
	void serverErrorWithoutDetails() {
		login("staff");
		Response response = this.page.navigate(url("/test-errors/failure"));
		assertThat(response.status()).isEqualTo(500);
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Đã xảy ra lỗi");
		assertThat(this.page.content()).doesNotContain("IllegalStateException");
		switchLanguage("en");
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Something went wrong");
		screenshot("error-500-en");
	}

	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class FailingEndpoints {

		@GetMapping("/test-errors/conflict")
		String conflict() {
			throw new OptimisticLockingFailureException("changed meanwhile");
		}

		@GetMapping("/test-errors/duplicate")
		String duplicate() {
			throw new org.springframework.dao.DataIntegrityViolationException("unique constraint");
		}

		@GetMapping("/test-errors/failure")
		String failure() {
			throw new IllegalStateException("boom");
		}

	}

}
