package vn.thidua.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.thidua.shared.spreadsheet.ImportRows;
import vn.thidua.shared.spreadsheet.SheetRow;
import vn.thidua.shared.spreadsheet.SpreadsheetRefusedException;
import vn.thidua.shared.text.VietnameseText;

/**
 * Reads the rows of the unit sheet, checking only what the cells themselves say (numbers,
 * dates, kinds); the rules that need the database or the other rows are checked by
 * {@link UnitImportService}.
 */
final class UnitImportReader {

	static final String MESSAGES = "unit.import.error.";

	/** More rows than a province has units is a mistake, and would bloat the session. */
	static final int MAX_ROWS = 2000;

	private static final List<DateTimeFormatter> DATE_FORMATS = Stream.of("d/M/uuuu", "d-M-uuuu", "d.M.uuuu")
		.map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	/** Whole numbers, optionally with "." as the thousands separator (1.852). */
	private static final Pattern INTEGER = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)");

	private UnitImportReader() {
	}

	/**
	 * @param sheet the rows of the sheet
	 * @param kinds known kinds by folded label or name
	 * @throws SpreadsheetRefusedException when the sheet is not the template or has no
	 * rows
	 */
	static List<UnitImportRow> read(List<SheetRow> sheet, Map<String, UnitKind> kinds) {
		int header = ImportRows.firstNonBlank(sheet);
		if (header < 0) {
			throw new SpreadsheetRefusedException(MESSAGES + "noRows");
		}
		if (!isHeader(sheet.get(header))) {
			throw new SpreadsheetRefusedException(MESSAGES + "header", expectedHeader());
		}
		return ImportRows.read(sheet, header, MAX_ROWS, MESSAGES, row -> readRow(row, kinds));
	}

	private static UnitImportRow readRow(SheetRow row, Map<String, UnitKind> kinds) {
		int number = row.number();
		List<UnitImportError> errors = new ArrayList<>();
		String code = text(row, UnitImportColumn.CODE);
		String name = text(row, UnitImportColumn.NAME);
		String shortName = text(row, UnitImportColumn.SHORT_NAME);
		String kindText = text(row, UnitImportColumn.KIND);
		String parentCode = text(row, UnitImportColumn.PARENT_CODE);

		UnitKind kind = null;
		if (kindText != null) {
			kind = kinds.get(VietnameseText.fold(kindText));
			if (kind == null) {
				errors
					.add(UnitImportError.of(number, UnitImportColumn.KIND, "unit.import.error.unknownKind", kindText));
			}
		}

		Integer headcount = null;
		String headcountText = text(row, UnitImportColumn.HEADCOUNT);
		if (headcountText != null) {
			BigDecimal value = number(row.number(UnitImportColumn.HEADCOUNT.ordinal()), headcountText);
			if (value == null) {
				errors.add(UnitImportError.of(number, UnitImportColumn.HEADCOUNT, "unit.import.error.notNumber",
						headcountText));
			}
			else if (value.signum() < 0) {
				errors.add(UnitImportError.of(number, UnitImportColumn.HEADCOUNT, "unit.import.error.negative"));
			}
			else {
				headcount = value.intValueExact();
			}
		}

		LocalDate validFrom;
		String validFromText;
		int dateColumn = UnitImportColumn.VALID_FROM.ordinal();
		if (row.isNumber(dateColumn)) {
			// a real Excel date: a serial day number (the cell's format does not matter)
			validFrom = row.date(dateColumn);
			validFromText = validFrom != null ? DateTimeFormatter.ofPattern("dd/MM/yyyy").format(validFrom)
					: row.text(dateColumn);
		}
		else {
			validFromText = row.text(dateColumn);
			validFrom = validFromText == null ? null : parseDate(validFromText);
		}
		if (validFromText != null && validFrom == null) {
			errors.add(UnitImportError.of(number, UnitImportColumn.VALID_FROM, "unit.import.error.notDate",
					validFromText));
		}
		return new UnitImportRow(number, code, name, shortName, kindText, kind, parentCode, headcountText, headcount,
				validFromText, validFrom, errors);
	}

	private static boolean isHeader(SheetRow row) {
		for (UnitImportColumn column : UnitImportColumn.values()) {
			String text = VietnameseText.fold(text(row, column));
			if (!text.equals(VietnameseText.fold(column.vietnameseHeader()))
					&& !text.equals(VietnameseText.fold(column.englishHeader()))) {
				return false;
			}
		}
		return true;
	}

	static String expectedHeader() {
		return String.join(" | ",
				Arrays.stream(UnitImportColumn.values()).map(UnitImportColumn::vietnameseHeader).toList());
	}

	private static String text(SheetRow row, UnitImportColumn column) {
		return row.text(column.ordinal());
	}

	/** A whole number from a number cell or from text such as "1.852"; else null. */
	private static BigDecimal number(BigDecimal cell, String text) {
		if (cell != null) {
			BigDecimal value = cell.stripTrailingZeros();
			return value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0 ? value
					: null;
		}
		String compact = text.replace(" ", "");
		if (!INTEGER.matcher(compact).matches()) {
			return null;
		}
		BigDecimal value = new BigDecimal(compact.replace(".", ""));
		return value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0 ? value : null;
	}

	static LocalDate parseDate(String text) {
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

}
