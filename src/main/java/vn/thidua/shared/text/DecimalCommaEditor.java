package vn.thidua.shared.text;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Numbers typed Vietnamese-style, for form fields: a decimal comma and points between
 * thousands ("1.250,5"); shown back with a comma. Without a comma a point is read as
 * Vietnamese writes it when it groups thousands ("1.000" is one thousand, as a scale of
 * 1000 points is written) and as a decimal point otherwise ("92.5"), so that numbers
 * typed the English way still read.
 */
public class DecimalCommaEditor extends PropertyEditorSupport {

	private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+");

	@Override
	public void setAsText(String text) {
		String value = text == null ? "" : text.trim().replace(" ", "");
		if (value.isEmpty()) {
			setValue(null);
			return;
		}
		if (value.contains(",")) {
			value = value.replace(".", "").replace(',', '.');
		}
		else if (THOUSANDS.matcher(value).matches()) {
			value = value.replace(".", "");
		}
		try {
			setValue(new BigDecimal(value));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : ((BigDecimal) value).stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
