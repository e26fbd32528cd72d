package vn.thidua.result;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.thidua.campaign.scoring.ScoringException;
import vn.thidua.shared.text.VietnameseText;

/**
 * Reads an uploaded entry template of a report and checks every row like the entry form
 * does: the indicator code is one of the report's, each figure is a number (a whole count
 * for a rate), not negative, a numerator not above its denominator, "Có"/"Không" for
 * done, and a figure that needs its pair has it. Every problem is collected with its row
 * and column; nothing is saved here.
 */
final class ResultImportReader {

	private static final int MAX_NOTE = 2000;

	private static final Set<String> YES = Set.of("co", "x", "yes", "true", "da thuc hien", "hoan thanh", "1");

	private static final Set<String> NO = Set.of("khong", "no", "false", "chua thuc hien", "chua hoan thanh", "0");

	private ResultImportReader() {
	}

	/** Rows read and problems of the file as a whole or of its rows. */
	record Result(List<ResultImportRow> rows, List<ResultImportError> errors) {

	}

	/**
	 * @param content the uploaded bytes
	 * @param report the report uploaded to, with its values
	 * @param headers the accepted texts of each column's header, and of the report
	 * number's label under the key {@code null}, folded
	 */
	static Result read(byte[] content, ResultReport report, Function<String, Set<String>> headers) {
		byte[] head = Arrays.copyOf(content, 8);
		if (content.length == 0) {
			return failure("result.excel.error.emptyFile");
		}
		if (ReadableWorkbook.isOLE2Header(head)) {
			return failure("result.excel.error.oldExcel");
		}
		if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
			return failure("result.excel.error.notXlsx");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			return read(stream.iterator(), report, headers);
		}
		catch (IOException | RuntimeException ex) {
			return failure("result.excel.error.unreadable");
		}
	}

	private static Result read(Iterator<Row> iterator, ResultReport report, Function<String, Set<String>> headers) {
		Long fileReport = null;
		boolean header = false;
		Set<String> numberLabels = headers.apply("result.excel.reportNumber");
		while (iterator.hasNext() && !header) {
			Row row = iterator.next();
			String first = VietnameseText.fold(text(row, 0));
			if (numberLabels.contains(first)) {
				fileReport = reportNumber(row);
			}
			header = isHeader(row, headers);
		}
		if (fileReport != null && !fileReport.equals(report.getId())) {
			return failure("result.excel.error.otherReport", fileReport, report.getId());
		}
		if (!header) {
			return failure("result.excel.error.header");
		}
		if (fileReport == null) {
			return failure("result.excel.error.noReportNumber", report.getId());
		}
		Map<String, ResultValue> byCode = new HashMap<>();
		report.getValues().forEach(v -> byCode.put(VietnameseText.fold(v.getIndicator().getCode()), v));
		int maxRows = report.getValues().size() + 50;
		List<ResultImportRow> rows = new ArrayList<>();
		List<ResultImportError> errors = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		while (iterator.hasNext()) {
			Row row = iterator.next();
			if (isBlank(row)) {
				continue;
			}
			if (rows.size() == maxRows) {
				return failure("result.excel.error.tooManyRows", maxRows);
			}
			rows.add(readRow(row, byCode, seen, errors));
		}
		if (rows.isEmpty()) {
			return failure("result.excel.error.noRows");
		}
		errors.sort(Comparator.comparingInt(ResultImportError::row)
			.thenComparingInt(error -> error.column() == null ? -1 : error.column().ordinal()));
		return new Result(rows, errors);
	}

	private static ResultImportRow readRow(Row row, Map<String, ResultValue> byCode, Map<String, Integer> seen,
			List<ResultImportError> errors) {
		int number = row.getRowNum();
		String code = text(row, ResultImportColumn.CODE.ordinal());
		String name = text(row, ResultImportColumn.INDICATOR.ordinal());
		Map<ResultImportColumn, String> cells = new HashMap<>();
		for (ResultImportColumn column : ResultImportColumn.values()) {
			if (column.isFilled()) {
				String value = column == ResultImportColumn.NOTE || column == ResultImportColumn.DONE
						? text(row, column.ordinal()) : figure(row, column.ordinal());
				if (value != null) {
					cells.put(column, value);
				}
			}
		}
		ResultValue value = null;
		if (code == null) {
			errors.add(ResultImportError.of(number, ResultImportColumn.CODE, "result.excel.error.required"));
		}
		else {
			value = byCode.get(VietnameseText.fold(code));
			Integer earlier = seen.putIfAbsent(VietnameseText.fold(code), number);
			if (value == null) {
				errors
					.add(ResultImportError.of(number, ResultImportColumn.CODE, "result.excel.error.unknownCode", code));
			}
			else if (earlier != null) {
				errors.add(ResultImportError.of(number, ResultImportColumn.CODE, "result.excel.error.duplicateCode",
						code, earlier));
				value = null;
			}
		}
		if (value == null) {
			return new ResultImportRow(number, code, name, null, null, null, null, null, null, null,
					cells.get(ResultImportColumn.DONE), cells.get(ResultImportColumn.NOTE));
		}
		EntryKind kind = value.kind();
		for (Map.Entry<ResultImportColumn, String> cell : cells.entrySet()) {
			if (!cell.getKey().appliesTo(kind)) {
				errors.add(ResultImportError.of(number, cell.getKey(), "result.excel.error.notApplicable",
						cell.getValue()));
			}
		}
		String amount = cells.get(kind == EntryKind.CHANGE ? ResultImportColumn.THIS_PERIOD : ResultImportColumn.VALUE);
		String numerator = cells.get(ResultImportColumn.NUMERATOR);
		String denominator = cells.get(ResultImportColumn.DENOMINATOR);
		String lastYear = cells.get(ResultImportColumn.LAST_YEAR);
		String doneText = cells.get(ResultImportColumn.DONE);
		String done = "";
		if (kind == EntryKind.DONE && doneText != null) {
			String folded = VietnameseText.fold(doneText);
			if (YES.contains(folded)) {
				done = "true";
			}
			else if (NO.contains(folded)) {
				done = "false";
			}
			else {
				errors.add(ResultImportError.of(number, ResultImportColumn.DONE, "result.excel.error.done", doneText));
			}
		}
		String note = cells.get(ResultImportColumn.NOTE);
		if (note != null && note.length() > MAX_NOTE) {
			errors
				.add(ResultImportError.of(number, ResultImportColumn.NOTE, "result.excel.error.noteTooLong", MAX_NOTE));
		}
		ResultImportRow read = new ResultImportRow(number, value.getIndicator().getCode(),
				value.getIndicator().getName(), value.getId(), kind,
				kind == EntryKind.VALUE || kind == EntryKind.CHANGE ? amount : null,
				kind == EntryKind.RATIO ? numerator : null, kind == EntryKind.RATIO ? denominator : null,
				kind == EntryKind.CHANGE ? lastYear : null, done, doneText, note);
		check(read, kind, errors);
		return read;
	}

	/** The figures checked like the entry form: each on its own, then together. */
	private static void check(ResultImportRow row, EntryKind kind, List<ResultImportError> errors) {
		int before = errors.size();
		BigDecimal amount = null;
		Long numerator = null;
		Long denominator = null;
		BigDecimal lastYear = null;
		try {
			amount = only(line -> line.setAmount(row.amount())).amount();
		}
		catch (EntryRefusedException ex) {
			errors.add(error(row.rowNumber(), column(kind, "amount"), ex));
		}
		try {
			numerator = only(line -> line.setNumerator(row.numerator())).numerator();
		}
		catch (EntryRefusedException ex) {
			errors.add(error(row.rowNumber(), ResultImportColumn.NUMERATOR, ex));
		}
		try {
			denominator = only(line -> line.setDenominator(row.denominator())).denominator();
		}
		catch (EntryRefusedException ex) {
			errors.add(error(row.rowNumber(), ResultImportColumn.DENOMINATOR, ex));
		}
		try {
			lastYear = only(line -> line.setLastYear(row.lastYear())).lastYear();
		}
		catch (EntryRefusedException ex) {
			errors.add(error(row.rowNumber(), ResultImportColumn.LAST_YEAR, ex));
		}
		if (errors.size() > before) {
			return;
		}
		if (kind == EntryKind.RATIO && (numerator == null) != (denominator == null)) {
			errors.add(ResultImportError.of(row.rowNumber(),
					numerator == null ? ResultImportColumn.NUMERATOR : ResultImportColumn.DENOMINATOR,
					"result.excel.error.required"));
		}
		if (kind == EntryKind.CHANGE && amount != null && lastYear == null) {
			errors.add(
					ResultImportError.of(row.rowNumber(), ResultImportColumn.LAST_YEAR, "result.excel.error.required"));
		}
		Entry entry = new Entry(amount, numerator, denominator, lastYear,
				row.done() == null || row.done().isEmpty() ? null : Boolean.valueOf(row.done()), row.note());
		try {
			entry.measurement(kind);
		}
		catch (ScoringException ex) {
			errors.add(ResultImportError.of(row.rowNumber(), column(kind, entry.field(kind, ex)),
					ex.getProblem().messageKey(), ex.getProblem().argumentArray()));
		}
	}

	private static Entry only(java.util.function.Consumer<EntryLine> field) {
		EntryLine line = new EntryLine();
		field.accept(line);
		return line.parse("");
	}

	private static ResultImportError error(int row, ResultImportColumn column, EntryRefusedException ex) {
		return ResultImportError.of(row, column, ex.messageKey(), ex.arguments());
	}

	/** The sheet column of an entry form field. */
	private static ResultImportColumn column(EntryKind kind, String field) {
		return switch (field) {
			case "numerator" -> ResultImportColumn.NUMERATOR;
			case "denominator" -> ResultImportColumn.DENOMINATOR;
			case "lastYear" -> ResultImportColumn.LAST_YEAR;
			default -> switch (kind) {
				case CHANGE -> ResultImportColumn.THIS_PERIOD;
				case DONE -> ResultImportColumn.DONE;
				default -> ResultImportColumn.VALUE;
			};
		};
	}

	private static Result failure(String messageKey, Object... arguments) {
		return new Result(List.of(), List.of(ResultImportError.ofFile(messageKey, arguments)));
	}

	private static Long reportNumber(Row row) {
		Optional<Cell> cell = row.getOptionalCell(1);
		if (cell.isPresent() && cell.get().getType() == CellType.NUMBER) {
			return cell.get().asNumber().longValue();
		}
		String text = text(row, 1);
		if (text != null && text.matches("\\d{1,18}")) {
			return Long.valueOf(text);
		}
		return -1L;
	}

	private static boolean isHeader(Row row, Function<String, Set<String>> headers) {
		for (ResultImportColumn column : ResultImportColumn.values()) {
			if (!headers.apply(column.messageKey()).contains(VietnameseText.fold(text(row, column.ordinal())))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isBlank(Row row) {
		for (Cell cell : row) {
			if (cell != null && cell.getType() != CellType.EMPTY && clean(cell.getText()) != null) {
				return false;
			}
		}
		return true;
	}

	/** The cell as text: numbers without a trailing ".0", blank as {@code null}. */
	static String text(Row row, int column) {
		Optional<Cell> optional = row.getOptionalCell(column);
		if (optional.isEmpty()) {
			return null;
		}
		Cell cell = optional.get();
		return switch (cell.getType()) {
			case EMPTY -> null;
			case NUMBER -> clean(cell.asNumber().stripTrailingZeros().toPlainString());
			case STRING -> clean(cell.asString());
			case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
			default -> clean(cell.getRawValue());
		};
	}

	/**
	 * A figure as the entry form reads it: a number cell written Vietnamese style
	 * ("4,5"), a text cell as typed ("1.250,5").
	 */
	private static String figure(Row row, int column) {
		Optional<Cell> optional = row.getOptionalCell(column);
		if (optional.isPresent() && optional.get().getType() == CellType.NUMBER) {
			return optional.get().asNumber().stripTrailingZeros().toPlainString().replace('.', ',');
		}
		return text(row, column);
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.replace('\u00A0', ' ').strip();
		return stripped.isEmpty() ? null : stripped;
	}

	static Set<String> folded(String... texts) {
		Set<String> set = new HashSet<>();
		for (String text : texts) {
			set.add(VietnameseText.fold(text));
		}
		return set;
	}

}
