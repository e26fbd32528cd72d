package vn.thidua;

import java.util.function.Supplier;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.shared.security.CurrentUser;

/**
 * Signs requests and service calls in as one of the demo accounts (see README), with the
 * same {@code CurrentUser} principal a real sign-in produces.
 */
public final class TestUsers {

	private TestUsers() {
	}

	/**
	 * For MockMvc: {@code mvc.perform(get("/units").with(TestUsers.as(users, "staff")))}.
	 */
	public static RequestPostProcessor as(UserDetailsService users, String username) {
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
	}

	/**
	 * For service calls: runs the action signed in as the user, then restores the
	 * previous context.
	 */
	public static <T> T runAs(UserDetailsService users, String username, Supplier<T> action) {
		return CurrentUser.runAs(users.loadUserByUsername(username), action);
	}

	public static void runAs(UserDetailsService users, String username, Runnable action) {
		runAs(users, username, () -> {
			action.run();
			return null;
		});
	}

}
