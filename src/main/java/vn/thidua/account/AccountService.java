package vn.thidua.account;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.organization.Unit;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Accounts: the user's own password here; administration of accounts beside it.
 */
@Service
@RequiredArgsConstructor
public class AccountService {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	/**
	 * Creates an account. An initial password set by someone else must be changed at
	 * first sign-in, unless {@code mustChangePassword} is false (demo accounts).
	 */
	@Transactional
	public AppUser createAccount(String username, String fullName, Role role, Unit unit, String rawPassword,
			boolean mustChangePassword) {
		if (this.users.findByUsername(username).isPresent()) {
			throw new BusinessRuleException("username", "account.error.usernameTaken", username);
		}
		if (role != Role.ADMIN && unit == null) {
			throw new BusinessRuleException("unitId", "account.error.unitRequired");
		}
		AppUser user = new AppUser(username, fullName, role, unit, this.passwordEncoder.encode(rawPassword),
				mustChangePassword);
		this.users.saveAndFlush(user);
		this.events.publishEvent(AuditRecord.of("ACCOUNT_CREATED", "USER", user.getId(), user.getUsername())
			.change("account.field.role", null, role)
			.change("account.field.unit", null, unit == null ? null : unit.getName())
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

}
