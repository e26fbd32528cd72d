package vn.thidua.account;

/**
 * A new initial password set by an administrator; the policy is checked by the service.
 */
public record PasswordResetForm(String password, String confirmPassword) {

	static PasswordResetForm empty() {
		return new PasswordResetForm("", "");
	}

}
