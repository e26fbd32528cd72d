package vn.thidua.organization;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of reading and checking an import file: every row with its errors. Kept in
 * the HTTP session under a random token until the user confirms or starts over.
 *
 * @param token the key in the session
 * @param fileName the uploaded file's name
 * @param rows the data rows, in file order
 * @param errors every problem found, the file's own first, then by row and column
 */
public record UnitImportPreview(String token, String fileName, List<UnitImportRow> rows,
		List<UnitImportError> errors) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public UnitImportPreview {
		rows = List.copyOf(rows);
		errors = List.copyOf(errors);
	}

	/** Whether every row is valid, so that the import may be confirmed. */
	public boolean valid() {
		return this.errors.isEmpty() && !this.rows.isEmpty();
	}

	public List<UnitImportError> fileErrors() {
		return this.errors.stream().filter(UnitImportError::isFileError).toList();
	}

	/** Errors by row number. */
	public Map<Integer, List<UnitImportError>> errorsByRow() {
		return this.errors.stream()
			.filter(error -> !error.isFileError())
			.collect(Collectors.groupingBy(UnitImportError::row));
	}

	/** Whether a cell has an error, to mark it in the preview. */
	public boolean hasError(int row, String column) {
		return this.errors.stream()
			.anyMatch(error -> error.row() == row && error.column() != null && error.column().name().equals(column));
	}

	/** Errors of the rows, without those of the file as a whole. */
	public List<UnitImportError> rowErrors() {
		return this.errors.stream().filter(error -> !error.isFileError()).toList();
	}

	public long rowsWithErrors() {
		return this.errors.stream().filter(error -> !error.isFileError()).map(UnitImportError::row).distinct().count();
	}

	UnitImportPreview withErrors(List<UnitImportError> newErrors) {
		return new UnitImportPreview(this.token, this.fileName, this.rows, newErrors);
	}

}
