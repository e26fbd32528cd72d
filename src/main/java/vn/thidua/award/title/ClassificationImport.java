package vn.thidua.award.title;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.spreadsheet.ImportRefusedException;
import vn.thidua.shared.spreadsheet.ImportRefusedException.RowError;
import vn.thidua.shared.spreadsheet.SheetRow;
import vn.thidua.shared.spreadsheet.SpreadsheetReader;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * The officers' task classifications of a unit's yearly title list from a workbook: the
 * template lists the unit's officers of the year (code, name, rank, position and the
 * classification as it stands); the unit fills the last column and uploads it. All or
 * nothing: every row is checked, and when one is wrong nothing is saved and each wrong
 * row is named. A blank classification leaves the officer as they are.
 */
@Service
@RequiredArgsConstructor
public class ClassificationImport {

	/** The most data rows a file may hold (a unit's officers). */
	public static final int MAX_ROWS = 1000;

	/** The largest file accepted. */
	public static final long MAX_FILE_BYTES = 1024L * 1024;

	/** The columns, in order, by their header's message key. */
	static final List<String> COLUMNS = List.of("award.title.import.col.code", "award.title.import.col.name",
			"award.title.import.col.rank", "award.title.import.col.position", "award.title.import.col.classification");

	private static final int CODE = 0;

	private static final int CLASSIFICATION = 4;

	private final YearlyTitleService titles;

	private final SpreadsheetReader spreadsheets;

	private final MessageSource messages;

	/** The template: the unit's officers of the year with their classification. */
	@Transactional(readOnly = true)
	public byte[] template(long unitId, int year) {
		YearlyTitleList list = this.titles.list(unitId, year);
		Locale vi = VietnameseText.VIETNAMESE;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "thidua", "1.0");
			Worksheet sheet = workbook.newWorksheet(this.messages.getMessage("award.title.import.sheet", null, vi));
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.value(0, c, this.messages.getMessage(COLUMNS.get(c), null, vi));
				sheet.style(0, c).bold().fillColor("1F4D2B").fontColor("FFFFFF").wrapText(true).set();
				sheet.width(c, c == CLASSIFICATION ? 32 : c == CODE ? 12 : 26);
			}
			int r = 1;
			for (YearlyTitleList.Row row : list.rows()) {
				sheet.value(r, CODE, row.officerId());
				sheet.value(r, 1, row.name());
				sheet.value(r, 2, row.rank());
				sheet.value(r, 3, row.position());
				if (row.classification() != null) {
					sheet.value(r, CLASSIFICATION, label(row.classification()));
				}
				r++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Imports the file, or refuses it ({@link ImportRefusedException} with every row's
	 * errors, a {@link BusinessRuleException} or a
	 * {@link vn.thidua.shared.spreadsheet.SpreadsheetRefusedException} for the file) with
	 * nothing saved. Returns how many officers' classifications changed.
	 */
	@Transactional(rollbackFor = Exception.class)
	public int importFile(long unitId, int year, byte[] content) {
		// who may, before anything is read: 404 outside the scope, 403 for readers
		this.titles.checkMayEdit(unitId, year);
		YearlyTitleList list = this.titles.list(unitId, year);
		if (list.state() == ListState.SUBMITTED) {
			throw new BusinessRuleException("award.title.error.submitted");
		}
		if (content.length > MAX_FILE_BYTES) {
			throw new BusinessRuleException("award.title.import.error.tooLarge", MAX_FILE_BYTES / 1024);
		}
		List<SheetRow> rows = this.spreadsheets.read(content, "award.title.import.error.")
			.stream()
			.skip(1)
			.filter(r -> !r.isBlank())
			.toList();
		if (rows.isEmpty()) {
			throw new BusinessRuleException("award.title.import.error.noRows");
		}
		if (rows.size() > MAX_ROWS) {
			throw new BusinessRuleException("award.title.import.error.tooManyRows", MAX_ROWS, rows.size());
		}
		List<RowError> errors = new ArrayList<>();
		Map<Long, TaskClass> found = new LinkedHashMap<>();
		for (SheetRow row : rows) {
			Long officer = code(row);
			if (officer == null || list.row(officer) == null) {
				errors.add(new RowError(row.number(), COLUMNS.get(CODE), "award.title.import.error.notInList",
						List.of(row.text(CODE) == null ? "" : row.text(CODE))));
				continue;
			}
			if (found.containsKey(officer)) {
				errors.add(new RowError(row.number(), COLUMNS.get(CODE), "award.title.import.error.twice",
						List.of(String.valueOf(officer))));
				continue;
			}
			String text = row.text(CLASSIFICATION);
			if (text == null || text.isBlank()) {
				continue;
			}
			TaskClass classification = classification(text);
			if (classification == null) {
				errors.add(new RowError(row.number(), COLUMNS.get(CLASSIFICATION),
						"award.title.import.error.classification", List.of(text.strip())));
				continue;
			}
			found.put(officer, classification);
		}
		if (!errors.isEmpty()) {
			throw new ImportRefusedException(errors);
		}
		return this.titles.classifyAll(unitId, year, found);
	}

	private static Long code(SheetRow row) {
		if (row.isNumber(CODE)) {
			BigDecimal number = row.number(CODE);
			try {
				return number.longValueExact();
			}
			catch (ArithmeticException ex) {
				return null;
			}
		}
		String text = row.text(CODE);
		if (text == null || !text.strip().matches("\\d{1,18}")) {
			return null;
		}
		return Long.valueOf(text.strip());
	}

	/**
	 * A classification as written: its Vietnamese or English label, with or without
	 * diacritics and in any case, or the code ({@code GOOD}).
	 */
	private TaskClass classification(String text) {
		String folded = VietnameseText.fold(text.strip());
		for (TaskClass c : TaskClass.values()) {
			if (c.name().equalsIgnoreCase(text.strip()) || VietnameseText.fold(label(c)).equals(folded)
					|| VietnameseText.fold(this.messages.getMessage("TaskClass." + c, null, Locale.ENGLISH))
						.equals(folded)) {
				return c;
			}
		}
		return null;
	}

	private String label(TaskClass c) {
		return this.messages.getMessage("TaskClass." + c, null, VietnameseText.VIETNAMESE);
	}

}
