package vn.thidua.campaign;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Numbers typed Vietnamese-style: a decimal comma ("92,5"), a point accepted too; shown
 * back with a comma.
 */
class DecimalCommaEditor extends PropertyEditorSupport {

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
