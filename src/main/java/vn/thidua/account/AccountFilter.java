package vn.thidua.account;

import vn.thidua.shared.security.Role;

/**
 * The filters of the account list, all optional.
 *
 * @param q words of the username or full name, accents ignored
 * @param role accounts with this role
 * @param unit accounts of this unit
 * @param status active, disabled or locked
 */
public record AccountFilter(String q, Role role, Long unit, AccountStatus status) {

	static AccountFilter none() {
		return new AccountFilter(null, null, null, null);
	}

}
