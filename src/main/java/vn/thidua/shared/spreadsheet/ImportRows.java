package vn.thidua.shared.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The data rows under a sheet's header, each read and checked by the module's own rules.
 */
public final class ImportRows {

	private ImportRows() {
	}

	/**
	 * Reads the non-blank rows after the header.
	 * @param rows the sheet's rows
	 * @param header the index of the header row in {@code rows}
	 * @param maxRows the module's limit of data rows
	 * @param messagePrefix the module's message keys {@code tooManyRows} (with the limit)
	 * and {@code noRows}
	 * @param reader reads one row and records its problems
	 * @throws SpreadsheetRefusedException when there are no data rows or too many
	 */
	public static <R> List<R> read(List<SheetRow> rows, int header, int maxRows, String messagePrefix,
			Function<SheetRow, R> reader) {
		List<R> read = new ArrayList<>();
		for (SheetRow row : rows.subList(header + 1, rows.size())) {
			if (row.isBlank()) {
				continue;
			}
			if (read.size() == maxRows) {
				throw new SpreadsheetRefusedException(messagePrefix + "tooManyRows", maxRows);
			}
			read.add(reader.apply(row));
		}
		if (read.isEmpty()) {
			throw new SpreadsheetRefusedException(messagePrefix + "noRows");
		}
		return read;
	}

	/** The index of the first row that is not blank, or -1. */
	public static int firstNonBlank(List<SheetRow> rows) {
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

}
