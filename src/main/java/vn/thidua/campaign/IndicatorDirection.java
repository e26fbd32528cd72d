package vn.thidua.campaign;

/** What counts as better for an indicator. */
public enum IndicatorDirection {

	/** Higher is better, optionally with a floor below which nothing counts. */
	HIGHER_IS_BETTER,
	/** Lower is better (e.g. number of incidents). */
	LOWER_IS_BETTER,
	/**
	 * Lower is better, measured as the % change against the same period of the previous
	 * year; the target is the decrease (5 = down at least 5%).
	 */
	CHANGE_VS_LAST_YEAR,
	/** The value must be exactly the target (e.g. 100% of reports registered). */
	EXACT,
	/** Done or not done; no target. */
	DONE_OR_NOT

}
