package vn.thidua.award.title;

/** State of a unit's yearly title list. */
public enum ListState {

	/** The unit is preparing it: classifications and adjustments may change. */
	DRAFT,
	/** The commander sent it up; it no longer changes. */
	SUBMITTED

}
