package vn.thidua.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import vn.thidua.shared.security.CurrentUser;

/**
 * Keeps a user whose password was set by someone else on the password page until they
 * choose their own.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private final boolean api;

	/**
	 * @param api for the API: answer 403 instead of sending to the password page, so an
	 * initial password cannot be used over HTTP Basic either
	 */
	PasswordChangeRequiredFilter(boolean api) {
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var user = CurrentUser.find();
		if (user.isPresent() && user.get().mustChangePassword() && this.api) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"status\":403,\"title\":\"Forbidden\",\"detail\":"
						+ "\"The initial password must be changed on the sign-in page first\"}");
			return;
		}
		if (user.isPresent() && user.get().mustChangePassword() && !isAllowed(request)) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isAllowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/webjars/")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.equals("/error");
	}

}
