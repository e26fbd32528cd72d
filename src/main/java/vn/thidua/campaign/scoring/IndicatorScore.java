package vn.thidua.campaign.scoring;

import java.math.BigDecimal;

/**
 * What one indicator earned for one unit.
 *
 * @param points the points of the curve, from 0 to the rule's maximum, 2 decimals
 * @param bonus the bonus above the target, from 0 to the rule's cap, 2 decimals
 * @param measured for display: the rate or % change computed from the input, rounded to 2
 * decimals; the value itself for a plain value; {@code null} when there is none (done/not
 * done, a zero denominator, a change against a zero last year). Comparisons were made on
 * the exact figure, so a rate shown as 75,00% may still be below a 75% target (e.g.
 * 2,999.9 of 4,000); the reason says which
 * @param target the target scored against: the unit's own when it set one, else the
 * common one; {@code null} for done/not done
 * @param reason why, for a label on the page
 */
public record IndicatorScore(BigDecimal points, BigDecimal bonus, BigDecimal measured, BigDecimal target,
		ScoreReason reason) {

	/** Whether the target was reached on actual data (not "not applicable"). */
	public boolean met() {
		return this.reason == ScoreReason.MET;
	}

	/** Points plus bonus. */
	public BigDecimal total() {
		return this.points.add(this.bonus);
	}

}
