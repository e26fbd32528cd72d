package vn.thidua.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the login page. The page says only "wrong username or
 * password", whether the username exists, is switched off or the password is wrong, so
 * that it tells nothing about accounts; or, once this username and address must wait
 * ({@link LoginThrottle}), that sign-ins from here are slowed down, which happens to
 * made-up usernames alike.
 */
@Component
@RequiredArgsConstructor
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		boolean slowed = username != null && this.throttle.blockedUntil(username, request.getRemoteAddr()).isPresent();
		response.sendRedirect(request.getContextPath() + "/login?error=" + (slowed ? "throttled" : "bad"));
	}

}
