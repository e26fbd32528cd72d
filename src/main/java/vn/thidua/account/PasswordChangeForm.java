package vn.thidua.account;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;

/**
 * Changing one's own password.
 */
record PasswordChangeForm(@NotBlank @Size(max = 200) String currentPassword, @Size(max = 200) String newPassword,
		@Size(max = 200) String confirmPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

}
