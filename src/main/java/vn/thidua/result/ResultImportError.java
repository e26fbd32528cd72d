package vn.thidua.result;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import vn.thidua.shared.spreadsheet.ImportProblem;
import vn.thidua.shared.spreadsheet.SpreadsheetRefusedException;

/**
 * One problem found in an uploaded entry template.
 *
 * @param row the row number as Excel shows it, or 0 for the file as a whole
 * @param column the column concerned, or {@code null}
 * @param messageKey the reason, a message key
 * @param arguments the reason's arguments: numbers stay numbers for the message's
 * formats, anything else as text
 */
public record ResultImportError(int row, ResultImportColumn column, String messageKey,
		List<Serializable> arguments) implements ImportProblem, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public ResultImportError {
		arguments = List.copyOf(arguments);
	}

	static ResultImportError of(int row, ResultImportColumn column, String messageKey, Object... arguments) {
		return new ResultImportError(row, column, messageKey,
				Arrays.stream(arguments).map(ResultImportError::serializable).toList());
	}

	private static Serializable serializable(Object argument) {
		return argument instanceof Number number && argument instanceof Serializable serializable ? serializable
				: String.valueOf(argument);
	}

	static ResultImportError ofFile(String messageKey, Object... arguments) {
		return of(0, null, messageKey, arguments);
	}

	static ResultImportError ofFile(SpreadsheetRefusedException refused) {
		return ofFile(refused.messageKey(), refused.arguments());
	}

	@Override
	public Object[] args() {
		return this.arguments.toArray();
	}

}
