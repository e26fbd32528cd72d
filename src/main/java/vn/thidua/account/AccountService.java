package vn.thidua.account;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.shared.audit.AuditRecord;
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
