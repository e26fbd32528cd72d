package vn.thidua.campaign.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one indicator of a scoring table earns points, and the scoring function itself
 * ({@link #score(Measurement, BigDecimal)}).
 * <p>
 * The curve, with "better" and "worse" as the {@link Direction} says:
 * <ul>
 * <li><b>target met</b>: the maximum, plus a bonus of {@code bonusPerUnit} for each unit
 * beyond the target (percentage points for a rate or a change), at most
 * {@code bonusCap};</li>
 * <li><b>worse than the floor</b> (strictly): zero. A floor equal to the target makes the
 * indicator all-or-nothing;</li>
 * <li><b>between floor and target</b>, proportional:
 * <ul>
 * <li>higher is better: {@code max × achieved / target} (60% against 75% earns 80% of the
 * maximum);</li>
 * <li>lower is better: {@code max × target / achieved} (3 incidents against a target of 2
 * earn two thirds; against a target of 0 any incident earns nothing);</li>
 * <li>change against last year (a decrease or an increase): a change that went the wrong
 * way (up for a decrease, down for an increase) earns nothing, unless the table says so
 * for this rule ({@code scoresWrongWay}). Otherwise linear from the floor (zero) to the
 * target (the maximum); without a floor, the floor is "no change", so against "giảm ≥ 5%"
 * a 2% decrease earns 40% and a rise of 50% earns nothing. A ratio would give near-misses
 * and even rises most of the points, which is not what the target means;</li>
 * <li>change against last year, wrong way scored and no floor: the ratio of the values
 * the change stands for, {@code max × (100 + target) / (100 + change)} for a decrease,
 * {@code max × (100 + change) / (100 + target)} for an increase: a target of −5% allows
 * 95 for 100 last year, and 110 earns 95/110 of the maximum, exactly as a lower-is-better
 * value would;</li>
 * </ul>
 * </li>
 * <li><b>exact</b> and <b>done/not done</b>: the maximum or nothing; no floor, no
 * bonus.</li>
 * </ul>
 * Special cases: a rate with a zero denominator is not applicable and earns what
 * {@link ZeroDenominator} says (default the maximum); a decrease against a last year of 0
 * is met if this year is 0 too (nothing happened either year), and undefined, so zero
 * points, if this year is above 0 (no finite % describes it, and an increase from nothing
 * is not a decrease). An increase against a last year of 0 is met when this year is above
 * 0 (without bonus: no finite % describes it), and is a change of 0% when this year is 0
 * too.
 * <p>
 * Nothing is rounded before a comparison: 99,999 of 100,000 reports registered is not
 * "100%", although it prints as 100,00%. Only the points, the bonus and the displayed
 * rate or change are rounded, to 2 decimals half up.
 * <p>
 * A rule may be built with invalid values (from a form); {@link #problems()} lists them
 * all for the editor, and scoring with an invalid rule is refused.
 *
 * @param indicator the indicator's code in the table, used in messages
 * @param direction which way is better
 * @param maxPoints the maximum points, positive
 * @param target the common target: a value, a rate in %, or a signed % change;
 * {@code null} for done/not done
 * @param floor optional: worse than this earns zero (for lower is better and change, the
 * floor is above the target)
 * @param bonusPerUnit optional: bonus points per unit beyond the target
 * @param bonusCap the most bonus this indicator can earn; required with a bonus
 * @param zeroDenominator what a rate with no cases earns; {@code null} means
 * {@link ZeroDenominator#FULL_POINTS}
 * @param scoresWrongWay for a change against last year: whether a change the wrong way
 * may still earn points (by the floor or the ratio above); off unless the scoring table
 * says so
 */
public record ScoringRule(String indicator, Direction direction, BigDecimal maxPoints, BigDecimal target,
		BigDecimal floor, BigDecimal bonusPerUnit, BigDecimal bonusCap, ZeroDenominator zeroDenominator,
		boolean scoresWrongWay) {

	/** Intermediate precision: 34 digits, far beyond anything a count can need. */
	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

	public ScoringRule {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(direction, "direction");
		if (zeroDenominator == null) {
			zeroDenominator = ZeroDenominator.FULL_POINTS;
		}
	}

	/** A rule with full points at the target and proportional points below it. */
	public static ScoringRule of(String indicator, Direction direction, BigDecimal maxPoints, BigDecimal target) {
		return new ScoringRule(indicator, direction, maxPoints, target, null, null, null, null, false);
	}

	/** A done/not-done rule. */
	public static ScoringRule doneOrNot(String indicator, BigDecimal maxPoints) {
		return of(indicator, Direction.DONE_OR_NOT, maxPoints, null);
	}

	public ScoringRule withFloor(BigDecimal floor) {
		return new ScoringRule(this.indicator, this.direction, this.maxPoints, this.target, floor, this.bonusPerUnit,
				this.bonusCap, this.zeroDenominator, this.scoresWrongWay);
	}

	public ScoringRule withBonus(BigDecimal bonusPerUnit, BigDecimal bonusCap) {
		return new ScoringRule(this.indicator, this.direction, this.maxPoints, this.target, this.floor, bonusPerUnit,
				bonusCap, this.zeroDenominator, this.scoresWrongWay);
	}

	public ScoringRule withZeroDenominator(ZeroDenominator zeroDenominator) {
		return new ScoringRule(this.indicator, this.direction, this.maxPoints, this.target, this.floor,
				this.bonusPerUnit, this.bonusCap, zeroDenominator, this.scoresWrongWay);
	}

	/**
	 * The same rule scoring a change the wrong way (up for a decrease, down for an
	 * increase) by its floor or ratio instead of zero.
	 */
	public ScoringRule withWrongWayScored(boolean scoresWrongWay) {
		return new ScoringRule(this.indicator, this.direction, this.maxPoints, this.target, this.floor,
				this.bonusPerUnit, this.bonusCap, this.zeroDenominator, scoresWrongWay);
	}

	/** Everything wrong with this rule, empty when it can score. */
	public List<ScoringProblem> problems() {
		List<ScoringProblem> problems = new ArrayList<>();
		if (this.maxPoints == null || this.maxPoints.signum() <= 0) {
			problems.add(ScoringProblem.of("scoring.error.maxNotPositive", this.indicator));
		}
		if (this.direction != Direction.DONE_OR_NOT) {
			checkTarget(this.target, problems);
		}
		if (this.floor != null) {
			if (!this.direction.allowsFloor()) {
				problems.add(ScoringProblem.of("scoring.error.floorNotAllowed", this.indicator));
			}
			else if (this.target != null && this.floor.compareTo(this.target) != 0
					&& this.direction.meets(this.floor, this.target)) {
				problems.add(ScoringProblem.of("scoring.error.floorBetterThanTarget", this.indicator, this.floor,
						this.target));
			}
		}
		if (this.bonusPerUnit != null || this.bonusCap != null) {
			if (!this.direction.allowsBonus()) {
				problems.add(ScoringProblem.of("scoring.error.bonusNotAllowed", this.indicator));
			}
			else {
				if (this.bonusPerUnit == null || this.bonusPerUnit.signum() <= 0) {
					problems.add(ScoringProblem.of("scoring.error.bonusNotPositive", this.indicator));
				}
				if (this.bonusCap == null) {
					problems.add(ScoringProblem.of("scoring.error.bonusCapMissing", this.indicator));
				}
				else if (this.bonusCap.signum() <= 0) {
					problems.add(ScoringProblem.of("scoring.error.bonusCapNotPositive", this.indicator));
				}
			}
		}
		return problems;
	}

	private void checkTarget(BigDecimal value, List<ScoringProblem> problems) {
		if (value == null) {
			problems.add(ScoringProblem.of("scoring.error.targetMissing", this.indicator));
		}
		else if (this.direction.isChangeVsLastYear()) {
			// a decrease of more than 100% is impossible
			if (value.compareTo(MINUS_HUNDRED) < 0) {
				problems.add(ScoringProblem.of("scoring.error.changeTargetBelowLimit", this.indicator, value));
			}
		}
		else if (value.signum() < 0) {
			problems.add(ScoringProblem.of("scoring.error.targetNegative", this.indicator, value));
		}
	}

	/** Scores a measurement against the common target. */
	public IndicatorScore score(Measurement measurement) {
		return score(measurement, null);
	}

	/**
	 * Scores a measurement against the unit's own target, or the common target when
	 * {@code unitTarget} is {@code null}.
	 * @throws ScoringException when the rule is invalid, the unit target is less
	 * demanding than the common one (a unit may commit to more, never less), or the input
	 * shape does not fit the direction
	 */
	public IndicatorScore score(Measurement measurement, BigDecimal unitTarget) {
		Objects.requireNonNull(measurement, "measurement");
		List<ScoringProblem> problems = problems();
		if (!problems.isEmpty()) {
			throw new ScoringException(problems.get(0));
		}
		if (this.direction == Direction.DONE_OR_NOT) {
			if (!(measurement instanceof Measurement.Done done)) {
				throw wrongInput();
			}
			return done.done() ? result(this.maxPoints, null, null, ScoreReason.MET)
					: result(BigDecimal.ZERO, null, null, ScoreReason.NOT_DONE);
		}
		BigDecimal target = effectiveTarget(unitTarget);
		if (this.direction.isChangeVsLastYear()) {
			if (!(measurement instanceof Measurement.Change change)) {
				throw wrongInput();
			}
			if (change.lastYear().signum() == 0) {
				if (this.direction == Direction.CHANGE_VS_LAST_YEAR || change.thisPeriod().signum() > 0) {
					// nothing either year meets a decrease; anything from nothing meets
					// an increase
					boolean met = (this.direction == Direction.CHANGE_VS_LAST_YEAR) == (change.thisPeriod()
						.signum() == 0);
					return met ? result(this.maxPoints, null, target, ScoreReason.MET)
							: result(BigDecimal.ZERO, null, target, ScoreReason.UNDEFINED);
				}
				// nothing either year is no change for an increase
				return curve(BigDecimal.ZERO, round(BigDecimal.ZERO), target);
			}
			BigDecimal percent = change.thisPeriod()
				.subtract(change.lastYear())
				.multiply(HUNDRED)
				.divide(change.lastYear(), PRECISION);
			return curve(percent, round(percent), target);
		}
		if (measurement instanceof Measurement.Value value) {
			return curve(value.value(), value.value(), target);
		}
		if (measurement instanceof Measurement.Rate rate) {
			if (rate.denominator() == 0) {
				BigDecimal points = (this.zeroDenominator == ZeroDenominator.FULL_POINTS) ? this.maxPoints
						: BigDecimal.ZERO;
				return result(points, null, target, ScoreReason.NOT_APPLICABLE);
			}
			BigDecimal percent = BigDecimal.valueOf(rate.numerator())
				.multiply(HUNDRED)
				.divide(BigDecimal.valueOf(rate.denominator()), PRECISION);
			return curve(percent, round(percent), target);
		}
		throw wrongInput();
	}

	private BigDecimal effectiveTarget(BigDecimal unitTarget) {
		if (unitTarget == null) {
			return this.target;
		}
		List<ScoringProblem> problems = new ArrayList<>();
		checkTarget(unitTarget, problems);
		if (!problems.isEmpty()) {
			throw new ScoringException(problems.get(0));
		}
		if (!this.direction.isAtLeastAsDemanding(unitTarget, this.target)) {
			throw new ScoringException("scoring.error.unitTargetWeaker", this.indicator, unitTarget, this.target);
		}
		return unitTarget;
	}

	private IndicatorScore curve(BigDecimal achieved, BigDecimal shown, BigDecimal target) {
		if (this.direction.meets(achieved, target)) {
			return new IndicatorScore(round(this.maxPoints), bonus(achieved, target), shown, target, ScoreReason.MET);
		}
		if (this.direction == Direction.EXACT) {
			return result(BigDecimal.ZERO, shown, target, ScoreReason.NOT_EXACT);
		}
		if (this.floor != null && !this.direction.meets(achieved, this.floor)) {
			return result(BigDecimal.ZERO, shown, target, ScoreReason.BELOW_FLOOR);
		}
		if (this.direction.isChangeVsLastYear()) {
			return changeBelowTarget(achieved, shown, target);
		}
		// here achieved is strictly worse than the target, so no divisor below is zero
		BigDecimal share = switch (this.direction) {
			case HIGHER_IS_BETTER -> achieved.divide(target, PRECISION);
			case LOWER_IS_BETTER -> target.divide(achieved, PRECISION);
			default -> throw new IllegalStateException(this.direction.name());
		};
		return result(this.maxPoints.multiply(share), shown, target, ScoreReason.BELOW_TARGET);
	}

	/**
	 * A change strictly worse than the target and not beyond the floor: zero the wrong
	 * way unless the table scores it, else linear from the floor ("no change" without
	 * one) to the target, or the ratio of the values when the wrong way is scored and
	 * there is no floor.
	 */
	private IndicatorScore changeBelowTarget(BigDecimal achieved, BigDecimal shown, BigDecimal target) {
		boolean decrease = this.direction == Direction.CHANGE_VS_LAST_YEAR;
		boolean wrongWay = decrease ? achieved.signum() > 0 : achieved.signum() < 0;
		if (wrongWay && !this.scoresWrongWay) {
			return result(BigDecimal.ZERO, shown, target, ScoreReason.WRONG_WAY);
		}
		BigDecimal share;
		if (this.floor != null || !this.scoresWrongWay) {
			BigDecimal from = (this.floor != null) ? this.floor : BigDecimal.ZERO;
			if (!this.scoresWrongWay && !this.direction.meets(from, BigDecimal.ZERO)) {
				// a floor on the wrong side of "no change" counts from "no change" here
				from = BigDecimal.ZERO;
			}
			// achieved is strictly worse than the target and not worse than from, so
			// from differs from the target
			share = achieved.subtract(from).divide(target.subtract(from), PRECISION);
		}
		else {
			share = decrease ? HUNDRED.add(target).divide(HUNDRED.add(achieved), PRECISION)
					: HUNDRED.add(achieved).divide(HUNDRED.add(target), PRECISION);
		}
		return result(this.maxPoints.multiply(share), shown, target, ScoreReason.BELOW_TARGET);
	}

	private BigDecimal bonus(BigDecimal achieved, BigDecimal target) {
		if (this.bonusPerUnit == null) {
			return round(BigDecimal.ZERO);
		}
		BigDecimal beyond = (this.direction == Direction.HIGHER_IS_BETTER
				|| this.direction == Direction.INCREASE_VS_LAST_YEAR) ? achieved.subtract(target)
						: target.subtract(achieved);
		return round(this.bonusPerUnit.multiply(beyond).min(this.bonusCap));
	}

	private static IndicatorScore result(BigDecimal points, BigDecimal shown, BigDecimal target, ScoreReason reason) {
		return new IndicatorScore(round(points), round(BigDecimal.ZERO), shown, target, reason);
	}

	private ScoringException wrongInput() {
		return new ScoringException("scoring.error.wrongInput", this.indicator);
	}

	private static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
