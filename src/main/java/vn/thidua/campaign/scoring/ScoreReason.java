package vn.thidua.campaign.scoring;

/**
 * Why an indicator earned the points it did; pages show its label
 * ({@code ScoreReason.MET} ...).
 */
public enum ScoreReason {

	/** Target met: full points, plus any bonus. */
	MET,

	/** Target missed but not beyond the floor: proportional points. */
	BELOW_TARGET,

	/** Worse than the floor: zero points. */
	BELOW_FLOOR,

	/**
	 * A change against last year that went the wrong way (up for a decrease, down for an
	 * increase) while the scoring table does not score such a change: zero points.
	 */
	WRONG_WAY,

	/** An exact target missed, by however little: zero points. */
	NOT_EXACT,

	/** A done/not-done indicator not done: zero points. */
	NOT_DONE,

	/**
	 * A rate with a zero denominator (no cases occurred): the rate does not exist, and
	 * the rule's {@link ZeroDenominator} decides the points.
	 */
	NOT_APPLICABLE,

	/**
	 * A change against last year when last year was 0 and this year is not: the % change
	 * is undefined (infinite increase), so the target counts as not met: zero points.
	 */
	UNDEFINED

}
