package vn.thidua.result;

import java.time.YearMonth;

/**
 * One month of a campaign's submission trend: how many of the units taking part had
 * submitted (waiting for review or approved).
 *
 * @param month the month reported on
 * @param units the units taking part that the user sees
 * @param submitted how many have submitted
 */
public record SubmissionPoint(YearMonth month, int units, int submitted) {

	/** The share submitted, in percent, rounded down; 0 without units. */
	public int percent() {
		return this.units == 0 ? 0 : this.submitted * 100 / this.units;
	}

}
