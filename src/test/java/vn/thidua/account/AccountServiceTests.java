package vn.thidua.account;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.dao.OptimisticLockingFailureException;

import vn.thidua.TestUsers;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AccountServiceTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	AccountService accounts;

	@Autowired
	AppUserRepository users;

	@Autowired
	UnitRepository units;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditTrail auditTrail;

	static String uniqueUsername(String prefix) {
		return prefix + "." + System.nanoTime() % 1_000_000 + SEQUENCE.incrementAndGet();
	}

	Unit unit(String code) {
		return this.units.findByCodeIgnoreCase(code).orElseThrow();
	}

	AccountCreateForm form(String username, Role role, Long unitId, String password) {
		return new AccountCreateForm(username, "Trần Văn Kiểm", role, unitId, password, password);
	}

	<T> T asAdmin(java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.userDetails, "admin", action);
	}

	@Autowired
	LoginThrottle throttle;

	/** Five wrong passwords from one address: sign-ins from there must wait. */
	void slowDown(String username) {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure(username, "10.9.0.1");
		}
	}

	@Test
	void createsAnAccountThatMustChangeItsInitialPasswordAndRecordsIt() {
		String username = uniqueUsername("svc.create");
		long unitId = unit("LS-PA04").getId();
		AppUser created = asAdmin(() -> this.accounts.create(form(username, Role.UNIT_OFFICER, unitId, "Khoidau2026")));

		AppUser stored = this.users.findWithUnit(created.getId()).orElseThrow();
		assertThat(stored.isMustChangePassword()).isTrue();
		assertThat(stored.getUnit().getId()).isEqualTo(unitId);
		assertThat(this.passwordEncoder.matches("Khoidau2026", stored.getPasswordHash())).isTrue();
		assertThat(stored.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.auditTrail.historyOf("USER", created.getId())).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("ACCOUNT_CREATED");
			assertThat(entry.actor()).isEqualTo("admin");
			assertThat(entry.changes()).extracting(c -> c.field() + "=" + c.newValue())
				.contains("account.field.username=" + username, "account.field.role=Role.UNIT_OFFICER",
						"account.field.unit=Phòng An ninh kinh tế");
		});
	}

	@Test
	void refusesADuplicateUsernameWhateverItsCase() {
		assertThatThrownBy(() -> asAdmin(
				() -> this.accounts.create(form("STAFF", Role.UNIT_OFFICER, unit("LS-PA04").getId(), "Khoidau2026"))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("username");
				assertThat(ex.messageKey()).isEqualTo("account.error.usernameTaken");
			});
	}

	@Test
	void requiresAUnitExceptForAdministrators() {
		String username = uniqueUsername("svc.nounit");
		assertThatThrownBy(
				() -> asAdmin(() -> this.accounts.create(form(username, Role.UNIT_OFFICER, null, "Khoidau2026"))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("account.error.unitRequired"));
		assertThat(this.users.findByUsername(username)).isEmpty();

		// an administrator has no unit, even if one is chosen
		AppUser admin = asAdmin(
				() -> this.accounts.create(form(username, Role.ADMIN, unit("LS-PA04").getId(), "Khoidau2026")));
		assertThat(this.users.findWithUnit(admin.getId()).orElseThrow().getUnit()).isNull();
	}

	@Test
	void refusesAUnitThatIsNoLongerInService() {
		long closedDistrict = this.units.findAll().stream().filter(Unit::isClosed).findFirst().orElseThrow().getId();
		assertThatThrownBy(() -> asAdmin(() -> this.accounts
			.create(form(uniqueUsername("svc.closed"), Role.UNIT_OFFICER, closedDistrict, "Khoidau2026"))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("account.error.unitClosed"));
	}

	@Test
	void checksTheInitialPasswordAgainstThePolicy() {
		long unitId = unit("LS-PA04").getId();
		String username = uniqueUsername("svc.policy");
		assertPolicy(username, unitId, "Ab1", "password.error.length");
		assertPolicy(username, unitId, "chikhongcoso", "password.error.letterAndDigit");
		assertPolicy(username, unitId, "12345678", "password.error.letterAndDigit");
		assertPolicy(username, unitId, "X" + username + "9", "password.error.containsUsername");
		assertPolicy(username, unitId, "", "validation.required");
		assertThatThrownBy(() -> asAdmin(() -> this.accounts.create(new AccountCreateForm(username, "Trần Văn Kiểm",
				Role.UNIT_OFFICER, unitId, "Khoidau2026", "Khoidau2027"))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("password.error.mismatch"));
		assertThat(this.users.findByUsername(username)).isEmpty();
	}

	private void assertPolicy(String username, long unitId, String password, String key) {
		assertThatThrownBy(
				() -> asAdmin(() -> this.accounts.create(form(username, Role.UNIT_OFFICER, unitId, password))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("password");
				assertThat(ex.messageKey()).isEqualTo(key);
			});
	}

	@Test
	void anAdministratorCannotDisableOrDemoteThemselvesNorResetTheirOwnPassword() {
		long adminId = this.users.findByUsername("admin").orElseThrow().getId();
		assertThatThrownBy(() -> TestUsers.runAs(this.userDetails, "admin", () -> this.accounts.disable(adminId, null)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("account.error.disableSelf"));
		assertThat(this.users.findById(adminId).orElseThrow().isEnabled()).isTrue();

		long version = this.users.findById(adminId).orElseThrow().getVersion();
		assertThatThrownBy(() -> asAdmin(() -> this.accounts.update(adminId,
				new AccountEditForm("Quản trị hệ thống", Role.PROVINCE_STAFF, unit("LS").getId(), version))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("account.error.demoteSelf"));
		assertThat(this.users.findById(adminId).orElseThrow().getRole()).isEqualTo(Role.ADMIN);

		assertThatThrownBy(() -> TestUsers.runAs(this.userDetails, "admin",
				() -> this.accounts.resetPassword(adminId, new PasswordResetForm("Moi2026abc", "Moi2026abc"), null)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("account.error.resetOwnPassword"));
	}

	@Test
	void disablesAndEnablesAnotherAccountWithTheReason() {
		AppUser user = testAccount(false);
		TestUsers.runAs(this.userDetails, "admin", () -> this.accounts.disable(user.getId(), "Chuyển công tác"));
		assertThat(this.users.findById(user.getId()).orElseThrow().isEnabled()).isFalse();
		assertThat(this.userDetails.loadUserByUsername(user.getUsername()).isEnabled()).isFalse();

		TestUsers.runAs(this.userDetails, "admin", () -> this.accounts.enable(user.getId(), null));
		assertThat(this.users.findById(user.getId()).orElseThrow().isEnabled()).isTrue();

		assertThat(this.auditTrail.historyOf("USER", user.getId())).extracting(AuditTrail.Entry::action)
			.containsSubsequence("ACCOUNT_ENABLED", "ACCOUNT_DISABLED");
		assertThat(this.auditTrail.historyOf("USER", user.getId()))
			.filteredOn(entry -> entry.action().equals("ACCOUNT_DISABLED"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.reason()).isEqualTo("Chuyển công tác"));
	}

	@Test
	void resettingAPasswordForcesAChangeAgainAndUnlocks() {
		AppUser user = testAccount(false);
		slowDown(user.getUsername());
		assertThat(this.users.findById(user.getId()).orElseThrow().isLocked(Instant.now())).isTrue();

		TestUsers.runAs(this.userDetails, "admin", () -> this.accounts.resetPassword(user.getId(),
				new PasswordResetForm("Datlai2026x", "Datlai2026x"), "Quên mật khẩu"));

		AppUser stored = this.users.findById(user.getId()).orElseThrow();
		assertThat(stored.isMustChangePassword()).isTrue();
		assertThat(stored.isLocked(Instant.now())).isFalse();
		assertThat(this.passwordEncoder.matches("Datlai2026x", stored.getPasswordHash())).isTrue();
		assertThat(this.auditTrail.historyOf("USER", user.getId()).get(0).action()).isEqualTo("PASSWORD_RESET");
	}

	@Test
	void recordsTheChangedFieldsOfAnEditAndRefusesAStaleVersion() {
		AppUser user = testAccount(false);
		AccountEditForm form = asAdmin(() -> this.accounts.editForm(user.getId()));
		long pc02 = unit("LS-PC02").getId();
		asAdmin(() -> this.accounts.update(user.getId(),
				new AccountEditForm("Trần Văn Kiểm Tra", Role.UNIT_COMMANDER, pc02, form.version())));

		AppUser stored = this.users.findWithUnit(user.getId()).orElseThrow();
		assertThat(stored.getRole()).isEqualTo(Role.UNIT_COMMANDER);
		assertThat(stored.getUnit().getId()).isEqualTo(pc02);
		assertThat(stored.getSearchText()).contains("tran van kiem tra");
		assertThat(this.auditTrail.historyOf("USER", user.getId()).get(0)).satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("ACCOUNT_UPDATED");
			assertThat(entry.changes()).extracting(c -> c.field() + ":" + c.oldValue() + "→" + c.newValue())
				.containsExactly("account.field.fullName:Trần Văn Kiểm→Trần Văn Kiểm Tra",
						"account.field.role:Role.UNIT_OFFICER→Role.UNIT_COMMANDER",
						"account.field.unit:Phòng An ninh kinh tế→Phòng Cảnh sát hình sự");
		});

		assertThatThrownBy(() -> asAdmin(() -> this.accounts.update(user.getId(),
				new AccountEditForm("Tên khác", Role.UNIT_COMMANDER, pc02, form.version()))))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void onlyAdministratorsMayAdministerAccounts() {
		AppUser user = testAccount(false);
		assertThatThrownBy(
				() -> TestUsers.runAs(this.userDetails, "staff", () -> this.accounts.search(AccountFilter.none(), 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> TestUsers.runAs(this.userDetails, "staff", () -> this.accounts.disable(user.getId(), null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.users.findById(user.getId()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void searchIgnoresDiacriticsAndFiltersByRoleUnitAndStatus() {
		AppUser locked = testAccount(false);
		slowDown(locked.getUsername());
		AppUser disabled = testAccount(false);
		TestUsers.runAs(this.userDetails, "admin", () -> this.accounts.disable(disabled.getId(), null));

		var found = asAdmin(() -> this.accounts.search(new AccountFilter("vu thi hong", null, null, null), 0));
		assertThat(found.getContent()).extracting(AccountRow::username).containsExactly("member.officer");

		long pa03 = unit("LS-PA03").getId();
		var byUnit = asAdmin(() -> this.accounts.search(new AccountFilter(null, null, pa03, null), 0));
		assertThat(byUnit.getContent()).extracting(AccountRow::username)
			.containsExactlyInAnyOrder("head.commander", "head.officer");

		var commanders = asAdmin(
				() -> this.accounts.search(new AccountFilter(null, Role.UNIT_COMMANDER, pa03, null), 0));
		assertThat(commanders.getContent()).extracting(AccountRow::username).containsExactly("head.commander");

		var lockedOnes = asAdmin(
				() -> this.accounts.search(new AccountFilter(null, null, null, AccountStatus.LOCKED), 0));
		assertThat(lockedOnes.getContent()).extracting(AccountRow::username).contains(locked.getUsername());
		assertThat(lockedOnes.getContent()).extracting(AccountRow::status).containsOnly(AccountStatus.LOCKED);

		var disabledOnes = asAdmin(
				() -> this.accounts.search(new AccountFilter(null, null, null, AccountStatus.DISABLED), 0));
		assertThat(disabledOnes.getContent()).extracting(AccountRow::username).contains(disabled.getUsername());
		assertThat(disabledOnes.getContent()).extracting(AccountRow::status).containsOnly(AccountStatus.DISABLED);

		var active = asAdmin(() -> this.accounts.search(new AccountFilter(null, null, null, AccountStatus.ACTIVE), 0));
		assertThat(active.getContent()).extracting(AccountRow::status).containsOnly(AccountStatus.ACTIVE);
		assertThat(active.getContent()).extracting(AccountRow::username)
			.doesNotContain(locked.getUsername(), disabled.getUsername());
		var staff = asAdmin(
				() -> this.accounts.search(new AccountFilter("staff", null, null, AccountStatus.ACTIVE), 0));
		assertThat(staff.getContent()).extracting(AccountRow::username).containsExactly("staff");
		var lockedByName = asAdmin(() -> this.accounts
			.search(new AccountFilter(locked.getUsername(), null, null, AccountStatus.ACTIVE), 0));
		assertThat(lockedByName.getContent()).isEmpty();
	}

	@Test
	void listsAccountsInVietnameseOrderOfFullNames() {
		var page = asAdmin(() -> this.accounts.search(AccountFilter.none(), 0));
		var names = page.getContent().stream().map(AccountRow::fullName).toList();
		assertThat(names).isSortedAccordingTo(vn.thidua.shared.text.VietnameseText.order());
	}

	/** A fresh account of a unit officer of PA04, with password "Kiemtra2026". */
	AppUser testAccount(boolean mustChange) {
		return this.accounts.createAccount(uniqueUsername("svc.test"), "Trần Văn Kiểm", Role.UNIT_OFFICER,
				unit("LS-PA04"), "Kiemtra2026", mustChange);
	}

}
