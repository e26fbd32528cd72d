package vn.thidua.campaign.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a unit achieved for one indicator, in one of the input shapes an indicator may
 * have. Each shape checks its own values when created and throws a
 * {@link ScoringException} with a message key, so that a nonsensical input never reaches
 * the scoring curve.
 */
public sealed interface Measurement {

	/** A plain value in the indicator's unit of measure (%, vụ, người ...). */
	static Measurement value(BigDecimal value) {
		return new Value(value);
	}

	/** A rate in % computed from counts, e.g. cases solved / cases occurred. */
	static Measurement rate(long numerator, long denominator) {
		return new Rate(numerator, denominator);
	}

	/**
	 * This period's value and the same period's value last year, for
	 * {@link Direction#CHANGE_VS_LAST_YEAR}.
	 */
	static Measurement change(BigDecimal thisPeriod, BigDecimal lastYear) {
		return new Change(thisPeriod, lastYear);
	}

	/**
	 * The cumulative change (lũy kế) of several periods: the sum of this year's values
	 * against the sum of last year's, so that the % change is of the totals, not an
	 * average of the months' changes. January 10 against 20 and February 30 against 20
	 * are 40 against 40 at February: no change, where the months' −50% and +50% say
	 * nothing about the whole.
	 * @throws IllegalArgumentException when there is no period
	 */
	static Change cumulative(java.util.Collection<Change> periods) {
		if (periods.isEmpty()) {
			throw new IllegalArgumentException("No period to add up");
		}
		BigDecimal thisYear = BigDecimal.ZERO;
		BigDecimal lastYear = BigDecimal.ZERO;
		for (Change period : periods) {
			thisYear = thisYear.add(period.thisPeriod());
			lastYear = lastYear.add(period.lastYear());
		}
		return new Change(thisYear, lastYear);
	}

	/** Done or not, for {@link Direction#DONE_OR_NOT}. */
	static Measurement done(boolean done) {
		return new Done(done);
	}

	/**
	 * A plain value; never negative (counts and percentages are not), so a typing error
	 * is caught rather than scored.
	 */
	record Value(BigDecimal value) implements Measurement {

		public Value {
			Objects.requireNonNull(value, "value");
			if (value.signum() < 0) {
				throw new ScoringException("scoring.error.negativeValue", value);
			}
		}

	}

	/**
	 * A rate from whole counts. The numerator may not exceed the denominator: a rate
	 * above 100% means the counts were entered the wrong way round. A zero denominator is
	 * allowed and means "not applicable" (see {@link ZeroDenominator}).
	 */
	record Rate(long numerator, long denominator) implements Measurement {

		public Rate {
			if (numerator < 0) {
				throw new ScoringException("scoring.error.negativeValue", numerator);
			}
			if (denominator < 0) {
				throw new ScoringException("scoring.error.negativeValue", denominator);
			}
			if (numerator > denominator) {
				throw new ScoringException("scoring.error.numeratorAboveDenominator", numerator, denominator);
			}
		}

	}

	/** This period against the same period last year; neither may be negative. */
	record Change(BigDecimal thisPeriod, BigDecimal lastYear) implements Measurement {

		public Change {
			Objects.requireNonNull(thisPeriod, "thisPeriod");
			Objects.requireNonNull(lastYear, "lastYear");
			if (thisPeriod.signum() < 0) {
				throw new ScoringException("scoring.error.negativeValue", thisPeriod);
			}
			if (lastYear.signum() < 0) {
				throw new ScoringException("scoring.error.negativeValue", lastYear);
			}
		}

	}

	/** Done or not done. */
	record Done(boolean done) implements Measurement {
	}

}
