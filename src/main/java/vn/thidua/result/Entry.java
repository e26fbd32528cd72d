package vn.thidua.result;

import java.math.BigDecimal;

import vn.thidua.campaign.scoring.Measurement;
import vn.thidua.campaign.scoring.ScoringException;

/**
 * The figures of one indicator, parsed from a form and not yet checked against the
 * indicator: an empty field is {@code null}.
 *
 * @param amount the value (or this period's value for a change against last year)
 * @param numerator the numerator of a rate, a whole count
 * @param denominator the denominator of a rate, a whole count
 * @param lastYear the same period's value last year
 * @param done whether a done-or-not indicator is done
 * @param note the unit's note
 */
public record Entry(BigDecimal amount, Long numerator, Long denominator, BigDecimal lastYear, Boolean done,
		String note) {

	/** Whether nothing was entered for the figures (a note aside). */
	public boolean isEmpty(EntryKind kind) {
		return switch (kind) {
			case VALUE -> this.amount == null;
			case RATIO -> this.numerator == null && this.denominator == null;
			case CHANGE -> this.amount == null && this.lastYear == null;
			case DONE -> this.done == null;
		};
	}

	/**
	 * The measurement to score, or {@code null} while the figures are incomplete.
	 * @throws ScoringException (with the field in {@link #field(ScoringException)}) when
	 * a figure is impossible: negative, or a numerator above its denominator
	 */
	public Measurement measurement(EntryKind kind) {
		return switch (kind) {
			case VALUE -> this.amount == null ? null : Measurement.value(this.amount);
			case RATIO -> (this.numerator == null || this.denominator == null) ? partialRate()
					: Measurement.rate(this.numerator, this.denominator);
			case CHANGE -> (this.amount == null || this.lastYear == null) ? partialChange()
					: Measurement.change(this.amount, this.lastYear);
			case DONE -> this.done == null ? null : Measurement.done(this.done);
		};
	}

	/** A half-entered rate still has its entered count checked. */
	private Measurement partialRate() {
		if (this.numerator != null && this.numerator < 0) {
			throw new ScoringException("scoring.error.negativeValue", this.numerator);
		}
		if (this.denominator != null && this.denominator < 0) {
			throw new ScoringException("scoring.error.negativeValue", this.denominator);
		}
		return null;
	}

	private Measurement partialChange() {
		if (this.amount != null && this.amount.signum() < 0) {
			throw new ScoringException("scoring.error.negativeValue", this.amount);
		}
		if (this.lastYear != null && this.lastYear.signum() < 0) {
			throw new ScoringException("scoring.error.negativeValue", this.lastYear);
		}
		return null;
	}

	/** The form field a refused figure belongs to. */
	String field(EntryKind kind, ScoringException ex) {
		String key = ex.getProblem().messageKey();
		return switch (kind) {
			case VALUE, DONE -> "amount";
			case RATIO -> {
				if (key.equals("scoring.error.numeratorAboveDenominator")) {
					yield "numerator";
				}
				yield (this.denominator != null && this.denominator < 0
						&& (this.numerator == null || this.numerator >= 0)) ? "denominator" : "numerator";
			}
			case CHANGE -> (this.amount != null && this.amount.signum() < 0) ? "amount" : "lastYear";
		};
	}

}
