package vn.thidua.account;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the login page with the reason to show. The failure that
 * reaches the limit is reported as a lock-out at once (the lock was set while the failure
 * was being counted, just before this runs), so the user learns it then rather than at
 * the next attempt.
 */
@Component
@RequiredArgsConstructor
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final AppUserRepository users;

	private final Clock clock;

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason(request, exception));
	}

	private String reason(HttpServletRequest request, AuthenticationException exception) {
		if (exception instanceof LockedException) {
			return "locked";
		}
		if (exception instanceof DisabledException) {
			return "disabled";
		}
		String username = request.getParameter("username");
		if (exception instanceof BadCredentialsException && username != null && !username.isBlank()
				&& this.users.findLockedUntil(LoginAttempts.normalize(username))
					.filter(until -> until.isAfter(this.clock.instant()))
					.isPresent()) {
			return "locked";
		}
		return "bad";
	}

}
