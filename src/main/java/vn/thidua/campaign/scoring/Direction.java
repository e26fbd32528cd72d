package vn.thidua.campaign.scoring;

import java.math.BigDecimal;

/**
 * Which way an indicator (chỉ tiêu) is better, and so what "meeting the target" and
 * "committing to more than the common target" mean.
 */
public enum Direction {

	/**
	 * The achieved value (or rate) must reach the target, e.g. case clearance (tỷ lệ điều
	 * tra, khám phá án) ≥ 75%.
	 */
	HIGHER_IS_BETTER,

	/**
	 * The achieved value must not exceed the target, e.g. number of serious incidents ≤
	 * 2.
	 */
	LOWER_IS_BETTER,

	/**
	 * Lower is better, expressed as the % change against the same period of the previous
	 * year; the target is a signed change: "down at least 5%" is the target {@code -5},
	 * met when the change is ≤ −5%. "No increase" is the target {@code 0}.
	 */
	CHANGE_VS_LAST_YEAR,

	/**
	 * The value must equal the target, e.g. 100% of crime reports received and
	 * registered: full points or none.
	 */
	EXACT,

	/**
	 * Done or not done, e.g. "no disciplinary violation": full points or none; no target.
	 */
	DONE_OR_NOT;

	/**
	 * Whether {@code achieved} meets {@code target} in this direction (never for
	 * {@link #DONE_OR_NOT}, which has no numeric target).
	 */
	public boolean meets(BigDecimal achieved, BigDecimal target) {
		return switch (this) {
			case HIGHER_IS_BETTER -> achieved.compareTo(target) >= 0;
			case LOWER_IS_BETTER, CHANGE_VS_LAST_YEAR -> achieved.compareTo(target) <= 0;
			case EXACT -> achieved.compareTo(target) == 0;
			case DONE_OR_NOT -> throw new UnsupportedOperationException("DONE_OR_NOT has no numeric target");
		};
	}

	/**
	 * Whether a unit's own target is at least as demanding as the common one: a unit may
	 * commit to more, never less (DOMAIN §4), and "more" depends on the direction. An
	 * exact target cannot be made stricter, so it must be equal.
	 */
	public boolean isAtLeastAsDemanding(BigDecimal unitTarget, BigDecimal commonTarget) {
		if (this == DONE_OR_NOT) {
			return true;
		}
		return meets(unitTarget, commonTarget);
	}

	/** Whether a bonus above the target makes sense in this direction. */
	public boolean allowsBonus() {
		return this == HIGHER_IS_BETTER || this == LOWER_IS_BETTER || this == CHANGE_VS_LAST_YEAR;
	}

	/** Whether a floor (zero points beyond it) makes sense in this direction. */
	public boolean allowsFloor() {
		return allowsBonus();
	}

}
