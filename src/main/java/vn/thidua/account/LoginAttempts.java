package vn.thidua.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;

/**
 * Locks an account for a while after repeated failed sign-ins, and records sign-ins in
 * the audit trail.
 * <p>
 * Failures are counted for the sign-in form and the API's HTTP Basic alike, so that
 * neither can be used to guess a password. A sign-in through the form is a "LOGIN" in the
 * history; the API authenticates every request, which would flood the history, so there a
 * success only clears the failure count.
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
		String username = normalize(String.valueOf(event.getAuthentication().getName()));
		// microseconds: what PostgreSQL keeps, so the value read back compares equal
		Instant until = this.clock.instant().plus(this.properties.lockDuration()).truncatedTo(ChronoUnit.MICROS);
		boolean known = this.users.recordFailedLogin(username, this.properties.maxFailedLogins(), until) > 0;
		var user = known ? this.users.findByUsername(username) : java.util.Optional.<AppUser>empty();
		boolean locked = user.map(AppUser::getLockedUntil).filter(until::equals).isPresent();
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
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser principal) {
			this.users.clearFailedLogins(principal.id());
		}
	}

	/** Published by the sign-in form only, after the session has been renewed. */
	@EventListener
	@Transactional
	public void onSignIn(InteractiveAuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof CurrentUser principal)) {
			return;
		}
		this.users.recordSuccessfulLogin(principal.id(), this.clock.instant());
		this.events.publishEvent(AuditRecord.of("LOGIN", "USER", principal.id(), principal.getUsername())
			.actor(principal.getUsername())
			.build());
	}

	static String normalize(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private static String truncate(String text) {
		return text.length() > 64 ? text.substring(0, 64) : text;
	}

}
