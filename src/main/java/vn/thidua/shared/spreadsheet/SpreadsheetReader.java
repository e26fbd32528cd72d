package vn.thidua.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Reads the first sheet of an uploaded XLSX file into rows, after checking it against the
 * {@link SpreadsheetLimits}. The refusals common to every import have shared messages
 * ({@code spreadsheet.error.*}); those a module words its own way (an empty file, an old
 * .xls file, not an XLSX file, a damaged one) use the module's prefix.
 */
@Component
@EnableConfigurationProperties(SpreadsheetLimits.class)
public class SpreadsheetReader {

	/** Excel's serial days of 01/01/1900 and 31/12/2100. */
	private static final double FIRST_SERIAL = 1;

	private static final double LAST_SERIAL = 73415;

	private final SpreadsheetLimits limits;

	public SpreadsheetReader(SpreadsheetLimits limits) {
		this.limits = limits;
	}

	public SpreadsheetLimits limits() {
		return this.limits;
	}

	/**
	 * @param content the uploaded bytes
	 * @param messagePrefix the module's message keys of the file's own refusals, such as
	 * {@code unit.import.error.}: {@code emptyFile}, {@code oldExcel}, {@code notXlsx},
	 * {@code unreadable}
	 * @return every row of the first sheet, blank ones included, in order
	 * @throws SpreadsheetRefusedException when the file is not read
	 */
	public List<SheetRow> read(byte[] content, String messagePrefix) {
		if (content.length == 0) {
			throw new SpreadsheetRefusedException(messagePrefix + "emptyFile");
		}
		// zero-padded, since the header checks want at least 8 bytes
		byte[] head = Arrays.copyOf(content, 8);
		if (ReadableWorkbook.isOLE2Header(head)) {
			throw new SpreadsheetRefusedException(messagePrefix + "oldExcel");
		}
		if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
			throw new SpreadsheetRefusedException(messagePrefix + "notXlsx");
		}
		try {
			new WorkbookGuard(this.limits, content.length).check(content);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof SpreadsheetRefusedException refused && !refused.messageKey().endsWith(".unreadable")) {
				throw refused;
			}
			throw new SpreadsheetRefusedException(messagePrefix + "unreadable");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			List<SheetRow> rows = new ArrayList<>();
			stream.forEach(row -> rows.add(row(row)));
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw new SpreadsheetRefusedException(messagePrefix + "unreadable");
		}
	}

	private static SheetRow row(Row row) {
		List<SheetRow.SheetCell> cells = new ArrayList<>();
		for (int c = 0; c < row.getCellCount(); c++) {
			cells.add(row.getOptionalCell(c).map(SpreadsheetReader::cell).orElse(null));
		}
		return new SheetRow(row.getRowNum(), cells);
	}

	private static SheetRow.SheetCell cell(Cell cell) {
		if (cell.getType() == CellType.NUMBER) {
			BigDecimal number = cell.asNumber();
			return new SheetRow.SheetCell(clean(number.stripTrailingZeros().toPlainString()), number,
					date(cell, number));
		}
		String text = switch (cell.getType()) {
			case EMPTY -> null;
			case STRING -> cell.asString();
			case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
			default -> cell.getRawValue();
		};
		return new SheetRow.SheetCell(clean(text), null, null);
	}

	private static LocalDate date(Cell cell, BigDecimal serial) {
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

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.replace('\u00A0', ' ').strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
