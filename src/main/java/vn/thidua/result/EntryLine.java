package vn.thidua.result;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

import vn.thidua.shared.text.DecimalCommaEditor;

/**
 * One indicator's line of the entry form, as typed: numbers are read here, Vietnamese
 * style ("1.250,5"), so that a figure that is not a number gets a message on its field
 * rather than a binding error.
 */
@Getter
@Setter
public class EntryLine {

	private static final Pattern WHOLE = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d+");

	/** Digits before the point that a figure's column (numeric(14, 4)) holds. */
	private static final int MAX_INTEGER_DIGITS = 10;

	private Long valueId;

	private String amount;

	private String numerator;

	private String denominator;

	private String lastYear;

	/** "true", "false" or empty. */
	private String done;

	@Size(max = 2000)
	private String note;

	public EntryLine() {
	}

	EntryLine(ResultValue value) {
		this.valueId = value.getId();
		this.amount = text(value.getAmount());
		this.numerator = value.getNumerator() == null ? "" : value.getNumerator().toString();
		this.denominator = value.getDenominator() == null ? "" : value.getDenominator().toString();
		this.lastYear = text(value.getLastYear());
		this.done = value.getDone() == null ? "" : value.getDone().toString();
		this.note = value.getNote();
	}

	/**
	 * The figures read from the text.
	 * @throws EntryRefusedException on the first field that is not a number (or not a
	 * whole count)
	 */
	Entry parse(String prefix) {
		return new Entry(decimal(this.amount, prefix + "amount"), count(this.numerator, prefix + "numerator"),
				count(this.denominator, prefix + "denominator"), decimal(this.lastYear, prefix + "lastYear"),
				this.done == null || this.done.isBlank() ? null : Boolean.valueOf(this.done), this.note);
	}

	private static BigDecimal decimal(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		DecimalCommaEditor editor = new DecimalCommaEditor();
		try {
			editor.setAsText(text);
		}
		catch (IllegalArgumentException ex) {
			throw new EntryRefusedException(field, "result.error.notANumber", shown(text));
		}
		BigDecimal number = (BigDecimal) editor.getValue();
		if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
			throw new EntryRefusedException(field, "result.error.tooLarge", shown(text));
		}
		return number;
	}

	private static Long count(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip().replace(" ", "");
		boolean negative = value.startsWith("-");
		String digits = negative ? value.substring(1) : value;
		if (!WHOLE.matcher(digits).matches()) {
			decimal(text, field);
			throw new EntryRefusedException(field, "result.error.notWholeCount", shown(text));
		}
		String plain = digits.replace(".", "").replaceFirst("^0+(?=\\d)", "");
		if (plain.length() > MAX_INTEGER_DIGITS) {
			throw new EntryRefusedException(field, "result.error.tooLarge", shown(text));
		}
		long number = Long.parseLong(plain);
		return negative ? -number : number;
	}

	/** The refused text as the message quotes it: its beginning only when it is long. */
	private static String shown(String text) {
		String value = text.strip();
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	private static String text(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
