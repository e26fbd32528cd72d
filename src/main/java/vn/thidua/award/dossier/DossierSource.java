package vn.thidua.award.dossier;

/** What a dossier was made from. */
public enum DossierSource {

	/** The proposals of a tallied voting session. */
	VOTING,
	/** A yearly title list. */
	TITLE_LIST,
	/** Entered by hand. */
	MANUAL

}
