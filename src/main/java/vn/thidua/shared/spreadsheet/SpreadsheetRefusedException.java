package vn.thidua.shared.spreadsheet;

import java.util.Arrays;
import java.util.List;

/**
 * A workbook refused as a whole: too large, not an XLSX file, over a limit, unreadable.
 * Nothing of it is kept.
 */
public class SpreadsheetRefusedException extends RuntimeException {

	private final String messageKey;

	private final transient List<Object> arguments;

	public SpreadsheetRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = Arrays.asList(arguments.clone());
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
