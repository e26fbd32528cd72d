package vn.thidua.account;

/**
 * What an administrator sees of an account's ability to sign in (label key
 * {@code AccountStatus.X}).
 */
public enum AccountStatus {

	/** May sign in. */
	ACTIVE,
	/** Switched off by an administrator until switched on again. */
	DISABLED,
	/** Temporarily locked after repeated failed sign-ins. */
	LOCKED

}
