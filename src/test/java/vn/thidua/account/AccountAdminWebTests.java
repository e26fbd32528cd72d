package vn.thidua.account;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.thidua.TestUsers;
import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.db.SqlStatementCounter;
import vn.thidua.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AccountAdminWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AccountService accounts;

	@Autowired
	AppUserRepository users;

	@Autowired
	UnitRepository units;

	AppUser testAccount() {
		return this.accounts.createAccount(AccountServiceTests.uniqueUsername("web.test"), "Lê Thị Kiểm Thử",
				Role.UNIT_OFFICER, this.units.findByCodeIgnoreCase("LS-PA04").orElseThrow(), "Kiemtra2026", false);
	}

	MvcResult perform(MockHttpServletRequestBuilder request, String username) throws Exception {
		return this.mvc.perform(request.with(TestUsers.as(this.userDetails, username)).with(csrf())).andReturn();
	}

	Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	List<MockHttpServletRequestBuilder> pages(long id) {
		return List.of(get("/admin/accounts"), get("/admin/accounts?q=nguyen&role=UNIT_OFFICER&status=ACTIVE&page=0"),
				get("/admin/accounts/new"), get("/admin/accounts/{id}", id), get("/admin/accounts/{id}/edit", id),
				get("/admin/accounts/{id}/password", id), get("/admin/audit"));
	}

	@Autowired
	LoginThrottle throttle;

	@Test
	void everyAdministrationPageAnswersAnAdministrator() throws Exception {
		long id = testAccount().getId();
		for (var request : pages(id)) {
			MvcResult result = perform(request, "admin");
			assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "staff", "leader", "head.commander", "member.officer" })
	void everyAdministrationPageAndActionIsForbiddenToOthers(String username) throws Exception {
		AppUser target = testAccount();
		long id = target.getId();
		for (var request : pages(id)) {
			MvcResult result = perform(request, username);
			assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(403);
		}
		String newName = AccountServiceTests.uniqueUsername("web.forbidden");
		List<MockHttpServletRequestBuilder> actions = List.of(
				post("/admin/accounts").param("username", newName)
					.param("fullName", "Người Lạ")
					.param("role", "ADMIN")
					.param("password", "Khoidau2026")
					.param("confirmPassword", "Khoidau2026"),
				post("/admin/accounts/{id}/edit", id).param("fullName", "Đổi Tên")
					.param("role", "PROVINCE_STAFF")
					.param("unitId", String.valueOf(this.units.findByCodeIgnoreCase("LS").orElseThrow().getId()))
					.param("version", "0"),
				post("/admin/accounts/{id}/disable", id), post("/admin/accounts/{id}/enable", id),
				post("/admin/accounts/{id}/unlock", id),
				post("/admin/accounts/{id}/password", id).param("password", "Chiemquyen2026")
					.param("confirmPassword", "Chiemquyen2026"));
		for (var request : actions) {
			MvcResult result = perform(request, username);
			assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(403);
		}
		assertThat(this.users.findByUsername(newName)).isEmpty();
		AppUser unchanged = this.users.findById(id).orElseThrow();
		assertThat(unchanged.getFullName()).isEqualTo("Lê Thị Kiểm Thử");
		assertThat(unchanged.getRole()).isEqualTo(Role.UNIT_OFFICER);
		assertThat(unchanged.isEnabled()).isTrue();
		assertThat(unchanged.getPasswordHash()).isEqualTo(target.getPasswordHash());
		assertThat(unchanged.getVersion()).isEqualTo(target.getVersion());
	}

	@Test
	void theListShowsRoleLabelUnitStatusAndLastSignInInVietnamese() throws Exception {
		Document page = html(perform(get("/admin/accounts").param("q", "thang"), "admin"));
		var rows = page.select("#account-table tbody tr");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).text()).contains("head.commander", "Thượng tá Lê Văn Thắng", "Lãnh đạo đơn vị",
				"Phòng An ninh chính trị nội bộ", "Đang hoạt động");
		assertThat(page.select("select#role option")).extracting(org.jsoup.nodes.Element::text)
			.contains("Quản trị hệ thống", "Cán bộ Thi đua - Khen thưởng");
	}

	@Test
	void createsAnAccountAndRedirectsToItsPage() throws Exception {
		String username = AccountServiceTests.uniqueUsername("web.new");
		long unitId = this.units.findByCodeIgnoreCase("LS-X01").orElseThrow().getId();
		MvcResult result = perform(post("/admin/accounts").param("username", "  " + username.toUpperCase() + " ")
			.param("fullName", "Nguyễn Văn Mới")
			.param("role", "UNIT_COMMANDER")
			.param("unitId", String.valueOf(unitId))
			.param("password", "Khoidau2026")
			.param("confirmPassword", "Khoidau2026"), "admin");
		AppUser created = this.users.findByUsername(username).orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts/" + created.getId());
		assertThat(created.isMustChangePassword()).isTrue();
		assertThat(created.getUnit().getId()).isEqualTo(unitId);

		Document view = html(perform(get("/admin/accounts/{id}", created.getId()), "admin"));
		assertThat(view.select("#account-view").text()).contains("Nguyễn Văn Mới", "Lãnh đạo đơn vị",
				"Chờ đổi mật khẩu", "Chưa đăng nhập");
		assertThat(view.select("#history").text())
			.contains("Tạo tài khoản", "Tên đăng nhập", username, "Vai trò: — → Lãnh đạo đơn vị")
			.doesNotContain("Role.");
	}

	@Test
	void anInvalidNewAccountIsShownAgainWithVietnameseMessagesAndNothingIsCreated() throws Exception {
		long before = this.users.count();
		MvcResult result = perform(post("/admin/accounts").param("username", "Ab")
			.param("fullName", " ")
			.param("role", "UNIT_OFFICER")
			.param("password", "ngan")
			.param("confirmPassword", "ngan"), "admin");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = html(result);
		assertThat(page.select("#account-form-errors").text()).contains("Vui lòng sửa các lỗi");
		assertThat(page.select("#username.is-invalid + .invalid-feedback").text())
			.contains("Tên đăng nhập chỉ gồm 3–64 ký tự");
		assertThat(page.select("#fullName.is-invalid + .invalid-feedback").text()).isEqualTo("Không được để trống.");
		assertThat(page.select("#username").val()).isEqualTo("ab");
		// screen readers hear the summary at once, and which message and help belong to a
		// field
		assertThat(page.select("#account-form-errors").attr("role")).isEqualTo("alert");
		assertThat(page.select("#fullName").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#fullName").attr("aria-describedby")).isEqualTo("fullName-error");
		assertThat(page.select("#fullName-error").text()).isEqualTo("Không được để trống.");
		assertThat(page.select("#password").attr("aria-describedby")).isEqualTo("password-help password-error");
		assertThat(page.select("#role").hasAttr("aria-invalid")).isFalse();
		// every mistake at once, the service's rules included
		assertThat(page.select("#unitId.is-invalid ~ .invalid-feedback").text())
			.isEqualTo("Vui lòng chọn đơn vị cho tài khoản.");
		assertThat(page.select("#password.is-invalid ~ .invalid-feedback").text())
			.isEqualTo("Mật khẩu phải có từ 8 đến 128 ký tự.");
		assertThat(page.select("#password").val()).isEmpty();
		assertThat(this.users.count()).isEqualTo(before);

		// the form is valid; the unit is missing: a rule of the service, on its field
		result = perform(post("/admin/accounts").param("username", AccountServiceTests.uniqueUsername("web.nounit"))
			.param("fullName", "Phạm Văn Thiếu")
			.param("role", "UNIT_OFFICER")
			.param("password", "Khoidau2026")
			.param("confirmPassword", "Khoidau2026"), "admin");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(result).select("#unitId.is-invalid ~ .invalid-feedback").text())
			.isEqualTo("Vui lòng chọn đơn vị cho tài khoản.");
		assertThat(html(result).select("#password").val()).isEmpty();

		// a weak password
		result = perform(post("/admin/accounts").param("username", AccountServiceTests.uniqueUsername("web.weak"))
			.param("fullName", "Phạm Văn Yếu")
			.param("role", "ADMIN")
			.param("password", "matkhau")
			.param("confirmPassword", "matkhau"), "admin");
		assertThat(html(result).select("#password.is-invalid ~ .invalid-feedback").text())
			.isEqualTo("Mật khẩu phải có từ 8 đến 128 ký tự.");

		// a username already taken
		result = perform(post("/admin/accounts").param("username", "staff")
			.param("fullName", "Trùng Tên")
			.param("role", "ADMIN")
			.param("password", "Khoidau2026")
			.param("confirmPassword", "Khoidau2026"), "admin");
		assertThat(html(result).select("#username.is-invalid ~ .invalid-feedback").text())
			.isEqualTo("Tên đăng nhập \"staff\" đã có người dùng.");
		assertThat(this.users.count()).isEqualTo(before);
	}

	@Test
	void anInvalidEditIsShownAgainAndChangesNothing() throws Exception {
		AppUser user = testAccount();
		MvcResult result = perform(post("/admin/accounts/{id}/edit", user.getId()).param("fullName", "")
			.param("role", "")
			.param("version", String.valueOf(user.getVersion())), "admin");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = html(result);
		assertThat(page.select("#fullName.is-invalid + .invalid-feedback").text()).isEqualTo("Không được để trống.");
		assertThat(page.select("#role.is-invalid + .invalid-feedback").text()).isEqualTo("Không được để trống.");
		assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(user.getVersion()));
		AppUser unchanged = this.users.findById(user.getId()).orElseThrow();
		assertThat(unchanged.getFullName()).isEqualTo("Lê Thị Kiểm Thử");
		assertThat(unchanged.getVersion()).isEqualTo(user.getVersion());
	}

	@Test
	void anEditFromAStaleFormAnswersConflict() throws Exception {
		AppUser user = testAccount();
		long unitId = user.getUnit().getId();
		perform(post("/admin/accounts/{id}/edit", user.getId()).param("fullName", "Lê Thị Kiểm Thử Một")
			.param("role", "UNIT_OFFICER")
			.param("unitId", String.valueOf(unitId))
			.param("version", String.valueOf(user.getVersion())), "admin");
		MvcResult stale = perform(post("/admin/accounts/{id}/edit", user.getId()).param("fullName", "Lê Thị Hai")
			.param("role", "UNIT_OFFICER")
			.param("unitId", String.valueOf(unitId))
			.param("version", String.valueOf(user.getVersion())), "admin");
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(this.users.findById(user.getId()).orElseThrow().getFullName()).isEqualTo("Lê Thị Kiểm Thử Một");
	}

	@Test
	void disablesEnablesUnlocksAndResetsThroughThePages() throws Exception {
		AppUser user = testAccount();
		long id = user.getId();
		this.mvc
			.perform(post("/admin/accounts/{id}/disable", id).param("reason", "Nghỉ hưu")
				.with(TestUsers.as(this.userDetails, "admin"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/accounts/" + id))
			.andExpect(flash().attribute("flashSuccess", "account.disabled"));
		assertThat(this.users.findById(id).orElseThrow().isEnabled()).isFalse();

		perform(post("/admin/accounts/{id}/enable", id), "admin");
		assertThat(this.users.findById(id).orElseThrow().isEnabled()).isTrue();

		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure(user.getUsername(), "10.9.0.2");
		}
		assertThat(html(perform(get("/admin/accounts/{id}", id), "admin")).select("#account-unlock")).hasSize(1);
		perform(post("/admin/accounts/{id}/unlock", id), "admin");
		assertThat(this.users.findById(id).orElseThrow().isLocked(java.time.Instant.now())).isFalse();

		MvcResult bad = perform(post("/admin/accounts/{id}/password", id).param("password", "Moi2026x")
			.param("confirmPassword", "Khac2026x"), "admin");
		assertThat(bad.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(bad).select("#confirmPassword.is-invalid ~ .invalid-feedback").text())
			.isEqualTo("Mật khẩu nhập lại không khớp.");
		assertThat(this.users.findById(id).orElseThrow().isMustChangePassword()).isFalse();

		perform(post("/admin/accounts/{id}/password", id).param("password", "Moi2026x")
			.param("confirmPassword", "Moi2026x"), "admin");
		assertThat(this.users.findById(id).orElseThrow().isMustChangePassword()).isTrue();

		Document history = html(perform(get("/admin/accounts/{id}", id), "admin"));
		assertThat(history.select("#history").text()).contains("Vô hiệu hóa tài khoản", "Nghỉ hưu",
				"Kích hoạt lại tài khoản", "Gỡ làm chậm đăng nhập", "Đặt lại mật khẩu");
	}

	@Test
	void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
		long adminId = this.users.findByUsername("admin").orElseThrow().getId();
		this.mvc
			.perform(post("/admin/accounts/{id}/disable", adminId).with(TestUsers.as(this.userDetails, "admin"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashError", "account.error.disableSelf"));
		assertThat(this.users.findById(adminId).orElseThrow().isEnabled()).isTrue();
		assertThat(html(perform(get("/admin/accounts/{id}", adminId), "admin")).select("#account-disable")).isEmpty();
	}

	@Test
	void aFilterValueThatDoesNotParseIsLeftOut() throws Exception {
		MvcResult result = perform(get("/admin/accounts").param("role", "BOSS")
			.param("unit", "x")
			.param("status", "LOCKED")
			.param("q", "khong-ai-co-ten-nay"), "admin");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = html(result);
		assertThat(page.select("#accounts-empty")).hasSize(1);
		assertThat(page.select("#q").val()).isEqualTo("khong-ai-co-ten-nay");
		assertThat(page.select("#status option[selected]").val()).isEqualTo("LOCKED");
	}

	@Test
	void thePagesUseAFewStatementsWhateverTheNumberOfAccounts() throws Exception {
		long id = testAccount().getId();
		for (int i = 0; i < AccountService.PAGE_SIZE; i++) {
			testAccount(); // more than a page, whatever else the test run created
		}
		for (String path : new String[] { "/admin/accounts", "/admin/accounts/" + id, "/admin/audit" }) {
			var request = get(path).with(TestUsers.as(this.userDetails, "admin"));
			this.mvc.perform(request);
			SqlStatementCounter.reset();
			this.mvc.perform(request);
			// rows with their units, a count, the unit list or the history (and one
			// statement for the names of all the history's people), and the session that
			// keeps the forms' CSRF token (two writes): never one per row
			assertThat(SqlStatementCounter.current()).as(path).isBetween(2L, 7L);
		}
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		assertThat(perform(get("/admin/accounts/{id}", 987654321L), "admin").getResponse().getStatus()).isEqualTo(404);
	}

}
