package vn.thidua.award.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.catalogue.AwardCatalogue;
import vn.thidua.award.catalogue.CatalogueItem;
import vn.thidua.award.catalogue.RecipientType;
import vn.thidua.shared.spreadsheet.ImportRefusedException;
import vn.thidua.shared.spreadsheet.ImportRefusedException.RowError;
import vn.thidua.shared.spreadsheet.SheetRow;
import vn.thidua.shared.spreadsheet.SpreadsheetReader;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * Past years' award records from a workbook (one row a recipient line): the rows of one
 * decision number make one recorded decision, entered through the same service and checks
 * as the pages. All or nothing: every row is checked, and when one is wrong the whole
 * import is refused with the list of rows and what is wrong in each, and nothing is saved
 * (the transaction is rolled back).
 */
@Service
@RequiredArgsConstructor
public class RecordImport {

	/** The most data rows a file may hold. */
	public static final int MAX_ROWS = 2000;

	/** The largest file accepted. */
	public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

	/** The columns, in order, by their header's message key. */
	static final List<String> COLUMNS = List.of("award.import.col.number", "award.import.col.date",
			"award.import.col.authority", "award.import.col.kind", "award.import.col.signer",
			"award.import.col.unitCode", "award.import.col.officer", "award.import.col.item",
			"award.import.col.achievement", "award.import.col.amount", "award.import.col.amountReason");

	private static final int NUMBER = 0;

	private static final int DATE = 1;

	private static final int AUTHORITY = 2;

	private static final int KIND = 3;

	private static final int SIGNER = 4;

	private static final int UNIT = 5;

	private static final int OFFICER = 6;

	private static final int ITEM = 7;

	private static final int ACHIEVEMENT = 8;

	private static final int AMOUNT = 9;

	private static final int REASON = 10;

	private final AwardDecisionService decisions;

	private final AwardCatalogue catalogue;

	private final SpreadsheetReader spreadsheets;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	/** What was saved: decisions and records. */
	public record Result(int decisions, int records) {

	}

	/**
	 * Imports the file, or refuses it ({@link ImportRefusedException} with every row's
	 * errors, or a {@link vn.thidua.shared.spreadsheet.SpreadsheetRefusedException} for
	 * the file itself) with nothing saved.
	 */
	@Transactional(rollbackFor = Exception.class)
	public Result importFile(byte[] content) {
		if (!this.decisions.mayCreate()) {
			throw new org.springframework.security.access.AccessDeniedException("Staff only");
		}
		if (content.length > MAX_FILE_BYTES) {
			throw new BusinessRuleException("award.import.error.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
		}
		List<SheetRow> rows = this.spreadsheets.read(content, "award.import.error.")
			.stream()
			.skip(1)
			.filter(r -> !r.isBlank())
			.toList();
		if (rows.isEmpty()) {
			throw new BusinessRuleException("award.import.error.noRows");
		}
		if (rows.size() > MAX_ROWS) {
			throw new BusinessRuleException("award.import.error.tooManyRows", MAX_ROWS, rows.size());
		}
		List<RowError> errors = new ArrayList<>();
		Map<String, List<SheetRow>> byDecision = new LinkedHashMap<>();
		for (SheetRow row : rows) {
			String number = row.text(NUMBER);
			if (number == null || number.isBlank()) {
				errors.add(error(row, NUMBER, "award.import.error.required"));
				continue;
			}
			byDecision
				.computeIfAbsent(AwardDecision.numberKey(number) + "|" + row.text(AUTHORITY), k -> new ArrayList<>())
				.add(row);
		}
		int decisionCount = 0;
		int recordCount = 0;
		for (List<SheetRow> group : byDecision.values()) {
			SheetRow first = group.get(0);
			DecisionForm form = decisionForm(first, errors);
			if (form == null) {
				continue;
			}
			for (SheetRow row : group.subList(1, group.size())) {
				if (!form.decidedOn().equals(date(row)) || !form.signer().equals(text(row, SIGNER))) {
					errors.add(error(row, DATE, "award.import.error.decisionDiffers", form.number()));
				}
			}
			AwardDecision decision;
			try {
				decision = this.decisions.create(form);
			}
			catch (BusinessRuleException ex) {
				errors.add(new RowError(first.number(), column(fieldColumn(ex.field())), ex.messageKey(),
						List.of(ex.arguments())));
				continue;
			}
			decisionCount++;
			for (SheetRow row : group) {
				RecordLineForm line = lineForm(decision, row, errors);
				if (line == null) {
					continue;
				}
				try {
					this.decisions.addLine(decision.getId(), line);
					recordCount++;
				}
				catch (BusinessRuleException ex) {
					errors.add(new RowError(row.number(), column(fieldColumn(ex.field())), ex.messageKey(),
							List.of(ex.arguments())));
				}
			}
			if (errors.isEmpty()) {
				this.decisions.record(decision.getId(), decision.getVersion());
			}
		}
		if (!errors.isEmpty()) {
			throw new ImportRefusedException(errors);
		}
		return new Result(decisionCount, recordCount);
	}

	private DecisionForm decisionForm(SheetRow row, List<RowError> errors) {
		int before = errors.size();
		LocalDate date = date(row);
		if (date == null) {
			errors.add(error(row, DATE, "award.import.error.date"));
		}
		Authority authority = authority(row.text(AUTHORITY));
		if (authority == null) {
			errors.add(error(row, AUTHORITY, "award.import.error.authority"));
		}
		DecisionKind kind = kind(row.text(KIND));
		if (kind == null) {
			errors.add(error(row, KIND, "award.import.error.kind"));
		}
		String signer = text(row, SIGNER);
		if (signer == null) {
			errors.add(error(row, SIGNER, "award.import.error.required"));
		}
		else if (signer.length() > 255) {
			errors.add(error(row, SIGNER, "award.import.error.tooLong", 255));
		}
		String number = row.text(NUMBER).strip();
		if (number.length() > 64) {
			errors.add(error(row, NUMBER, "award.import.error.tooLong", 64));
		}
		if (errors.size() > before) {
			return null;
		}
		return new DecisionForm(number, date, authority, signer, kind, null, null, null, null);
	}

	private RecordLineForm lineForm(AwardDecision decision, SheetRow row, List<RowError> errors) {
		int before = errors.size();
		String code = text(row, UNIT);
		Long unit = code == null ? null
				: this.jdbc.sql("select id from organization_unit_v where upper(code) = upper(:c)")
					.param("c", code)
					.query(Long.class)
					.optional()
					.orElse(null);
		if (unit == null) {
			errors.add(error(row, UNIT, "award.import.error.unit", code == null ? "" : code));
			return null;
		}
		String name = text(row, OFFICER);
		Long officer = null;
		if (name != null) {
			String folded = VietnameseText.fold(name);
			List<Long> found;
			try {
				found = this.decisions.recipientOfficers(decision.getId(), unit)
					.stream()
					.filter(o -> VietnameseText.fold(o.label()).equals(folded)
							|| VietnameseText.fold(o.label()).startsWith(folded + " ("))
					.map(AwardDecisionService.Option::id)
					.toList();
			}
			catch (BusinessRuleException ex) {
				errors.add(new RowError(row.number(), column(UNIT), ex.messageKey(), List.of(ex.arguments())));
				return null;
			}
			if (found.size() != 1) {
				errors.add(error(row, OFFICER,
						found.isEmpty() ? "award.import.error.officer" : "award.import.error.officerAmbiguous", name,
						code));
			}
			else {
				officer = found.get(0);
			}
		}
		RecipientType recipient = name == null ? RecipientType.COLLECTIVE : RecipientType.INDIVIDUAL;
		String itemCode = text(row, ITEM);
		CatalogueItem item = itemCode == null ? null
				: this.catalogue.itemsOn(decision.getDecidedOn(), recipient)
					.stream()
					.filter(i -> i.getCode().equalsIgnoreCase(itemCode))
					.findFirst()
					.orElse(null);
		if (item == null) {
			errors.add(error(row, ITEM, "award.import.error.item." + recipient, itemCode == null ? "" : itemCode));
		}
		String achievement = text(row, ACHIEVEMENT);
		if (achievement == null) {
			errors.add(error(row, ACHIEVEMENT, "award.import.error.required"));
		}
		else if (achievement.length() > AwardRecord.ACHIEVEMENT_MAX) {
			errors.add(error(row, ACHIEVEMENT, "award.import.error.tooLong", AwardRecord.ACHIEVEMENT_MAX));
		}
		Long amount = null;
		if (row.text(AMOUNT) != null && !row.text(AMOUNT).isBlank()) {
			BigDecimal number = row.isNumber(AMOUNT) ? row.number(AMOUNT) : wholeNumber(row.text(AMOUNT));
			if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0
					|| number.compareTo(BigDecimal.valueOf(10_000_000_000L)) > 0) {
				errors.add(error(row, AMOUNT, "award.import.error.amount"));
			}
			else {
				amount = number.longValueExact();
			}
		}
		String reason = text(row, REASON);
		if (reason != null && reason.length() > 1000) {
			errors.add(error(row, REASON, "award.import.error.tooLong", 1000));
		}
		if (errors.size() > before) {
			return null;
		}
		return new RecordLineForm(unit, officer, item.getId(), achievement, amount, reason);
	}

	/** A blank workbook with the columns and one example row, in Vietnamese. */
	public byte[] template() {
		Locale vi = VietnameseText.VIETNAMESE;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "thidua", "1.0");
			Worksheet sheet = workbook.newWorksheet(this.messages.getMessage("award.import.sheet", null, vi));
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.value(0, c, this.messages.getMessage(COLUMNS.get(c), null, vi));
				sheet.style(0, c).bold().fillColor("1F4D2B").fontColor("FFFFFF").wrapText(true).set();
				sheet.width(c, c == ACHIEVEMENT ? 40 : 18);
			}
			Object[] example = { "1520/QĐ-CAT", LocalDate.of(2023, 12, 20), "CAT", "REGULAR", "Đại tá Nguyễn Văn Bình",
					"LS-PA04", "", "DVTT", "Hoàn thành tốt nhiệm vụ năm 2023", "", "" };
			for (int c = 0; c < example.length; c++) {
				if (example[c] instanceof LocalDate date) {
					sheet.value(1, c, date);
					sheet.style(1, c).format("dd/mm/yyyy").set();
				}
				else {
					sheet.value(1, c, (String) example[c]);
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static Authority authority(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		for (Authority a : Authority.values()) {
			if (a.symbol().equalsIgnoreCase(value) || a.name().equalsIgnoreCase(value)) {
				return a;
			}
		}
		return null;
	}

	private static DecisionKind kind(String text) {
		if (text == null) {
			return null;
		}
		for (DecisionKind k : DecisionKind.values()) {
			if (k.name().equalsIgnoreCase(text.strip())) {
				return k;
			}
		}
		return null;
	}

	/**
	 * A whole number typed as text, with dots or spaces between thousands: "1.880.000".
	 */
	private static BigDecimal wholeNumber(String text) {
		String digits = text.strip().replace(".", "").replace(" ", "");
		return digits.matches("\\d{1,11}") ? new BigDecimal(digits) : null;
	}

	/** A date cell, or a text dd/MM/yyyy. */
	private static LocalDate date(SheetRow row) {
		LocalDate date = row.date(DATE);
		if (date != null) {
			return date;
		}
		String text = text(row, DATE);
		if (text == null || text.length() > 10) {
			return null;
		}
		try {
			return LocalDate.parse(text, java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
				.withResolverStyle(java.time.format.ResolverStyle.STRICT));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static String text(SheetRow row, int column) {
		String text = row.text(column);
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static int fieldColumn(String field) {
		if (field == null) {
			return -1;
		}
		return switch (field) {
			case "number" -> NUMBER;
			case "decidedOn" -> DATE;
			case "unitId" -> UNIT;
			case "officerId" -> OFFICER;
			case "itemId" -> ITEM;
			case "amount", "amountReason" -> AMOUNT;
			default -> -1;
		};
	}

	private static String column(int index) {
		return index < 0 ? null : COLUMNS.get(index);
	}

	private static RowError error(SheetRow row, int column, String key, Object... arguments) {
		return new RowError(row.number(), column(column), key, List.of(arguments));
	}

}
