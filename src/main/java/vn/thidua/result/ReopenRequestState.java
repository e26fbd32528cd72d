package vn.thidua.result;

/**
 * Where a unit's request to reopen a locked month is (label
 * {@code ReopenRequestState.X}).
 */
public enum ReopenRequestState {

	/** Sent by the unit; waits for provincial staff. */
	REQUESTED,

	/** Granted by staff: the month is open to the unit until a new deadline. */
	GRANTED,

	/** Refused by staff, with a reason; the unit may ask again. */
	REFUSED

}
