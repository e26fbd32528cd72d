package vn.thidua.shared.spreadsheet;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An import file read and checked: every row with its errors. A module's preview record
 * (kept in the HTTP session until confirmed) implements it, and the shared preview
 * fragment {@code fragments/import-preview} shows it.
 *
 * @param <R> the module's row
 * @param <E> the module's problem
 */
public interface ImportPreview<R, E extends ImportProblem> {

	/**
	 * The key of the preview in the session, so that what is confirmed is what was shown.
	 */
	String token();

	String fileName();

	/** The data rows, in file order. */
	List<R> rows();

	/** Every problem, in {@link ImportProblem#ORDER}. */
	List<E> errors();

	/** Whether every row is valid, so that the import may be confirmed. */
	default boolean valid() {
		return errors().isEmpty() && !rows().isEmpty();
	}

	default List<E> fileErrors() {
		return errors().stream().filter(ImportProblem::isFileError).toList();
	}

	/** Errors of the rows, without those of the file as a whole. */
	default List<E> rowErrors() {
		return errors().stream().filter(error -> !error.isFileError()).toList();
	}

	/** Errors by row number. */
	default Map<Integer, List<E>> errorsByRow() {
		return rowErrors().stream().collect(Collectors.groupingBy(ImportProblem::row));
	}

	default long rowsWithErrors() {
		return rowErrors().stream().map(ImportProblem::row).distinct().count();
	}

	/** Whether a cell has an error, to mark it in the preview. */
	default boolean hasError(int row, String column) {
		return errors().stream()
			.anyMatch(error -> error.row() == row && error.column() != null && error.column().name().equals(column));
	}

}
