package vn.thidua.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.account.AccountService;
import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator manages accounts through the pages; a new account meets the forced
 * password change; repeated failures lock an account.
 */
class AccountBrowserTests extends BrowserTestSupport {

	@Autowired
	AccountService accounts;

	@Autowired
	UnitRepository units;

	static String unique(String prefix) {
		return prefix + (System.currentTimeMillis() % 100_000);
	}

	/**
	 * Screenshots a page that is the answer to a form post (so it cannot be re-opened by
	 * its address) in Vietnamese, in English and on a phone, posting it again each time.
	 */
	void screenshotFormEverywhere(String name, String formPath, Runnable fillAndSubmit) {
		screenshot(name + "-vi");
		open(formPath + "?lang=en");
		fillAndSubmit.run();
		screenshot(name + "-en");
		open(formPath + "?lang=vi");
		int width = this.page.viewportSize().width;
		int height = this.page.viewportSize().height;
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		open(formPath);
		fillAndSubmit.run();
		screenshot(name + "-phone");
		this.page.setViewportSize(width, height);
	}

	void submitInvalidAccount() {
		this.page.fill("#username", "Ab");
		this.page.fill("#fullName", "");
		this.page.selectOption("#role", "UNIT_OFFICER");
		this.page.fill("#password", "ngan");
		this.page.fill("#confirmPassword", "khac");
		this.page.click("#account-save");
		this.page.waitForSelector("#account-form-errors");
	}

	@Test
	void anAdministratorCreatesAnAccountWhoseUserMustChangeTheInitialPassword() {
		login("admin");
		open("/admin/accounts");
		assertThat(this.page.locator("#account-table tbody tr").count()).isGreaterThanOrEqualTo(8);
		assertThat(this.page.locator("#account-table").textContent()).contains("Quản trị hệ thống",
				"Cán bộ Thi đua - Khen thưởng", "Phòng An ninh chính trị nội bộ");
		screenshotEverywhere("accounts-list");

		open("/admin/accounts/new");
		submitInvalidAccount();
		assertThat(this.page.locator("#username + .invalid-feedback").textContent())
			.contains("Tên đăng nhập chỉ gồm 3–64 ký tự");
		assertThat(this.page.locator("#fullName + .invalid-feedback").textContent()).contains("Không được để trống");
		screenshotFormEverywhere("account-form-errors", "/admin/accounts/new", this::submitInvalidAccount);

		// the unit field hides for an administrator and comes back for other roles
		open("/admin/accounts/new");
		this.page.selectOption("#role", "ADMIN");
		assertThat(this.page.locator("#unit-group").isVisible()).isFalse();
		this.page.selectOption("#role", "UNIT_OFFICER");
		assertThat(this.page.locator("#unit-group").isVisible()).isTrue();

		String username = unique("kiemthu.");
		this.page.fill("#username", username);
		this.page.fill("#fullName", "Nguyễn Thị Kiểm Thử");
		String unitId = this.page
			.locator("#unitId option",
					new com.microsoft.playwright.Page.LocatorOptions().setHasText("Phòng An ninh kinh tế"))
			.first()
			.getAttribute("value");
		this.page.selectOption("#unitId", new SelectOption().setValue(unitId));
		this.page.fill("#password", "Khoidau2026");
		this.page.fill("#confirmPassword", "Khoidau2026");
		this.page.click("#account-save");
		this.page.waitForURL(Pattern.compile(".*/admin/accounts/\\d+$"));
		assertThat(this.page.locator(".alert-success").textContent()).contains(username);
		assertThat(this.page.locator("#account-status").textContent()).contains("Đang hoạt động", "Chờ đổi mật khẩu");
		assertThat(this.page.locator("#history").textContent()).contains("Tạo tài khoản",
				"Lãnh đạo đơn vị".isEmpty() ? "" : "Cán bộ thi đua đơn vị");
		String accountPath = this.page.url().substring(url("").length());
		screenshotEverywhere("account-view");

		open(accountPath + "/edit");
		screenshot("account-edit-vi");
		open(accountPath + "/password");
		screenshot("account-reset-vi");

		// the new user signs in with the initial password and is kept on the password
		// page
		useViewport(1366, 900);
		open("/login");
		this.page.fill("#username", username);
		this.page.fill("#password", "Khoidau2026");
		this.page.click("#login-submit");
		this.page.waitForURL(url("/account/password"));
		open("/units");
		assertThat(this.page.url()).isEqualTo(url("/account/password"));
		assertThat(this.page.locator("#password-forced").isVisible()).isTrue();
		screenshotEverywhere("password-forced");

		this.page.fill("#currentPassword", "Khoidau2026");
		this.page.fill("#newPassword", "Riengtu2026");
		this.page.fill("#confirmPassword", "Riengtu2026");
		this.page.click("#password-submit");
		this.page.waitForURL(url("/"));
		assertThat(this.page.locator("#dashboard").isVisible()).isTrue();
		screenshot("password-changed-dashboard-vi");
	}

	@Test
	void fiveWrongPasswordsSlowDownSignInsFromThatMachineWithAMessageSayingSo() {
		String username = unique("khoa.");
		long id = this.accounts
			.createAccount(username, "Đỗ Văn Khóa", Role.UNIT_OFFICER,
					this.units.findByCodeIgnoreCase("LS-PA04").orElseThrow(), "Kiemtra2026", false)
			.getId();
		for (int i = 1; i <= 5; i++) {
			open("/login");
			this.page.fill("#username", username);
			this.page.fill("#password", "sai-mat-khau");
			this.page.click("#login-submit");
			this.page.waitForSelector("#login-error");
		}
		assertThat(this.page.locator("#login-error").textContent()).contains("Đã nhập sai nhiều lần từ máy này",
				"tạm thời bị làm chậm");
		screenshot("login-locked-vi");
		open("/login");
		this.page.fill("#username", username);
		this.page.fill("#password", "Kiemtra2026");
		this.page.click("#login-submit");
		this.page.waitForSelector("#login-error");
		assertThat(this.page.url()).endsWith("/login?error=throttled");

		// the administrator sees the slow-down and where it comes from (the browser's
		// loopback address) on the account's page, and can lift it
		login("admin");
		open("/admin/accounts/" + id);
		assertThat(this.page.locator("#account-status").textContent()).contains("Đăng nhập bị làm chậm",
				"Đăng nhập bị làm chậm đến");
		assertThat(this.page.locator("#account-slowdowns").textContent()).contains("Từ địa chỉ", "5 lần sai");
		screenshot("account-locked-vi");
		this.page.click("#account-unlock");
		this.page.waitForSelector(".alert-success");
		assertThat(this.page.locator("#account-status").textContent()).contains("Đang hoạt động");
		assertThat(this.page.locator("#history").textContent()).contains("Gỡ làm chậm đăng nhập",
				"Đăng nhập bị làm chậm do sai mật khẩu nhiều lần");
	}

}
