package vn.thidua.organization;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import vn.thidua.shared.spreadsheet.ImportPreview;

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
		List<UnitImportError> errors) implements ImportPreview<UnitImportRow, UnitImportError>, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public UnitImportPreview {
		rows = List.copyOf(rows);
		errors = List.copyOf(errors);
	}

	UnitImportPreview withErrors(List<UnitImportError> newErrors) {
		return new UnitImportPreview(this.token, this.fileName, this.rows, newErrors);
	}

}
