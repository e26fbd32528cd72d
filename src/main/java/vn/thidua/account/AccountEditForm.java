package vn.thidua.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thidua.shared.security.Role;

/**
 * What an administrator may change on an existing account; the username stays. The
 * version detects a concurrent edit.
 */
public record AccountEditForm(@NotBlank @Size(max = 255) String fullName, @NotNull Role role, Long unitId,
		Long version) {

	static AccountEditForm of(AppUser user) {
		return new AccountEditForm(user.getFullName(), user.getRole(),
				user.getUnit() == null ? null : user.getUnit().getId(), user.getVersion());
	}

}
