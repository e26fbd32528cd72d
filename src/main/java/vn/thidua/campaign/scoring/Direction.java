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
	 * A decrease against the same period of the previous year (the name is kept for the
	 * data stored with it): lower is better, expressed as the % change; the target is a
	 * signed change: "giảm ≥ 5%" is the target {@code -5}, met when the change is ≤ −5%.
	 * "No increase" is the target {@code 0}.
	 */
	CHANGE_VS_LAST_YEAR,

	/**
	 * An increase against the same period of the previous year, e.g. more cases detected,
	 * more weapons recovered: higher is better, expressed as the % change; the target is
	 * the signed change: "tăng ≥ 10%" is the target {@code 10}, met when the change is ≥
	 * 10%.
	 */
	INCREASE_VS_LAST_YEAR,

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
			case HIGHER_IS_BETTER, INCREASE_VS_LAST_YEAR -> achieved.compareTo(target) >= 0;
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

	/**
	 * Whether the indicator is reported as this period against the same period last year
	 * (a decrease or an increase).
	 */
	public boolean isChangeVsLastYear() {
		return this == CHANGE_VS_LAST_YEAR || this == INCREASE_VS_LAST_YEAR;
	}

	/**
	 * The signed change the scoring rules take for a change target or floor written as
	 * users write it, in the indicator's sense ("giảm ≥ 5%" is stored as 5 and scored as
	 * −5; "tăng ≥ 10%" is 10 either way); any other value is returned unchanged.
	 */
	public BigDecimal signedChange(BigDecimal written) {
		return (this == CHANGE_VS_LAST_YEAR && written != null) ? written.negate() : written;
	}

	/** Whether a bonus above the target makes sense in this direction. */
	public boolean allowsBonus() {
		return this == HIGHER_IS_BETTER || this == LOWER_IS_BETTER || isChangeVsLastYear();
	}

	/** Whether a floor (zero points beyond it) makes sense in this direction. */
	public boolean allowsFloor() {
		return allowsBonus();
	}

}
