package vn.thidua.shared.spreadsheet;

import java.util.List;

/**
 * An import refused for the errors of its rows, every one listed; nothing was saved (the
 * importing transaction is rolled back).
 */
public class ImportRefusedException extends RuntimeException {

	/**
	 * One refused row: its number as Excel shows it, the column (the message key of its
	 * header, or {@code null}) and why.
	 */
	public record RowError(int row, String column, String messageKey, List<Object> arguments) {

	}

	private final transient List<RowError> errors;

	public ImportRefusedException(List<RowError> errors) {
		super("Import refused: " + errors.size() + " errors");
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return this.errors;
	}

}
