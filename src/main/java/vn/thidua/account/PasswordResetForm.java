package vn.thidua.account;

import jakarta.validation.constraints.Size;

/**
 * A new initial password set by an administrator; the policy is checked by the service.
 */
public record PasswordResetForm(@Size(max = 200) String password, @Size(max = 200) String confirmPassword) {

	static PasswordResetForm empty() {
		return new PasswordResetForm("", "");
	}

}
