package vn.thidua.campaign.scoring;

/**
 * What a rate indicator earns when its denominator is zero (e.g. no case occurred, so
 * there is no clearance rate). Clusters' rules differ, so it is a choice per indicator;
 * the default is {@link #FULL_POINTS}: a unit with no serious case should not lose points
 * for it, and this is what cluster rules usually say ("không phát sinh thì tính đủ
 * điểm").
 */
public enum ZeroDenominator {

	/** Not applicable, and the indicator earns its maximum (no bonus). */
	FULL_POINTS,

	/** Not applicable, and the indicator earns nothing. */
	NO_POINTS

}
