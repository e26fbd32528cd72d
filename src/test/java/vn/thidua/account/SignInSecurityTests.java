package vn.thidua.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

	String signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
					request.setRemoteAddr(address);
					return request;
				}))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void fiveFailuresSlowDownThatUsernameFromThatAddressOnlyUntilAnAdministratorLiftsIt() throws Exception {
		AppUser user = account("lock", false);
		for (int i = 1; i <= 4; i++) {
			assertThat(signIn(user.getUsername(), "sai-mat-khau-" + i, "10.1.0.1")).isEqualTo("/login?error=bad");
		}
		Instant beforeFifth = Instant.now();
		// the attempt that reaches the limit already says sign-ins from here are slowed
		// down
		assertThat(signIn(user.getUsername(), "sai-mat-khau-5", "10.1.0.1")).isEqualTo("/login?error=throttled");
		assertThat(this.auditTrail.historyOf("USER", user.getId()).get(0).action()).isEqualTo("LOGIN_LOCKED");

		// from that machine even the right password waits (30 seconds at first) ...
		assertThat(signIn(user.getUsername(), PASSWORD, "10.1.0.1")).isEqualTo("/login?error=throttled");
		AppUser slowed = this.users.findById(user.getId()).orElseThrow();
		assertThat(slowed.getLockedUntil()).isBetween(beforeFifth.plusSeconds(29), Instant.now().plusSeconds(31));
		String page = this.mvc.perform(get("/login").param("error", "throttled"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#login-error").text())
			.isEqualTo("Đã nhập sai nhiều lần từ máy này. Để bảo vệ tài khoản, đăng nhập từ đây tạm thời bị làm chậm "
					+ "(chờ tối đa 15 phút). Vui lòng thử lại sau.");

		// ... but the owner signs in from their own machine: nobody can lock an account
		// out
		assertThat(signIn(user.getUsername(), PASSWORD, "10.2.0.2")).isEqualTo("/");

		var slowdowns = TestUsers.runAs(this.userDetails, "admin", () -> this.accounts.slowdowns(user.getId()));
		assertThat(slowdowns).extracting(LoginThrottle.Slowdown::address).containsExactly("10.1.0.1");
		TestUsers.runAs(this.userDetails, "admin", () -> {
			this.accounts.unlock(user.getId());
			return null;
		});
		assertThat(this.auditTrail.historyOf("USER", user.getId()).get(0).action()).isEqualTo("ACCOUNT_UNLOCKED");
		assertThat(signIn(user.getUsername(), PASSWORD, "10.1.0.1")).isEqualTo("/");
		AppUser after = this.users.findById(user.getId()).orElseThrow();
		assertThat(after.getLockedUntil()).isNull();
		assertThat(after.getLastLoginAt()).isAfter(beforeFifth);
	}

	@Test
	void theWaitDoublesWithEveryFailurePastTheLimit() throws Exception {
		AppUser user = account("double", false);
		for (int i = 1; i <= 5; i++) {
			signIn(user.getUsername(), "sai", "10.3.0.1");
		}
		// the first wait (30 s) is over
		this.jdbc.update("update login_throttle set blocked_until = now() - interval '1 second' where username = ?",
				user.getUsername());
		Instant beforeSixth = Instant.now();
		assertThat(signIn(user.getUsername(), "sai", "10.3.0.1")).isEqualTo("/login?error=throttled");
		// 6 failures, limit 5: 30 s × 2^(6 − 5) = 60 s
		Instant until = this.jdbc
			.queryForObject("select blocked_until from login_throttle where username = ? and address = '10.3.0.1'",
					java.sql.Timestamp.class, user.getUsername())
			.toInstant();
		assertThat(until).isBetween(beforeSixth.plusSeconds(59), Instant.now().plusSeconds(61));
	}

	@Test
	void aMadeUpUsernameGetsTheSameAnswersAsARealOneAndLeavesNoHistory() throws Exception {
		AppUser user = account("real", false);
		String madeUp = AccountServiceTests.uniqueUsername("khong-co");
		Integer auditBefore = this.jdbc.queryForObject("select count(*) from audit_event", Integer.class);
		List<String> real = new java.util.ArrayList<>();
		List<String> invented = new java.util.ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			real.add(signIn(user.getUsername(), "sai", "10.4.0.1"));
			invented.add(signIn(madeUp, "sai", "10.4.0.2"));
		}
		assertThat(invented).isEqualTo(real);
		assertThat(real).containsExactly("/login?error=bad", "/login?error=bad", "/login?error=bad", "/login?error=bad",
				"/login?error=throttled", "/login?error=throttled");
		// the real account's five failures are in its history; the made-up one wrote
		// nothing
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event", Integer.class))
			.isEqualTo(auditBefore + 5);
	}

	@Test
	void anAddressFailingOnManyUsernamesWaitsForEveryUsername() throws Exception {
		// 4 × 5 = 20 failures from one address, each username below its own limit
		for (int i = 0; i < 20; i++) {
			signIn(AccountServiceTests.uniqueUsername("quet"), "sai", "10.5.0.1");
		}
		assertThat(signIn("admin", "Demo@2026", "10.5.0.1")).isEqualTo("/login?error=throttled");
		assertThat(signIn("admin", "Demo@2026", "10.5.0.2")).isEqualTo("/");
		this.jdbc.update("delete from login_throttle where address = '10.5.0.1'");
	}

	@Test
	void failedApiCallsCountTooAndASlowedDownApiCallGets429() throws Exception {
		AppUser user = account("api", false);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/units").with(httpBasic(user.getUsername(), "sai")))
				.andExpect(status().isUnauthorized());
		}
		int historyBefore = this.auditTrail.historyOf("USER", user.getId()).size();
		this.mvc.perform(get("/api/v1/units").with(httpBasic(user.getUsername(), PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		this.jdbc.update("delete from login_throttle where username = ?", user.getUsername());

		this.mvc.perform(get("/api/v1/units").with(httpBasic(user.getUsername(), PASSWORD))).andExpect(status().isOk());
		AppUser after = this.users.findById(user.getId()).orElseThrow();
		assertThat(after.getLastLoginAt()).isNull();
		assertThat(this.auditTrail.historyOf("USER", user.getId())).hasSize(historyBefore);
	}

	@Test
	void anInitialPasswordCannotBeUsedOnTheApiEither() throws Exception {
		AppUser user = account("api-initial", true);
		this.mvc.perform(get("/api/v1/units").with(httpBasic(user.getUsername(), PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDisabledAccountCannotSignInAndThePageDoesNotSaySo() throws Exception {
		AppUser user = account("disabled", false);
		TestUsers.runAs(this.userDetails, "admin", () -> this.accounts.disable(user.getId(), null));
		assertThat(signIn(user.getUsername(), PASSWORD, "10.6.0.1")).isEqualTo("/login?error=bad");
	}

	@Test
	void theLoginPageShowsOnlyMessagesOfItsOwn() throws Exception {
		for (String error : List.of("", "bad", "locked", "disabled", "<b>Hệ thống bảo trì</b>", "../../x")) {
			String page = this.mvc.perform(get("/login").param("error", error))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(page).select("#login-error").text())
				.isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		}
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
