package vn.thidua.shared.text;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers typed Vietnamese-style, for form fields: a decimal comma and points between
 * thousands ("1.250,5"); shown back with a comma. Without a comma a point is read as
 * Vietnamese writes it when it groups thousands ("1.000" is one thousand, as a scale of
 * 1000 points is written) and as a decimal point otherwise ("92.5"), so that numbers
 * typed the English way still read.
 * <p>
 * Only plain numbers of a bounded length are read: an exponent ("1e1000000") is refused,
 * because such a number is cheap to type and expensive to expand into its digits.
 */
public class DecimalCommaEditor extends PropertyEditorSupport {

	/**
	 * The longest text read as a number: more digits than any figure of the application
	 * holds, with room for thousands separators.
	 */
	public static final int MAX_LENGTH = 40;

	/** Digits before the decimal point: beyond every numeric column of the schema. */
	public static final int MAX_INTEGER_DIGITS = 18;

	/** Digits after the decimal point. */
	public static final int MAX_SCALE = 10;

	private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

	private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");

	@Override
	public void setAsText(String text) {
		setValue(parse(text));
	}

	/**
	 * The number the text stands for, or {@code null} for an empty text.
	 * @throws IllegalArgumentException if the text is not a plain number within the
	 * bounds above
	 */
	public static BigDecimal parse(String text) {
		String value = text == null ? "" : text.strip().replace(" ", "");
		if (value.isEmpty()) {
			return null;
		}
		if (value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("Number too long");
		}
		if (value.contains(",")) {
			value = value.replace(".", "").replace(',', '.');
		}
		else if (THOUSANDS.matcher(value).matches()) {
			value = value.replace(".", "");
		}
		if (!PLAIN.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a plain number");
		}
		BigDecimal number = new BigDecimal(value);
		if (!withinBounds(number)) {
			throw new IllegalArgumentException("Number out of range");
		}
		return number;
	}

	/**
	 * Whether a number has at most {@link #MAX_INTEGER_DIGITS} digits before the point
	 * and {@link #MAX_SCALE} after it; cheap whatever its exponent, as no digit is
	 * expanded.
	 */
	public static boolean withinBounds(BigDecimal number) {
		return number.precision() - number.scale() <= MAX_INTEGER_DIGITS && number.scale() <= MAX_SCALE;
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : ((BigDecimal) value).stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
