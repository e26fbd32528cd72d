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
		screenshot("dashboard-" + username + "-vi");
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
