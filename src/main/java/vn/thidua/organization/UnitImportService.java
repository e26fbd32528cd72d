package vn.thidua.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.spreadsheet.ImportProblem;
import vn.thidua.shared.spreadsheet.SpreadsheetReader;
import vn.thidua.shared.spreadsheet.SpreadsheetRefusedException;
import vn.thidua.shared.text.VietnameseText;

/**
 * Importing units from an XLSX sheet: reading and checking every row (preview), then
 * saving all rows in one transaction once the user confirms, or nothing at all.
 */
@Service
@RequiredArgsConstructor
public class UnitImportService {

	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+");

	private static final int CODE_MAX = 32;

	private static final int NAME_MAX = 255;

	private static final int SHORT_NAME_MAX = 100;

	private final UnitRepository units;

	private final UnitService unitService;

	private final MessageSource messages;

	private final SpreadsheetReader spreadsheets;

	/** Reads and checks an uploaded file; nothing is saved. */
	@Transactional(readOnly = true)
	public UnitImportPreview preview(String fileName, byte[] content) {
		this.unitService.checkMayCreate();
		String token = UUID.randomUUID().toString();
		List<UnitImportRow> rows;
		try {
			rows = UnitImportReader.read(this.spreadsheets.read(content, UnitImportReader.MESSAGES), kinds());
		}
		catch (SpreadsheetRefusedException ex) {
			return new UnitImportPreview(token, fileName, List.of(), List.of(UnitImportError.ofFile(ex)));
		}
		return new UnitImportPreview(token, fileName, rows, check(rows).errors());
	}

	/** Checks the rows of a preview again, since the database may have changed. */
	@Transactional(readOnly = true)
	public UnitImportPreview recheck(UnitImportPreview preview) {
		this.unitService.checkMayCreate();
		if (preview.rows().isEmpty()) {
			return preview;
		}
		return preview.withErrors(check(preview.rows()).errors());
	}

	/**
	 * Saves every row, parents before children, in one transaction: if any row is
	 * refused, nothing is saved and {@link UnitImportRejectedException} carries the
	 * reasons.
	 * @return the units created, in the order they were saved
	 */
	@Transactional
	public List<Unit> save(List<UnitImportRow> rows) {
		this.unitService.checkMayCreate();
		Check check = check(rows);
		if (!check.errors().isEmpty() || rows.isEmpty()) {
			throw new UnitImportRejectedException(check.errors());
		}
		Map<String, UnitImportRow> inFile = rows.stream()
			.collect(Collectors.toMap(UnitImportRow::codeKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<String, Unit> created = new HashMap<>();
		List<Unit> saved = new ArrayList<>();
		for (UnitImportRow row : inTreeOrder(rows, inFile)) {
			Long parentId = null;
			if (row.parentKey() != null) {
				Unit parent = inFile.containsKey(row.parentKey()) ? created.get(row.parentKey())
						: check.existing().get(row.parentKey());
				parentId = parent.getId();
			}
			Unit unit = this.unitService.create(row.toForm(parentId));
			created.put(row.codeKey(), unit);
			saved.add(unit);
		}
		return saved;
	}

	/** The template to fill, with examples under a unit the user may create under. */
	@Transactional(readOnly = true)
	public byte[] template() {
		this.unitService.checkMayCreate();
		CurrentUser user = CurrentUser.get();
		String parentCode = user.unitId() == null ? null
				: this.unitService.findVisible(user.unitId(), user.scope()).map(Unit::getCode).orElse(null);
		if (parentCode == null) {
			parentCode = this.units.findAllInTreeOrder().stream().findFirst().map(Unit::getCode).orElse("LS");
		}
		List<UnitImportTemplate.Kind> kinds = new ArrayList<>();
		for (UnitKind kind : UnitKind.values()) {
			kinds.add(new UnitImportTemplate.Kind(label(kind, VietnameseText.VIETNAMESE), kind.name(),
					vi("unit.import.template.kindNote." + kind.name())));
		}
		List<String> instructions = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			instructions.add(vi("unit.import.template.help" + i));
		}
		return UnitImportTemplate.write(parentCode, label(UnitKind.DEPARTMENT, VietnameseText.VIETNAMESE),
				label(UnitKind.TEAM, VietnameseText.VIETNAMESE), kinds, instructions);
	}

	/** The errors of a set of rows, and the units of the database they refer to. */
	record Check(List<UnitImportError> errors, Map<String, Unit> existing) {

	}

	private Check check(List<UnitImportRow> rows) {
		CurrentUser user = CurrentUser.get();
		Scope scope = user.scope();
		boolean admin = user.is(Role.ADMIN);
		List<UnitImportError> errors = new ArrayList<>();

		for (UnitImportRow row : rows) {
			errors.addAll(row.cellErrors());
			checkCells(row, admin, errors);
		}

		// codes of the file and the parents they name, looked up in one query
		Set<String> keys = new HashSet<>();
		for (UnitImportRow row : rows) {
			if (row.codeKey() != null) {
				keys.add(row.codeKey());
			}
			if (row.parentKey() != null) {
				keys.add(row.parentKey());
			}
		}
		Map<String, Unit> existing = keys.isEmpty() ? Map.of()
				: this.units.findByLowerCodes(keys)
					.stream()
					.collect(Collectors.toMap(u -> UnitImportRow.key(u.getCode()), Function.identity()));

		Map<String, UnitImportRow> inFile = new LinkedHashMap<>();
		for (UnitImportRow row : rows) {
			if (row.codeKey() == null) {
				continue;
			}
			UnitImportRow first = inFile.putIfAbsent(row.codeKey(), row);
			if (first != null) {
				errors.add(UnitImportError.of(row.rowNumber(), UnitImportColumn.CODE, "unit.import.error.duplicateCode",
						row.code(), first.rowNumber()));
			}
			else if (existing.containsKey(row.codeKey())) {
				errors.add(UnitImportError.of(row.rowNumber(), UnitImportColumn.CODE, "unit.import.error.codeExists",
						row.code()));
			}
		}

		for (UnitImportRow row : rows) {
			String parentKey = row.parentKey();
			if (parentKey == null) {
				continue;
			}
			if (parentKey.equals(row.codeKey())) {
				errors.add(UnitImportError.of(row.rowNumber(), UnitImportColumn.PARENT_CODE,
						"unit.import.error.ownParent"));
			}
			else if (inFile.containsKey(parentKey)) {
				if (inCycle(row, inFile)) {
					errors.add(UnitImportError.of(row.rowNumber(), UnitImportColumn.PARENT_CODE,
							"unit.import.error.cycle", row.parentCode()));
				}
			}
			else if (existing.containsKey(parentKey)) {
				Unit parent = existing.get(parentKey);
				if (!scope.includes(parent.getId(), parent.getPath())) {
					errors.add(UnitImportError.of(row.rowNumber(), UnitImportColumn.PARENT_CODE,
							"unit.import.error.parentOutOfScope", row.parentCode()));
				}
				else if (parent.getValidTo() != null && row.validFrom() != null
						&& parent.getValidTo().isBefore(row.validFrom())) {
					errors.add(UnitImportError.of(row.rowNumber(), UnitImportColumn.PARENT_CODE,
							"unit.import.error.parentClosed", row.parentCode(),
							parent.getValidTo().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
				}
			}
			else {
				errors.add(UnitImportError.of(row.rowNumber(), UnitImportColumn.PARENT_CODE,
						"unit.import.error.parentUnknown", row.parentCode()));
			}
		}
		errors.sort(ImportProblem.ORDER);
		return new Check(List.copyOf(errors), existing);
	}

	private static void checkCells(UnitImportRow row, boolean admin, List<UnitImportError> errors) {
		int n = row.rowNumber();
		if (row.code() == null) {
			errors.add(UnitImportError.of(n, UnitImportColumn.CODE, "unit.import.error.required"));
		}
		else if (row.code().length() > CODE_MAX) {
			errors.add(UnitImportError.of(n, UnitImportColumn.CODE, "unit.import.error.tooLong", CODE_MAX));
		}
		else if (!CODE.matcher(row.code()).matches()) {
			errors.add(UnitImportError.of(n, UnitImportColumn.CODE, "unit.import.error.codeFormat", row.code()));
		}
		if (row.name() == null) {
			errors.add(UnitImportError.of(n, UnitImportColumn.NAME, "unit.import.error.required"));
		}
		else if (row.name().length() > NAME_MAX) {
			errors.add(UnitImportError.of(n, UnitImportColumn.NAME, "unit.import.error.tooLong", NAME_MAX));
		}
		if (row.shortName() != null && row.shortName().length() > SHORT_NAME_MAX) {
			errors.add(UnitImportError.of(n, UnitImportColumn.SHORT_NAME, "unit.import.error.tooLong", SHORT_NAME_MAX));
		}
		if (row.kindText() == null) {
			errors.add(UnitImportError.of(n, UnitImportColumn.KIND, "unit.import.error.required"));
		}
		else if (row.kind() != null && row.validFrom() != null && row.kind().isHistoric()
				&& row.validFrom().isAfter(UnitService.DISTRICT_POLICE_ABOLISHED)) {
			errors.add(UnitImportError.of(n, UnitImportColumn.KIND, "unit.import.error.kindAbolished"));
		}
		if (row.parentCode() == null && !admin) {
			errors.add(UnitImportError.of(n, UnitImportColumn.PARENT_CODE, "unit.import.error.parentRequired"));
		}
		if (row.headcountText() == null) {
			errors.add(UnitImportError.of(n, UnitImportColumn.HEADCOUNT, "unit.import.error.required"));
		}
		if (row.validFromText() == null) {
			errors.add(UnitImportError.of(n, UnitImportColumn.VALID_FROM, "unit.import.error.required"));
		}
	}

	/** Whether following parents within the file from this row comes back to it. */
	private static boolean inCycle(UnitImportRow row, Map<String, UnitImportRow> inFile) {
		Set<String> seen = new HashSet<>();
		UnitImportRow current = row;
		while (current != null && current.parentKey() != null) {
			if (!seen.add(current.codeKey())) {
				return true;
			}
			current = inFile.get(current.parentKey());
			if (current == row) {
				return true;
			}
		}
		return false;
	}

	/** Rows ordered so that a parent of the file comes before its children. */
	private static List<UnitImportRow> inTreeOrder(List<UnitImportRow> rows, Map<String, UnitImportRow> inFile) {
		Map<String, Integer> depth = new HashMap<>();
		for (UnitImportRow row : rows) {
			depthOf(row, inFile, depth);
		}
		return rows.stream().sorted(Comparator.comparingInt(row -> depth.get(row.codeKey()))).toList();
	}

	private static int depthOf(UnitImportRow row, Map<String, UnitImportRow> inFile, Map<String, Integer> depth) {
		Integer known = depth.get(row.codeKey());
		if (known != null) {
			return known;
		}
		UnitImportRow parent = row.parentKey() == null ? null : inFile.get(row.parentKey());
		int value = parent == null ? 0 : depthOf(parent, inFile, depth) + 1;
		depth.put(row.codeKey(), value);
		return value;
	}

	/** Every way a kind may be written: its labels in both languages and its code. */
	private Map<String, UnitKind> kinds() {
		Map<String, UnitKind> kinds = new HashMap<>();
		for (UnitKind kind : UnitKind.values()) {
			for (Locale locale : List.of(VietnameseText.VIETNAMESE, Locale.ENGLISH)) {
				String label = label(kind, locale);
				kinds.put(VietnameseText.fold(label), kind);
				// "Công an huyện (đã giải thể)" may be written "Công an huyện"
				int bracket = label.indexOf(" (");
				if (bracket > 0) {
					kinds.putIfAbsent(VietnameseText.fold(label.substring(0, bracket)), kind);
				}
			}
			kinds.put(VietnameseText.fold(kind.name()), kind);
		}
		return kinds;
	}

	private String label(UnitKind kind, Locale locale) {
		return this.messages.getMessage("UnitKind." + kind.name(), null, kind.name(), locale);
	}

	private String vi(String key) {
		return this.messages.getMessage(key, null, key, VietnameseText.VIETNAMESE);
	}

	/** The rows of a confirmed import were refused: nothing was saved. */
	public static class UnitImportRejectedException extends RuntimeException {

		private final transient List<UnitImportError> errors;

		UnitImportRejectedException(List<UnitImportError> errors) {
			super("Import refused");
			this.errors = errors;
		}

		public List<UnitImportError> errors() {
			return this.errors;
		}

	}

}
