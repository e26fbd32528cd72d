package vn.thidua.result;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import vn.thidua.shared.spreadsheet.ImportPreview;

/**
 * An uploaded entry template read and checked: every row with its errors. Kept in the
 * HTTP session under a random token until confirmed, so that what is saved is exactly
 * what was previewed.
 *
 * @param token the key in the session
 * @param reportId the report the file was uploaded to
 * @param version the report's version when the file was read: the confirmation is refused
 * when the report changed meanwhile
 * @param fileName the uploaded file's name
 * @param rows the indicator rows, in file order
 * @param errors every problem found, the file's own first, then by row and column
 */
public record ResultImportPreview(String token, long reportId, long version, String fileName,
		List<ResultImportRow> rows,
		List<ResultImportError> errors) implements ImportPreview<ResultImportRow, ResultImportError>, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public ResultImportPreview {
		rows = List.copyOf(rows);
		errors = List.copyOf(errors);
	}

	/** The rows as the entry form, with the version read. */
	EntryForm toForm() {
		EntryForm form = new EntryForm();
		this.rows.forEach(row -> form.getEntries().add(row.toLine()));
		form.setVersion(this.version);
		return form;
	}

	ResultImportPreview withErrors(List<ResultImportError> newErrors) {
		return new ResultImportPreview(this.token, this.reportId, this.version, this.fileName, this.rows, newErrors);
	}

}
