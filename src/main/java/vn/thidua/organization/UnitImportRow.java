package vn.thidua.organization;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One data row of an import file: what the cells said and what could be read from them.
 * Kept in the HTTP session between the preview and the confirmation, hence serializable.
 *
 * @param rowNumber the row number as Excel shows it
 * @param code unit code (mã đơn vị)
 * @param name full name
 * @param shortName short name, or {@code null}
 * @param kindText the kind as written
 * @param kind the kind, or {@code null} if the text is not a known kind
 * @param parentCode the parent's code, or {@code null}
 * @param headcountText the headcount as written
 * @param headcount the headcount, or {@code null} if not a whole number
 * @param validFromText the start date as written
 * @param validFrom the start date, or {@code null} if not a date
 * @param cellErrors problems of the cells themselves (unreadable values)
 */
public record UnitImportRow(int rowNumber, String code, String name, String shortName, String kindText, UnitKind kind,
		String parentCode, String headcountText, Integer headcount, String validFromText, LocalDate validFrom,
		List<UnitImportError> cellErrors) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public UnitImportRow {
		cellErrors = List.copyOf(cellErrors);
	}

	/** The code in the form codes are compared: trimmed, lower case. */
	String codeKey() {
		return key(this.code);
	}

	String parentKey() {
		return key(this.parentCode);
	}

	static String key(String code) {
		return code == null ? null : code.trim().toLowerCase(java.util.Locale.ROOT);
	}

	UnitForm toForm(Long parentId) {
		return new UnitForm(this.code, this.name, this.shortName, this.kind, parentId, this.headcount, this.validFrom,
				null);
	}

}
