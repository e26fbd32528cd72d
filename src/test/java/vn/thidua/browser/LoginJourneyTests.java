package vn.thidua.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginJourneyTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "admin", "staff", "leader", "head.commander", "head.officer", "member.commander",
			"member.officer", "other.officer" })
	void everyDemoAccountSignsInAndLandsOnItsDashboard(String username) {
		login(username);
		// the whole menu on one line, nothing wider than the window, on a 1366 px laptop
		// and at the narrowest width with the menu open (1200 px)
		for (int width : new int[] { 1366, 1200 }) {
			this.page.setViewportSize(width, 900);
			assertThat((Integer) this.page.evaluate("() => document.documentElement.scrollWidth"))
				.as(username + " at " + width + " px")
				.isLessThanOrEqualTo(width);
			assertThat((Integer) this.page.evaluate("() => document.querySelector('.app-navbar').offsetHeight"))
				.as(username + "'s menu on one line at " + width + " px")
				.isLessThan(80);
		}
		this.page.setViewportSize(1366, 900);
		screenshotEverywhere("dashboard-" + username);
	}

	@Test
	void signsOutFromTheUserMenu() {
		login("member.officer");
		this.page.click("#user-menu");
		this.page.click("#logout");
		this.page.waitForURL(url("/login?logout"));
		assertThat(this.page.content()).contains("Bạn đã đăng xuất");
		open("/");
		assertThat(this.page.url()).endsWith("/login");
	}

	@Test
	void loginPageSwitchesToEnglish() {
		open("/login");
		switchLanguage("en");
		assertThat(this.page.locator("#login-submit").textContent()).isEqualTo("Sign in");
		screenshot("login-en");
		usePhone();
		open("/login");
		screenshot("login-phone");
	}

	@Test
	void wrongPasswordIsRefusedInVietnamese() {
		open("/login");
		screenshot("login-vi");
		this.page.fill("#username", "staff");
		this.page.fill("#password", "sai-mat-khau");
		this.page.click("#login-submit");
		assertThat(this.page.locator("#login-error").textContent()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
		screenshot("login-error-vi");
	}

}
