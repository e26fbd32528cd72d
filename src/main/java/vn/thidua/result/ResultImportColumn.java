package vn.thidua.result;

/**
 * The columns of a report's entry template (mẫu nhập kết quả), in their order. Their
 * headers come from the {@code result-excel} bundle: the file is written in Vietnamese
 * and headers in English are accepted too.
 */
public enum ResultImportColumn {

	CODE, INDICATOR, MEASURE_UNIT, KIND, TARGET, VALUE, NUMERATOR, DENOMINATOR, THIS_PERIOD, LAST_YEAR, DONE, NOTE;

	/** The message key of the column's header. */
	public String messageKey() {
		return "result.excel.column." + name();
	}

	/** The column's letter in the sheet (A, B, …). */
	public String letter() {
		return String.valueOf((char) ('A' + ordinal()));
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
