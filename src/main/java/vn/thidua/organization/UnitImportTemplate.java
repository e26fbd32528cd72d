package vn.thidua.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The downloadable template of the unit import: the sheet to fill, with its Vietnamese
 * header and two example rows (a department and a team under it, to show that a parent
 * may be another row of the file), and a second sheet listing the allowed kinds.
 */
final class UnitImportTemplate {

	static final String SHEET = "Đơn vị";

	static final String KINDS_SHEET = "Loại đơn vị";

	private static final String HEADER_FILL = "1F4D2B";

	private static final String HEADER_FONT = "FFFFFF";

	private static final String DATE_FORMAT = "dd/mm/yyyy";

	private static final String EXAMPLE_FONT = "6C757D";

	private static final double[] WIDTHS = { 16, 45, 18, 30, 20, 10, 22 };

	private UnitImportTemplate() {
	}

	/** One allowed kind: its Vietnamese label, its code and a note. */
	record Kind(String label, String code, String note) {

	}

	/**
	 * @param parentCode the code of a unit the user may create under, for the examples
	 * @param kinds the allowed kinds, in Vietnamese
	 * @param instructions lines of guidance for the second sheet
	 */
	static byte[] write(String parentCode, String departmentLabel, String teamLabel, List<Kind> kinds,
			List<String> instructions) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "thidua", "1.0");
			Worksheet sheet = workbook.newWorksheet(SHEET);
			UnitImportColumn[] columns = UnitImportColumn.values();
			for (UnitImportColumn column : columns) {
				sheet.value(0, column.ordinal(), column.vietnameseHeader());
				sheet.width(column.ordinal(), WIDTHS[column.ordinal()]);
			}
			sheet.range(0, 0, 0, columns.length - 1)
				.style()
				.bold()
				.fontColor(HEADER_FONT)
				.fillColor(HEADER_FILL)
				.wrapText(true)
				.verticalAlignment("center")
				.set();
			sheet.freezePane(0, 1);

			String department = parentCode + "-PC99";
			example(sheet, 1, department, "Phòng Cảnh sát (ví dụ, xóa dòng này)", "PC99", departmentLabel, parentCode,
					40);
			example(sheet, 2, department + "-D1", "Đội 1 (ví dụ, xóa dòng này)", "Đội 1 PC99", teamLabel, department,
					12);
			// the start date once as a real Excel date cell and once as text: both are
			// accepted
			sheet.value(1, UnitImportColumn.VALID_FROM.ordinal(), LocalDate.of(2025, 7, 1));
			sheet.value(2, UnitImportColumn.VALID_FROM.ordinal(), "15/08/2025");
			sheet.range(1, 0, 2, columns.length - 1).style().fontColor(EXAMPLE_FONT).italic().set();
			sheet.style(1, UnitImportColumn.VALID_FROM.ordinal())
				.format(DATE_FORMAT)
				.fontColor(EXAMPLE_FONT)
				.italic()
				.set();

			Worksheet kindSheet = workbook.newWorksheet(KINDS_SHEET);
			kindSheet.value(0, 0, "Loại đơn vị (nhập đúng như cột này)");
			kindSheet.value(0, 1, "Mã loại (cũng được chấp nhận)");
			kindSheet.value(0, 2, "Ghi chú");
			kindSheet.range(0, 0, 0, 2)
				.style()
				.bold()
				.fontColor(HEADER_FONT)
				.fillColor(HEADER_FILL)
				.wrapText(true)
				.set();
			kindSheet.width(0, 36);
			kindSheet.width(1, 24);
			kindSheet.width(2, 60);
			int row = 1;
			for (Kind kind : kinds) {
				kindSheet.value(row, 0, kind.label());
				kindSheet.value(row, 1, kind.code());
				kindSheet.value(row, 2, kind.note());
				row++;
			}
			sheet.range(1, UnitImportColumn.KIND.ordinal(), 1000, UnitImportColumn.KIND.ordinal())
				.validateWithList(kindSheet.range(1, 0, kinds.size(), 0));
			row++;
			kindSheet.value(row++, 0, "Hướng dẫn");
			kindSheet.style(row - 1, 0).bold().set();
			for (String line : instructions) {
				kindSheet.value(row++, 0, line);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void example(Worksheet sheet, int row, String code, String name, String shortName, String kind,
			String parent, int headcount) {
		sheet.value(row, UnitImportColumn.CODE.ordinal(), code);
		sheet.value(row, UnitImportColumn.NAME.ordinal(), name);
		sheet.value(row, UnitImportColumn.SHORT_NAME.ordinal(), shortName);
		sheet.value(row, UnitImportColumn.KIND.ordinal(), kind);
		sheet.value(row, UnitImportColumn.PARENT_CODE.ordinal(), parent);
		sheet.value(row, UnitImportColumn.HEADCOUNT.ordinal(), headcount);
	}

}
