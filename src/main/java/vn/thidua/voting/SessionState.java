package vn.thidua.voting;

/**
 * Lifecycle of a review session: draft → open (until its closing time) → closed → tallied
 * (or void when the quorum was missed) → minutes signed. Never back to open after the
 * tally.
 */
public enum SessionState {

	DRAFT, OPEN, CLOSED, TALLIED, VOID, MINUTES_SIGNED;

	public boolean isTallied() {
		return this == TALLIED || this == VOID || this == MINUTES_SIGNED;
	}

}
