package vn.thidua.award.dossier;

/** Where a dossier stands. */
public enum DossierState {

	/** Being prepared by the proposing unit. */
	DRAFT,
	/** Sent to the authority. */
	SUBMITTED,
	/** The authority decided on it. */
	DECIDED,
	/** Sent back to the proposing unit, with a reason. */
	RETURNED

}
