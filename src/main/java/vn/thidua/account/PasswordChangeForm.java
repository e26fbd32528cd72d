package vn.thidua.account;

import jakarta.validation.constraints.NotBlank;

/**
 * Changing one's own password.
 */
record PasswordChangeForm(@NotBlank String currentPassword, String newPassword, String confirmPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

}
