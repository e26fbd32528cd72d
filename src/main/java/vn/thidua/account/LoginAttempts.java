package vn.thidua.account;

import java.time.Clock;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;

/**
 * Counts failed sign-ins for the slow-down ({@link LoginThrottle}) and records sign-ins
 * in the audit trail.
 * <p>
 * Failures are counted for the sign-in form and the API's HTTP Basic alike, so that
 * neither can be used to guess a password. A failure is written to the history only for
 * an account that exists: attempts on made-up usernames are only counted (in rows that
 * expire), so that nobody can grow the history without bound. A sign-in through the form
 * is a "LOGIN" in the history; the API authenticates every request, which would flood the
 * history, so there a success only forgets earlier failures.
 */
@Component
@RequiredArgsConstructor
class LoginAttempts {

	private final AppUserRepository users;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = normalize(String.valueOf(event.getAuthentication().getName()));
		boolean slowed = this.throttle.recordFailure(username, address(event.getAuthentication())).isPresent();
		this.users.findByUsername(username)
			.ifPresent(user -> this.events.publishEvent(
					AuditRecord.of(slowed ? "LOGIN_LOCKED" : "LOGIN_FAILED", "USER", user.getId(), user.getUsername())
						.actor(user.getUsername())
						.build()));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser principal) {
			this.throttle.recordSuccess(principal.getUsername(), address(event.getAuthentication()));
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

	/**
	 * The client's address (the proxy's X-Forwarded-For when forwarded headers are on).
	 */
	static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return null;
	}

}
