package vn.thidua.shared.spreadsheet;

/** A column of an import sheet; implemented by each module's enum of columns. */
public interface ImportColumn {

	/** The column's index in the sheet (0 for A). */
	int ordinal();

	/** The column's constant name, as pages name the cell of a row. */
	String name();

	/** The message key of the column's name. */
	String messageKey();

	/** The column's letter in the sheet (A, B, …). */
	default String letter() {
		return String.valueOf((char) ('A' + ordinal()));
	}

}
