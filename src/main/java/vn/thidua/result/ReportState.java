package vn.thidua.result;

/** Where a periodic report is in its review (label {@code ReportState.X}). */
public enum ReportState {

	/** Being entered by the unit. */
	DRAFT,

	/** Sent by the unit's commander; waits for review; nobody changes the figures. */
	SUBMITTED,

	/** Sent back to the unit with comments; the unit corrects and resubmits. */
	RETURNED,

	/** Accepted by the reviewer; final. */
	APPROVED;

	/** Whether the unit may still change it (deadline aside). */
	public boolean isOpenToUnit() {
		return this == DRAFT || this == RETURNED;
	}

}
