package vn.thidua.account;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.thidua.shared.security.Role;

/**
 * A new account with its initial password, which the user must change at first sign-in.
 * The username is trimmed and lower-cased before it is checked.
 */
public record AccountCreateForm(@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}") String username,
		@NotBlank @Size(max = 255) String fullName, @NotNull Role role, Long unitId, @Size(max = 200) String password,
		@Size(max = 200) String confirmPassword) {

	public AccountCreateForm {
		username = username == null ? null : username.trim().toLowerCase(Locale.ROOT);
	}

	static AccountCreateForm empty() {
		return new AccountCreateForm("", "", null, null, "", "");
	}

}
