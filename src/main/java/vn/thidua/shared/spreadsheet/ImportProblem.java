package vn.thidua.shared.spreadsheet;

import java.util.Comparator;

/** One problem of an import file: of the file as a whole (row 0), or of a row's cell. */
public interface ImportProblem {

	/**
	 * Problems in the order a preview lists them: the file's own, then by row and column.
	 */
	Comparator<ImportProblem> ORDER = Comparator.comparingInt(ImportProblem::row)
		.thenComparingInt(problem -> problem.column() == null ? -1 : problem.column().ordinal());

	/** The row number as Excel shows it, or 0 for the file as a whole. */
	int row();

	/** The column concerned, or {@code null}. */
	ImportColumn column();

	/** The reason, a message key. */
	String messageKey();

	/** The reason's arguments, as a message expression wants them. */
	Object[] args();

	default boolean isFileError() {
		return row() == 0;
	}

}
