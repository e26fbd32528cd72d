package vn.thidua.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Accounts: the user's own password, and the administration of accounts (administrators
 * only, checked here whatever the caller).
 */
@Service
@RequiredArgsConstructor
public class AccountService {

	static final int PAGE_SIZE = 20;

	private static final String ADMIN_ONLY = "hasRole('ADMIN')";

	private final AppUserRepository users;

	private final UnitRepository units;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final AccountSessions sessions;

	private final LoginThrottle throttle;

	private final Clock clock;

	/**
	 * Creates an account. An initial password set by someone else must be changed at
	 * first sign-in, unless {@code mustChangePassword} is false (demo accounts).
	 */
	@Transactional
	public AppUser createAccount(String username, String fullName, Role role, Unit unit, String rawPassword,
			boolean mustChangePassword) {
		checkUsernameFree(username);
		if (role != Role.ADMIN && unit == null) {
			throw new BusinessRuleException("unitId", "account.error.unitRequired");
		}
		AppUser user = new AppUser(username, fullName, role, unit, this.passwordEncoder.encode(rawPassword),
				mustChangePassword);
		this.users.saveAndFlush(user);
		this.events.publishEvent(AuditRecord.of("ACCOUNT_CREATED", "USER", user.getId(), user.getUsername())
			.change("account.field.username", null, user.getUsername())
			.change("account.field.fullName", null, user.getFullName())
			.change("account.field.role", null, roleKey(user.getRole()))
			.change("account.field.unit", null, unitName(user.getUnit()))
			.build());
		return user;
	}

	@Transactional
	public void changeOwnPassword(long userId, String currentPassword, String newPassword, Errors errors) {
		AppUser user = this.users.findById(userId).orElseThrow(NotFoundException::new);
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			errors.rejectValue("currentPassword", "password.error.current");
			return;
		}
		if (this.passwordEncoder.matches(newPassword, user.getPasswordHash())) {
			errors.rejectValue("newPassword", "password.error.same");
			return;
		}
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.events.publishEvent(AuditRecord.of("PASSWORD_CHANGED", "USER", user.getId(), user.getUsername()).build());
	}

	/**
	 * One page of accounts in Vietnamese order of full names: one query for the rows
	 * (with their units) and one count.
	 */
	@PreAuthorize(ADMIN_ONLY)
	@Transactional(readOnly = true)
	public Page<AccountRow> search(AccountFilter filter, int page) {
		Instant now = this.clock.instant();
		var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("sortKey", "id"));
		return this.users.findAll(matching(filter, now), pageable).map(user -> AccountRow.of(user, now));
	}

	/** An account with its unit, for its page and its edit form. */
	@PreAuthorize(ADMIN_ONLY)
	@Transactional(readOnly = true)
	public AccountRow get(long id) {
		return this.users.findWithUnit(id)
			.map(user -> AccountRow.of(user, this.clock.instant()))
			.orElseThrow(NotFoundException::new);
	}

	@PreAuthorize(ADMIN_ONLY)
	@Transactional(readOnly = true)
	public AccountEditForm editForm(long id) {
		return this.users.findWithUnit(id).map(AccountEditForm::of).orElseThrow(NotFoundException::new);
	}

	/** Every unit, in tree order, for the unit select boxes. */
	@PreAuthorize(ADMIN_ONLY)
	@Transactional(readOnly = true)
	public List<UnitOption> unitOptions() {
		return UnitOption.treeOrder(this.units.findAllInTreeOrder());
	}

	/** Creates an account whose initial password must be changed at first sign-in. */
	@PreAuthorize(ADMIN_ONLY)
	@Transactional
	public AppUser create(AccountCreateForm form) {
		checkUsernameFree(form.username());
		Unit unit = unitFor(form.role(), form.unitId(), null);
		PasswordPolicy.require(form.password(), form.username(), "password");
		if (!form.password().equals(form.confirmPassword())) {
			throw new BusinessRuleException("confirmPassword", "password.error.mismatch");
		}
		return createAccount(form.username(), form.fullName(), form.role(), unit, form.password(), true);
	}

	@PreAuthorize(ADMIN_ONLY)
	@Transactional
	public AppUser update(long id, AccountEditForm form) {
		AppUser user = this.users.findWithUnit(id).orElseThrow(NotFoundException::new);
		if (form.version() != null && form.version() != user.getVersion()) {
			throw new OptimisticLockingFailureException("Account " + id + " changed");
		}
		if (isSelf(user) && form.role() != Role.ADMIN) {
			throw new BusinessRuleException("role", "account.error.demoteSelf");
		}
		Unit unit = unitFor(form.role(), form.unitId(), user.getUnit());
		Long oldUnitId = user.getUnit() == null ? null : user.getUnit().getId();
		Long newUnitId = unit == null ? null : unit.getId();
		boolean accessChanged = user.getRole() != form.role() || !Objects.equals(oldUnitId, newUnitId);
		var audit = AuditRecord.of("ACCOUNT_UPDATED", "USER", user.getId(), user.getUsername())
			.change("account.field.fullName", user.getFullName(), form.fullName().trim())
			.change("account.field.role", roleKey(user.getRole()), roleKey(form.role()))
			.change("account.field.unit", unitName(user.getUnit()), unitName(unit));
		user.update(form.fullName(), form.role(), unit);
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		if (accessChanged) {
			this.sessions.endAfterCommit(user.getUsername());
		}
		return user;
	}

	/** Stops an account from signing in, and ends its sessions. */
	@PreAuthorize(ADMIN_ONLY)
	@Transactional
	public void disable(long id, String reason) {
		AppUser user = this.users.findById(id).orElseThrow(NotFoundException::new);
		if (isSelf(user)) {
			throw new BusinessRuleException("account.error.disableSelf");
		}
		if (!user.isEnabled()) {
			return;
		}
		user.setEnabled(false);
		this.events.publishEvent(AuditRecord.of("ACCOUNT_DISABLED", "USER", user.getId(), user.getUsername())
			.reason(blankToNull(reason))
			.build());
		this.sessions.endAfterCommit(user.getUsername());
	}

	@PreAuthorize(ADMIN_ONLY)
	@Transactional
	public void enable(long id, String reason) {
		AppUser user = this.users.findById(id).orElseThrow(NotFoundException::new);
		if (user.isEnabled()) {
			return;
		}
		user.setEnabled(true);
		this.throttle.lift(user.getUsername());
		this.events.publishEvent(AuditRecord.of("ACCOUNT_ENABLED", "USER", user.getId(), user.getUsername())
			.reason(blankToNull(reason))
			.build());
	}

	/**
	 * Lifts the sign-in slow-down of an account before it runs out, from every address.
	 */
	@PreAuthorize(ADMIN_ONLY)
	@Transactional
	public void unlock(long id) {
		AppUser user = this.users.findById(id).orElseThrow(NotFoundException::new);
		if (this.throttle.lift(user.getUsername()) == 0 && !user.isLocked(this.clock.instant())) {
			return;
		}
		user.unlock();
		this.events.publishEvent(AuditRecord.of("ACCOUNT_UNLOCKED", "USER", user.getId(), user.getUsername()).build());
	}

	/** Where sign-ins to an account are being slowed down from, for its administrator. */
	@PreAuthorize(ADMIN_ONLY)
	@Transactional(readOnly = true)
	public List<LoginThrottle.Slowdown> slowdowns(long id) {
		AppUser user = this.users.findById(id).orElseThrow(NotFoundException::new);
		return this.throttle.slowdowns(user.getUsername());
	}

	/**
	 * Sets a new initial password: the user must change it at next sign-in. It also lifts
	 * a lock-out and ends the account's sessions. Administrators change their own
	 * password on the password page, knowing the current one.
	 */
	@PreAuthorize(ADMIN_ONLY)
	@Transactional
	public void resetPassword(long id, PasswordResetForm form, String reason) {
		AppUser user = this.users.findById(id).orElseThrow(NotFoundException::new);
		if (isSelf(user)) {
			throw new BusinessRuleException("password", "account.error.resetOwnPassword");
		}
		PasswordPolicy.require(form.password(), user.getUsername(), "password");
		if (!form.password().equals(form.confirmPassword())) {
			throw new BusinessRuleException("confirmPassword", "password.error.mismatch");
		}
		user.resetPassword(this.passwordEncoder.encode(form.password()));
		this.throttle.lift(user.getUsername());
		this.events.publishEvent(AuditRecord.of("PASSWORD_RESET", "USER", user.getId(), user.getUsername())
			.reason(blankToNull(reason))
			.build());
		this.sessions.endAfterCommit(user.getUsername());
	}

	/**
	 * The unit an account of this role gets: none for administrators, otherwise a unit
	 * that exists and is still in service (an account may keep a unit that has since
	 * closed, so that editing its name does not fail).
	 */
	private Unit unitFor(Role role, Long unitId, Unit current) {
		if (role == Role.ADMIN) {
			return null;
		}
		if (unitId == null) {
			throw new BusinessRuleException("unitId", "account.error.unitRequired");
		}
		if (current != null && current.getId().equals(unitId)) {
			return current;
		}
		Unit unit = this.units.findById(unitId)
			.orElseThrow(() -> new BusinessRuleException("unitId", "account.error.unitUnknown"));
		if (unit.isClosed()) {
			throw new BusinessRuleException("unitId", "account.error.unitClosed", unit.getName());
		}
		return unit;
	}

	private void checkUsernameFree(String username) {
		if (this.users.findByUsername(username.trim()).isPresent()) {
			throw new BusinessRuleException("username", "account.error.usernameTaken", username.trim());
		}
	}

	private static boolean isSelf(AppUser user) {
		return CurrentUser.find().map(current -> current.id() == user.getId()).orElse(false);
	}

	static Specification<AppUser> matching(AccountFilter filter, Instant now) {
		return (root, query, cb) -> {
			// the count query of a page must not fetch
			if (query.getResultType() != Long.class && query.getResultType() != long.class) {
				root.fetch("unit", JoinType.LEFT);
			}
			List<Predicate> where = new ArrayList<>();
			String like = VietnameseText.likePattern(filter.q());
			if (like != null) {
				where.add(cb.like(root.get("searchText"), like, '\\'));
			}
			if (filter.role() != null) {
				where.add(cb.equal(root.get("role"), filter.role()));
			}
			if (filter.unit() != null) {
				where.add(cb.equal(root.get("unit").get("id"), filter.unit()));
			}
			if (filter.status() != null) {
				var locked = cb.greaterThan(root.<Instant>get("lockedUntil"), now);
				where.add(switch (filter.status()) {
					case DISABLED -> cb.isFalse(root.get("enabled"));
					case LOCKED -> cb.and(cb.isTrue(root.get("enabled")), locked);
					case ACTIVE -> cb.and(cb.isTrue(root.get("enabled")),
							cb.or(cb.isNull(root.get("lockedUntil")), cb.not(locked)));
				});
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/**
	 * Role values are stored as their label keys, so the history reads in either
	 * language.
	 */
	private static String roleKey(Role role) {
		return role == null ? null : "Role." + role.name();
	}

	private static String unitName(Unit unit) {
		return unit == null ? null : unit.getName();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
