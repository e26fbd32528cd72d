package vn.thidua.result;

import java.io.Serial;
import java.io.Serializable;

/**
 * One indicator's row of an uploaded entry template, as read: the figures as text in the
 * entry form's format, so that they are checked and saved exactly like typed figures.
 *
 * @param rowNumber the row number as Excel shows it
 * @param code the indicator code
 * @param indicator the indicator's name in the report, or as written when unknown
 * @param valueId the report's line of the indicator, {@code null} when unknown
 * @param kind how the indicator is entered, {@code null} when unknown
 * @param amount the value or this period's value
 * @param numerator the numerator of a rate
 * @param denominator the denominator of a rate
 * @param lastYear the same period last year
 * @param done "true", "false" or empty
 * @param doneText the done cell as written
 * @param note the note
 */
public record ResultImportRow(int rowNumber, String code, String indicator, Long valueId, EntryKind kind, String amount,
		String numerator, String denominator, String lastYear, String done, String doneText,
		String note) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The row as a line of the entry form. */
	EntryLine toLine() {
		EntryLine line = new EntryLine();
		line.setValueId(this.valueId);
		line.setAmount(this.amount);
		line.setNumerator(this.numerator);
		line.setDenominator(this.denominator);
		line.setLastYear(this.lastYear);
		line.setDone(this.done);
		line.setNote(this.note);
		return line;
	}

}
