package vn.thidua.demo;

import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.shared.security.CurrentUser;

/**
 * The demo data is entered through the modules' services as the account that would enter
 * it (staff record decisions, commanders sign and vote), so that every rule and audit
 * record applies as it would to a person.
 */
final class DemoUsers {

	private DemoUsers() {
	}

	/**
	 * Runs {@code work} signed in as {@code username}, then restores who was signed in.
	 */
	static void runAs(UserDetailsService users, String username, Runnable work) {
		CurrentUser.runAs(users.loadUserByUsername(username), () -> {
			work.run();
			return null;
		});
	}

}
