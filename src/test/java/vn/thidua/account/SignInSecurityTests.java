package vn.thidua.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.TestUsers;
import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sign-in as a person meets it, through the real filter chain and the database-backed
 * session: lock-out, disabled accounts, the forced password change, session fixation,
 * CSRF and security headers. Each test signs in with accounts of its own, never the demo
 * ones, so that their counters are not disturbed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInSecurityTests {

	private static final String PASSWORD = "Kiemtra2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AppUserRepository users;

	@Autowired
	UnitRepository units;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcTemplate jdbc;

	AppUser account(String prefix, boolean mustChange) {
		return this.accounts.createAccount(AccountServiceTests.uniqueUsername(prefix), "Hoàng Văn Đăng Nhập",
				Role.UNIT_OFFICER, this.units.findByCodeIgnoreCase("LS-PA04").orElseThrow(), PASSWORD, mustChange);
	}

	String signIn(String username, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").user(username).password(password))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void fiveFailedSignInsLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() throws Exception {
		AppUser user = account("lock", false);
		for (int i = 1; i <= 4; i++) {
			assertThat(signIn(user.getUsername(), "sai-mat-khau-" + i)).isEqualTo("/login?error=bad");
		}
		assertThat(this.users.findById(user.getId()).orElseThrow().getFailedAttempts()).isEqualTo(4);
		Instant beforeFifth = Instant.now();
		// the attempt that reaches the limit already says the account is locked
		assertThat(signIn(user.getUsername(), "sai-mat-khau-5")).isEqualTo("/login?error=locked");

		AppUser locked = this.users.findById(user.getId()).orElseThrow();
		assertThat(locked.getLockedUntil()).isBetween(beforeFifth.plus(Duration.ofMinutes(15)).minusSeconds(1),
				Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(1));
		assertThat(this.auditTrail.historyOf("USER", user.getId()).get(0).action()).isEqualTo("LOGIN_LOCKED");

		assertThat(signIn(user.getUsername(), PASSWORD)).isEqualTo("/login?error=locked");
		String page = this.mvc.perform(get("/login").param("error", "locked"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#login-error").text())
			.isEqualTo("Tài khoản đang bị tạm khóa 15 phút do đăng nhập sai 5 lần liên tiếp. Vui lòng thử lại sau.");

		// fifteen minutes later
		this.jdbc.update("update app_user set locked_until = now() - interval '1 second' where id = ?", user.getId());
		assertThat(signIn(user.getUsername(), PASSWORD)).isEqualTo("/");
		AppUser after = this.users.findById(user.getId()).orElseThrow();
		assertThat(after.getFailedAttempts()).isZero();
		assertThat(after.getLockedUntil()).isNull();
		assertThat(after.getLastLoginAt()).isAfter(beforeFifth);
		assertThat(after.getVersion()).as("sign-in bookkeeping leaves the edit version alone")
			.isEqualTo(user.getVersion());
	}

	@Test
	void aSuccessfulSignInResetsTheCount() throws Exception {
		AppUser user = account("reset", false);
		for (int i = 0; i < 4; i++) {
			signIn(user.getUsername(), "sai");
		}
		assertThat(signIn(user.getUsername(), PASSWORD)).isEqualTo("/");
		assertThat(this.users.findById(user.getId()).orElseThrow().getFailedAttempts()).isZero();
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(user.getUsername(), "sai")).isEqualTo("/login?error=bad");
		}
		assertThat(this.users.findById(user.getId()).orElseThrow().getLockedUntil()).isNull();
	}

	@Test
	void failedApiCallsCountTooButSuccessfulOnesAreNotSignInsInTheHistory() throws Exception {
		AppUser user = account("api", false);
		this.mvc.perform(get("/api/v1/units").with(httpBasic(user.getUsername(), "sai")));
		assertThat(this.users.findById(user.getId()).orElseThrow().getFailedAttempts()).isEqualTo(1);
		int historyBefore = this.auditTrail.historyOf("USER", user.getId()).size();

		this.mvc.perform(get("/api/v1/units").with(httpBasic(user.getUsername(), PASSWORD)));
		this.mvc.perform(get("/api/v1/units").with(httpBasic(user.getUsername(), PASSWORD)));
		AppUser after = this.users.findById(user.getId()).orElseThrow();
		assertThat(after.getFailedAttempts()).isZero();
		assertThat(after.getLastLoginAt()).isNull();
		assertThat(this.auditTrail.historyOf("USER", user.getId())).hasSize(historyBefore);
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		AppUser user = account("disabled", false);
		TestUsers.runAs(this.userDetails, "admin", () -> this.accounts.disable(user.getId(), null));
		assertThat(signIn(user.getUsername(), PASSWORD)).isEqualTo("/login?error=disabled");
		String page = this.mvc.perform(get("/login").param("error", "disabled"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#login-error").text())
			.isEqualTo("Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống.");
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		AppUser user = account("fixation", false);
		MvcResult loginPage = this.mvc.perform(get("/login")).andReturn();
		Cookie before = loginPage.getResponse().getCookie("SESSION");
		assertThat(before).as("the login page's session, holding its CSRF token").isNotNull();
		String token = Jsoup.parse(loginPage.getResponse().getContentAsString()).select("form input[name=_csrf]").val();

		MvcResult signedIn = this.mvc
			.perform(post("/login").cookie(before)
				.param("username", user.getUsername())
				.param("password", PASSWORD)
				.param("_csrf", token))
			.andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		Cookie after = signedIn.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());

		assertThat(this.mvc.perform(get("/").cookie(after)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/").cookie(before)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void anInitialPasswordSendsTheUserToThePasswordPageUntilChanged() throws Exception {
		AppUser user = account("forced", true);
		MvcResult signedIn = this.mvc.perform(formLogin("/login").user(user.getUsername()).password(PASSWORD))
			.andReturn();
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		for (String path : new String[] { "/", "/units", "/officers", "/admin/accounts", "/login" }) {
			MvcResult result = this.mvc.perform(get(path).cookie(session)).andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).as(path).isEqualTo("/account/password");
		}
		// a form posted elsewhere is not processed either
		MvcResult post = this.mvc.perform(post("/admin/accounts").cookie(session).with(csrf())).andReturn();
		assertThat(post.getResponse().getRedirectedUrl()).isEqualTo("/account/password");

		String page = this.mvc.perform(get("/account/password").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#password-forced").text()).contains("mật khẩu khởi tạo");

		// a new password that breaks the policy keeps them there
		MvcResult weak = this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "abc")
				.param("confirmPassword", "abc"))
			.andReturn();
		assertThat(weak.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/account/password");

		MvcResult changed = this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "Riengtu2026")
				.param("confirmPassword", "Riengtu2026"))
			.andReturn();
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(this.mvc.perform(get("/").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.users.findById(user.getId()).orElseThrow().isMustChangePassword()).isFalse();
		assertThat(signIn(user.getUsername(), "Riengtu2026")).isEqualTo("/");
	}

	@Test
	void disablingAnAccountEndsItsSessions() throws Exception {
		AppUser user = account("kicked", false);
		Cookie session = this.mvc.perform(formLogin("/login").user(user.getUsername()).password(PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(this.mvc.perform(get("/").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

		TestUsers.runAs(this.userDetails, "admin", () -> this.accounts.disable(user.getId(), null));
		assertThat(this.mvc.perform(get("/").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsForbidden() throws Exception {
		String username = AccountServiceTests.uniqueUsername("csrf");
		MvcResult result = this.mvc
			.perform(post("/admin/accounts").with(TestUsers.as(this.userDetails, "admin"))
				.param("username", username)
				.param("fullName", "Không Có Token")
				.param("role", "ADMIN")
				.param("password", "Khoidau2026")
				.param("confirmPassword", "Khoidau2026"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(this.users.findByUsername(username)).isEmpty();

		assertThat(this.mvc
			.perform(post("/account/password").with(TestUsers.as(this.userDetails, "staff"))
				.param("currentPassword", "Demo@2026")
				.param("newPassword", "Khac2026abc")
				.param("confirmPassword", "Khac2026abc"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(post("/login").param("username", "staff").param("password", "Demo@2026"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(post("/logout").with(TestUsers.as(this.userDetails, "staff")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		for (MvcResult result : new MvcResult[] { this.mvc.perform(get("/login")).andReturn(),
				this.mvc.perform(get("/admin/accounts").with(TestUsers.as(this.userDetails, "admin"))).andReturn() }) {
			var response = result.getResponse();
			String csp = response.getHeader("Content-Security-Policy");
			assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
			String scriptSrc = csp.substring(csp.indexOf("script-src"));
			scriptSrc = scriptSrc.substring(0, scriptSrc.indexOf(';'));
			assertThat(scriptSrc).isEqualTo("script-src 'self'");
			assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.getHeader("Cache-Control")).contains("no-store");
		}
	}

}
