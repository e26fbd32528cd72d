package vn.thidua.campaign.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a unit's indicator points are brought to the table's scale when some indicators do
 * not apply to its kind (quy đổi theo thang điểm), so that units of different kinds
 * compare fairly: {@code scaled = raw × full / applicable}. A table of 100 points where a
 * 15-point indicator does not apply to commune police: 68 earned of the 85 possible is
 * {@code 68 × 100 / 85 = 80.00}.
 * <p>
 * Only the indicators' curve points are scaled. The bonus above a target and the bonus
 * and penalty items are not: they reward or punish a fact (so many percentage points
 * beyond the target, a commendation, a violation) that is worth the same to every unit,
 * and scaling them would make a violation cost a commune police more than a department.
 * <p>
 * Nothing is rounded before the end: the factor {@code full / applicable} is never
 * rounded on its own, and the scaled points are rounded once, to 2 decimals half up.
 *
 * @param full the maximum of the indicators compared (the whole table, or those of it due
 * in the month scored)
 * @param applicable the maximum of those of them that apply to the unit
 */
public record Scaling(BigDecimal full, BigDecimal applicable) {

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	public Scaling {
		Objects.requireNonNull(full, "full");
		Objects.requireNonNull(applicable, "applicable");
	}

	/** No scaling: every indicator compared applies (or the table switched it off). */
	public static Scaling none(BigDecimal full) {
		return new Scaling(full, full);
	}

	/**
	 * Whether the points are scaled: some indicator compared does not apply to the unit,
	 * and at least one does (with nothing applicable there is nothing to scale).
	 */
	public boolean applies() {
		return this.applicable.signum() > 0 && this.applicable.compareTo(this.full) < 0;
	}

	/** The raw indicator points scaled, 2 decimals; unchanged when not scaled. */
	public BigDecimal scale(BigDecimal raw) {
		if (!applies()) {
			return raw.setScale(2, RoundingMode.HALF_UP);
		}
		return raw.multiply(this.full).divide(this.applicable, PRECISION).setScale(2, RoundingMode.HALF_UP);
	}

}
