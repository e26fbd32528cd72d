package vn.thidua.account;

import java.time.Clock;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;

/**
 * Locks an account for a while after repeated failed sign-ins, and records sign-ins in
 * the audit trail.
 */
@Component
@RequiredArgsConstructor
class LoginAttempts {

	private final AppUserRepository users;

	private final SecurityProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		var user = this.users.findByUsername(username);
		boolean locked = user
			.map(u -> u.recordFailedLogin(this.properties.maxFailedLogins(), this.properties.lockDuration(),
					this.clock.instant()))
			.orElse(false);
		this.events.publishEvent(
				AuditRecord
					.of(locked ? "LOGIN_LOCKED" : "LOGIN_FAILED", "USER", user.map(AppUser::getId).orElse(null),
							truncate(username))
					.actor(truncate(username))
					.build());
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof CurrentUser principal)) {
			return;
		}
		this.users.findById(principal.id()).ifPresent(user -> user.recordSuccessfulLogin(this.clock.instant()));
		this.events.publishEvent(AuditRecord.of("LOGIN", "USER", principal.id(), principal.getUsername())
			.actor(principal.getUsername())
			.build());
	}

	private static String truncate(String text) {
		return text.length() > 64 ? text.substring(0, 64) : text;
	}

}
