package vn.thidua.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.thidua.campaign.scoring.ScoringException;
import vn.thidua.shared.spreadsheet.ImportProblem;
import vn.thidua.shared.spreadsheet.ImportRows;
import vn.thidua.shared.spreadsheet.SheetRow;
import vn.thidua.shared.spreadsheet.SpreadsheetRefusedException;
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

	static final String MESSAGES = "result.excel.error.";

	/** Rows read and problems of their cells. */
	record Result(List<ResultImportRow> rows, List<ResultImportError> errors) {

	}

	/**
	 * @param sheet the rows of the uploaded sheet
	 * @param report the report uploaded to, with its values
	 * @param headers the accepted texts of each column's header, and of the report
	 * number's label under the key {@code null}, folded
	 * @throws SpreadsheetRefusedException when the file is not this report's template
	 */
	static Result read(List<SheetRow> sheet, ResultReport report, Function<String, Set<String>> headers) {
		Long fileReport = null;
		int header = -1;
		Set<String> numberLabels = headers.apply("result.excel.reportNumber");
		for (int i = 0; i < sheet.size() && header < 0; i++) {
			SheetRow row = sheet.get(i);
			if (numberLabels.contains(VietnameseText.fold(row.text(0)))) {
				fileReport = reportNumber(row);
			}
			if (isHeader(row, headers)) {
				header = i;
			}
		}
		if (fileReport != null && !fileReport.equals(report.getId())) {
			throw new SpreadsheetRefusedException(MESSAGES + "otherReport", fileReport, report.getId());
		}
		if (header < 0) {
			throw new SpreadsheetRefusedException(MESSAGES + "header");
		}
		if (fileReport == null) {
			throw new SpreadsheetRefusedException(MESSAGES + "noReportNumber", report.getId());
		}
		Map<String, ResultValue> byCode = new HashMap<>();
		report.getValues().forEach(v -> byCode.put(VietnameseText.fold(v.getIndicator().getCode()), v));
		List<ResultImportError> errors = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		List<ResultImportRow> rows = ImportRows.read(sheet, header, report.getValues().size() + 50, MESSAGES,
				row -> readRow(row, byCode, seen, errors));
		errors.sort(ImportProblem.ORDER);
		return new Result(rows, errors);
	}

	private static ResultImportRow readRow(SheetRow row, Map<String, ResultValue> byCode, Map<String, Integer> seen,
			List<ResultImportError> errors) {
		int number = row.number();
		String code = row.text(ResultImportColumn.CODE.ordinal());
		String name = row.text(ResultImportColumn.INDICATOR.ordinal());
		Map<ResultImportColumn, String> cells = new HashMap<>();
		for (ResultImportColumn column : ResultImportColumn.values()) {
			if (column.isFilled()) {
				String value = column == ResultImportColumn.NOTE || column == ResultImportColumn.DONE
						? row.text(column.ordinal()) : figure(row, column.ordinal());
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

	private static Long reportNumber(SheetRow row) {
		if (row.isNumber(1)) {
			return row.number(1).longValue();
		}
		String text = row.text(1);
		if (text != null && text.matches("\\d{1,18}")) {
			return Long.valueOf(text);
		}
		return -1L;
	}

	private static boolean isHeader(SheetRow row, Function<String, Set<String>> headers) {
		for (ResultImportColumn column : ResultImportColumn.values()) {
			if (!headers.apply(column.messageKey()).contains(VietnameseText.fold(row.text(column.ordinal())))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A figure as the entry form reads it: a number cell written Vietnamese style
	 * ("4,5"), a text cell as typed ("1.250,5").
	 */
	private static String figure(SheetRow row, int column) {
		String text = row.text(column);
		return row.isNumber(column) && text != null ? text.replace('.', ',') : text;
	}

	static Set<String> folded(String... texts) {
		Set<String> set = new HashSet<>();
		for (String text : texts) {
			set.add(VietnameseText.fold(text));
		}
		return set;
	}

}
