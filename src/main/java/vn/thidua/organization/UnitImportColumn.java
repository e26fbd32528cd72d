package vn.thidua.organization;

import vn.thidua.shared.spreadsheet.ImportColumn;

/**
 * The columns of the unit import sheet, in their order. The header row of the template is
 * in Vietnamese; English headers are accepted too.
 */
public enum UnitImportColumn implements ImportColumn {

	CODE("Mã đơn vị", "Unit code"), NAME("Tên đơn vị", "Unit name"), SHORT_NAME("Tên viết tắt", "Short name"),
	KIND("Loại đơn vị", "Kind of unit"), PARENT_CODE("Mã đơn vị cấp trên", "Parent unit code"),
	HEADCOUNT("Quân số", "Headcount"), VALID_FROM("Ngày bắt đầu hoạt động", "Active from");

	private final String vietnameseHeader;

	private final String englishHeader;

	UnitImportColumn(String vietnameseHeader, String englishHeader) {
		this.vietnameseHeader = vietnameseHeader;
		this.englishHeader = englishHeader;
	}

	public String vietnameseHeader() {
		return this.vietnameseHeader;
	}

	public String englishHeader() {
		return this.englishHeader;
	}

	/** The message key of the column's name, for pages. */
	@Override
	public String messageKey() {
		return "unit.import.column." + name();
	}

}
