package vn.thidua.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in while its username and address (or the address alone) must wait,
 * before the password is even looked at, so that guessing gets no faster by trying. The
 * form goes back to the login page with a message of its own; an API call gets 429 with
 * {@code Retry-After}. Placed before the sign-in filters of both chains.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final Clock clock;

	private final boolean api;

	LoginThrottleFilter(LoginThrottle throttle, Clock clock, boolean api) {
		this.throttle = throttle;
		this.clock = clock;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> username = this.api ? basicUsername(request) : formUsername(request);
		Optional<Instant> until = username.flatMap(name -> this.throttle.blockedUntil(name, request.getRemoteAddr()));
		if (until.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (this.api) {
			long seconds = Math.max(1, Duration.between(this.clock.instant(), until.get()).toSeconds());
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"status\":429,\"title\":\"Too Many Requests\",\"detail\":"
						+ "\"Too many failed sign-ins from this address; retry after " + seconds + " seconds\"}");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?error=throttled");
	}

	private static Optional<String> formUsername(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())
				|| !"/login".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			return Optional.empty();
		}
		return Optional.ofNullable(request.getParameter("username"));
	}

	private static Optional<String> basicUsername(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6) || header.length() > 1024) {
			return Optional.empty();
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
