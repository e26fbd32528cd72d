package vn.thidua.organization;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import vn.thidua.shared.spreadsheet.ImportProblem;
import vn.thidua.shared.spreadsheet.SpreadsheetRefusedException;

/**
 * One problem found in an import file, shown in the user's language.
 *
 * @param row the row number as Excel shows it, or 0 for the file as a whole
 * @param column the column concerned, or {@code null}
 * @param messageKey the reason, a message key of the {@code unit} bundle
 * @param arguments the reason's arguments, as text
 */
public record UnitImportError(int row, UnitImportColumn column, String messageKey,
		List<String> arguments) implements ImportProblem, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public UnitImportError {
		arguments = List.copyOf(arguments);
	}

	static UnitImportError of(int row, UnitImportColumn column, String messageKey, Object... arguments) {
		return new UnitImportError(row, column, messageKey,
				java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}

	static UnitImportError ofFile(String messageKey, Object... arguments) {
		return of(0, null, messageKey, arguments);
	}

	static UnitImportError ofFile(SpreadsheetRefusedException refused) {
		return ofFile(refused.messageKey(), refused.arguments());
	}

	@Override
	public Object[] args() {
		return this.arguments.toArray();
	}

}
