package vn.thidua.organization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.thidua.shared.text.VietnameseText;

/**
 * Reads the first sheet of an XLSX file into rows, checking only what the cells
 * themselves say (required values, numbers, dates, kinds); the rules that need the
 * database or the other rows are checked by {@link UnitImportService}.
 */
final class UnitImportReader {

	/** More rows than a province has units is a mistake, and would bloat the session. */
	static final int MAX_ROWS = 2000;

	private static final List<DateTimeFormatter> DATE_FORMATS = Stream.of("d/M/uuuu", "d-M-uuuu", "d.M.uuuu")
		.map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	/** Whole numbers, optionally with "." as the thousands separator (1.852). */
	private static final Pattern INTEGER = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)");

	/** Excel's serial days of 01/01/1900 and 31/12/2100. */
	private static final double FIRST_SERIAL = 1;

	private static final double LAST_SERIAL = 73415;

	private UnitImportReader() {
	}

	/** Rows read and problems of the file as a whole. */
	record Result(List<UnitImportRow> rows, List<UnitImportError> fileErrors) {

	}

	/**
	 * @param content the uploaded bytes
	 * @param kinds known kinds by folded label or name
	 */
	static Result read(byte[] content, Map<String, UnitKind> kinds) {
		// zero-padded, since the header checks want at least 8 bytes
		byte[] head = Arrays.copyOf(content, 8);
		if (content.length == 0) {
			return failure("unit.import.error.emptyFile");
		}
		if (ReadableWorkbook.isOLE2Header(head)) {
			return failure("unit.import.error.oldExcel");
		}
		if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
			return failure("unit.import.error.notXlsx");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			return read(stream.iterator(), kinds);
		}
		catch (IOException | RuntimeException ex) {
			return failure("unit.import.error.unreadable");
		}
	}

	private static Result read(Iterator<Row> iterator, Map<String, UnitKind> kinds) {
		Row header = null;
		while (iterator.hasNext() && header == null) {
			Row row = iterator.next();
			if (!isBlank(row)) {
				header = row;
			}
		}
		if (header == null) {
			return failure("unit.import.error.noRows");
		}
		if (!isHeader(header)) {
			return failure("unit.import.error.header", expectedHeader());
		}
		List<UnitImportRow> rows = new ArrayList<>();
		while (iterator.hasNext()) {
			Row row = iterator.next();
			if (isBlank(row)) {
				continue;
			}
			if (rows.size() == MAX_ROWS) {
				return failure("unit.import.error.tooManyRows", MAX_ROWS);
			}
			rows.add(readRow(row, kinds));
		}
		if (rows.isEmpty()) {
			return failure("unit.import.error.noRows");
		}
		return new Result(rows, List.of());
	}

	private static UnitImportRow readRow(Row row, Map<String, UnitKind> kinds) {
		int number = row.getRowNum();
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
			BigDecimal value = number(cell(row, UnitImportColumn.HEADCOUNT), headcountText);
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

		LocalDate validFrom = null;
		String validFromText = null;
		Optional<Cell> dateCell = cell(row, UnitImportColumn.VALID_FROM);
		if (dateCell.isPresent() && dateCell.get().getType() == CellType.NUMBER) {
			validFrom = excelDate(dateCell.get());
			validFromText = validFrom != null ? DateTimeFormatter.ofPattern("dd/MM/yyyy").format(validFrom)
					: text(row, UnitImportColumn.VALID_FROM);
		}
		else {
			validFromText = text(row, UnitImportColumn.VALID_FROM);
			validFrom = validFromText == null ? null : parseDate(validFromText);
		}
		if (validFromText != null && validFrom == null) {
			errors.add(UnitImportError.of(number, UnitImportColumn.VALID_FROM, "unit.import.error.notDate",
					validFromText));
		}
		return new UnitImportRow(number, code, name, shortName, kindText, kind, parentCode, headcountText, headcount,
				validFromText, validFrom, errors);
	}

	private static Result failure(String messageKey, Object... arguments) {
		return new Result(List.of(), List.of(UnitImportError.ofFile(messageKey, arguments)));
	}

	private static boolean isHeader(Row row) {
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

	private static boolean isBlank(Row row) {
		for (Cell cell : row) {
			if (cell != null && cell.getType() != CellType.EMPTY && clean(cell.getText()) != null) {
				return false;
			}
		}
		return true;
	}

	private static Optional<Cell> cell(Row row, UnitImportColumn column) {
		return row.getOptionalCell(column.ordinal());
	}

	/** The cell as text: numbers without a trailing ".0", blank as {@code null}. */
	private static String text(Row row, UnitImportColumn column) {
		Optional<Cell> optional = cell(row, column);
		if (optional.isEmpty()) {
			return null;
		}
		Cell cell = optional.get();
		return switch (cell.getType()) {
			case EMPTY -> null;
			case NUMBER -> clean(cell.asNumber().stripTrailingZeros().toPlainString());
			case STRING -> clean(cell.asString());
			default -> clean(cell.getRawValue());
		};
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.replace('\u00A0', ' ').strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/** A whole number from a number cell or from text such as "1.852"; else null. */
	private static BigDecimal number(Optional<Cell> cell, String text) {
		if (cell.isPresent() && cell.get().getType() == CellType.NUMBER) {
			BigDecimal value = cell.get().asNumber().stripTrailingZeros();
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

	/** A real Excel date: a serial day number (the cell's format does not matter). */
	private static LocalDate excelDate(Cell cell) {
		BigDecimal serial = cell.asNumber();
		if (serial.doubleValue() < FIRST_SERIAL || serial.doubleValue() > LAST_SERIAL) {
			return null;
		}
		try {
			return cell.asDate().toLocalDate();
		}
		catch (RuntimeException ex) {
			return null;
		}
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
