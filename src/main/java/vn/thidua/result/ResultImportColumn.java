package vn.thidua.result;

import vn.thidua.shared.spreadsheet.ImportColumn;

/**
 * The columns of a report's entry template (mẫu nhập kết quả), in their order. Their
 * headers come from the {@code result-excel} bundle: the file is written in Vietnamese
 * and headers in English are accepted too.
 */
public enum ResultImportColumn implements ImportColumn {

	CODE, INDICATOR, MEASURE_UNIT, KIND, TARGET, VALUE, NUMERATOR, DENOMINATOR, THIS_PERIOD, LAST_YEAR, DONE, NOTE;

	/** The message key of the column's header. */
	@Override
	public String messageKey() {
		return "result.excel.column." + name();
	}

	/** Whether the unit fills this column. */
	public boolean isFilled() {
		return ordinal() >= VALUE.ordinal();
	}

	/** Whether the column is filled for an indicator entered this way. */
	public boolean appliesTo(EntryKind kind) {
		return switch (this) {
			case VALUE -> kind == EntryKind.VALUE;
			case NUMERATOR, DENOMINATOR -> kind == EntryKind.RATIO;
			case THIS_PERIOD, LAST_YEAR -> kind == EntryKind.CHANGE;
			case DONE -> kind == EntryKind.DONE;
			default -> true;
		};
	}

}
