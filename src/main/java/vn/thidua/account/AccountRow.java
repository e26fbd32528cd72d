package vn.thidua.account;

import java.time.Instant;

import vn.thidua.shared.security.Role;

/**
 * An account as the administration pages show it, with its status at the time of the
 * request.
 */
public record AccountRow(long id, String username, String fullName, Role role, Long unitId, String unitName,
		AccountStatus status, boolean mustChangePassword, int failedAttempts, Instant lockedUntil, Instant lastLoginAt,
		Instant passwordChangedAt, Instant createdAt, long version) {

	static AccountRow of(AppUser user, Instant now) {
		return new AccountRow(user.getId(), user.getUsername(), user.getFullName(), user.getRole(),
				user.getUnit() == null ? null : user.getUnit().getId(),
				user.getUnit() == null ? null : user.getUnit().getName(), user.status(now), user.isMustChangePassword(),
				user.getFailedAttempts(), user.getLockedUntil(), user.getLastLoginAt(), user.getPasswordChangedAt(),
				user.getCreatedAt(), user.getVersion());
	}

}
