package vn.thidua.campaign.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * A unit's total: the sum of its indicators' points and bonuses, plus its bonus items,
 * minus its penalty items.
 * <p>
 * The total never goes below 0: a negative score has no meaning on a scale of 100 or
 * 1000, and units are ranked anyway, so a unit with many penalties ranks last at 0
 * ({@link #floored()} tells the page that the floor applied, and {@link #penalties()}
 * still shows everything subtracted). The total is not capped at the scale: bonuses exist
 * precisely to tell apart units that all met their targets.
 *
 * @param indicatorPoints sum of the indicators' curve points
 * @param indicatorBonus sum of the indicators' bonuses above target
 * @param bonusItems sum of the bonus items applied
 * @param penalties sum of the penalty items applied (positive)
 * @param total the total, never below 0, 2 decimals
 * @param floored whether the sum was below 0 and the total was raised to 0
 */
public record UnitTotal(BigDecimal indicatorPoints, BigDecimal indicatorBonus, BigDecimal bonusItems,
		BigDecimal penalties, BigDecimal total, boolean floored) {

	public static UnitTotal of(Collection<IndicatorScore> scores, Collection<ScoreAdjustment> applied) {
		return of(scores, applied, null);
	}

	/**
	 * As {@link #of(Collection, Collection)}, with the indicators' curve points scaled
	 * ({@code indicatorPoints} is then the scaled figure); {@code null} scales nothing.
	 */
	public static UnitTotal of(Collection<IndicatorScore> scores, Collection<ScoreAdjustment> applied,
			Scaling scaling) {
		BigDecimal points = BigDecimal.ZERO;
		BigDecimal bonus = BigDecimal.ZERO;
		for (IndicatorScore score : scores) {
			points = points.add(score.points());
			bonus = bonus.add(score.bonus());
		}
		BigDecimal bonusItems = BigDecimal.ZERO;
		BigDecimal penalties = BigDecimal.ZERO;
		for (ScoreAdjustment adjustment : applied) {
			if (adjustment.points() == null || adjustment.points().signum() <= 0) {
				throw new ScoringException("scoring.error.adjustmentNotPositive", adjustment.item());
			}
			if (adjustment.kind() == AdjustmentKind.BONUS) {
				bonusItems = bonusItems.add(adjustment.points());
			}
			else {
				penalties = penalties.add(adjustment.points());
			}
		}
		if (scaling != null) {
			points = scaling.scale(points);
		}
		BigDecimal sum = points.add(bonus).add(bonusItems).subtract(penalties);
		boolean floored = sum.signum() < 0;
		return new UnitTotal(scale(points), scale(bonus), scale(bonusItems), scale(penalties),
				scale(floored ? BigDecimal.ZERO : sum), floored);
	}

	private static BigDecimal scale(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
