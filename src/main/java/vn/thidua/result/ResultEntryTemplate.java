package vn.thidua.result;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.shared.text.Formats;

/**
 * A report's entry template (mẫu nhập kết quả): a title with the unit, campaign and
 * month; the report's number, so that a file uploaded to another report is recognised;
 * and one row per indicator with what is already entered. The unit fills the white
 * columns; the grey ones describe the indicator or do not apply to it. Written in
 * Vietnamese, whatever the user's language, like the documents.
 */
@Component
@RequiredArgsConstructor
class ResultEntryTemplate {

	static final Locale FILE_LOCALE = Locale.forLanguageTag("vi");

	/** The sheet row (0-based) of the report's number, its header and first indicator. */
	static final int REPORT_ROW = 2;

	static final int HEADER_ROW = 3;

	static final int FIRST_ROW = 4;

	private static final String HEADER_FILL = "1F4D2B";

	private static final String HEADER_FONT = "FFFFFF";

	private static final String LOCKED_FILL = "E9ECEF";

	private static final String BORDER = "thin";

	private static final double[] WIDTHS = { 10, 48, 12, 20, 18, 12, 10, 10, 12, 14, 14, 36 };

	private final MessageSource messages;

	/** "ket-qua-PA04-2026-02.xlsx". */
	static String fileName(ResultReport report) {
		String code = report.getUnit().getCode();
		String shortCode = code.substring(code.lastIndexOf('-') + 1);
		return String.format("ket-qua-%s-%d-%02d.xlsx", shortCode, report.getPeriodMonth().getYear(),
				report.getPeriodMonth().getMonthValue());
	}

	/**
	 * @param report a report with its values loaded
	 */
	byte[] write(ResultReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "thidua", "1.0");
			Worksheet sheet = workbook.newWorksheet(text("result.excel.sheet"));
			ResultImportColumn[] columns = ResultImportColumn.values();
			int last = columns.length - 1;
			String month = String.format("%02d/%d", report.getPeriodMonth().getMonthValue(),
					report.getPeriodMonth().getYear());

			sheet.value(0, 0, text("result.excel.title", month));
			sheet.range(0, 0, 0, last).merge();
			sheet.style(0, 0).bold().fontSize(14).set();
			sheet.value(1, 0, text("result.excel.subtitle", report.getUnit().getName(), report.getUnit().getCode(),
					report.getCampaign().getName()));
			sheet.range(1, 0, 1, last).merge();
			sheet.style(1, 0).italic().set();
			sheet.value(REPORT_ROW, 0, text("result.excel.reportNumber"));
			sheet.value(REPORT_ROW, 1, report.getId());
			sheet.style(REPORT_ROW, 0).bold().fillColor(LOCKED_FILL).set();
			sheet.style(REPORT_ROW, 1).bold().fillColor(LOCKED_FILL).horizontalAlignment("left").set();
			sheet.value(REPORT_ROW, 2, text("result.excel.instructions"));
			sheet.range(REPORT_ROW, 2, REPORT_ROW, last).merge();
			sheet.style(REPORT_ROW, 2).fontColor("6C757D").wrapText(true).verticalAlignment("top").set();
			sheet.rowHeight(REPORT_ROW, 45);

			for (ResultImportColumn column : columns) {
				sheet.value(HEADER_ROW, column.ordinal(), text(column.messageKey()));
				sheet.width(column.ordinal(), WIDTHS[column.ordinal()]);
			}
			sheet.range(HEADER_ROW, 0, HEADER_ROW, last)
				.style()
				.bold()
				.fontColor(HEADER_FONT)
				.fillColor(HEADER_FILL)
				.wrapText(true)
				.verticalAlignment("center")
				.horizontalAlignment("center")
				.borderStyle(BORDER)
				.set();
			sheet.rowHeight(HEADER_ROW, 32);
			sheet.freezePane(2, HEADER_ROW + 1);

			int row = FIRST_ROW;
			for (ResultValue value : report.getValues()) {
				writeLine(sheet, row++, value);
			}
			if (row > FIRST_ROW) {
				sheet.range(FIRST_ROW, ResultImportColumn.DONE.ordinal(), row - 1, ResultImportColumn.DONE.ordinal())
					.validateWithListByFormula("\"" + text("result.excel.yes") + "," + text("result.excel.no") + "\"");
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void writeLine(Worksheet sheet, int row, ResultValue value) {
		Indicator indicator = value.getIndicator();
		EntryKind kind = value.kind();
		sheet.value(row, ResultImportColumn.CODE.ordinal(), indicator.getCode());
		sheet.value(row, ResultImportColumn.INDICATOR.ordinal(), indicator.getName());
		sheet.value(row, ResultImportColumn.MEASURE_UNIT.ordinal(), indicator.getMeasureUnit());
		sheet.value(row, ResultImportColumn.KIND.ordinal(), text("result.excel.kind." + kind));
		sheet.value(row, ResultImportColumn.TARGET.ordinal(), target(value));
		switch (kind) {
			case VALUE -> number(sheet, row, ResultImportColumn.VALUE, value.getAmount());
			case RATIO -> {
				number(sheet, row, ResultImportColumn.NUMERATOR, value.getNumerator());
				number(sheet, row, ResultImportColumn.DENOMINATOR, value.getDenominator());
			}
			case CHANGE -> {
				number(sheet, row, ResultImportColumn.THIS_PERIOD, value.getAmount());
				number(sheet, row, ResultImportColumn.LAST_YEAR, value.getLastYear());
			}
			case DONE -> {
				if (value.getDone() != null) {
					sheet.value(row, ResultImportColumn.DONE.ordinal(),
							text(value.getDone() ? "result.excel.yes" : "result.excel.no"));
				}
			}
		}
		sheet.value(row, ResultImportColumn.NOTE.ordinal(), value.getNote());
		for (ResultImportColumn column : ResultImportColumn.values()) {
			boolean open = column.isFilled() && column.appliesTo(kind);
			var style = sheet.style(row, column.ordinal()).borderStyle(BORDER).verticalAlignment("top");
			if (!open) {
				style = style.fillColor(LOCKED_FILL);
			}
			if (column == ResultImportColumn.INDICATOR || column == ResultImportColumn.NOTE) {
				style = style.wrapText(true);
			}
			if (open && kind == EntryKind.RATIO
					&& (column == ResultImportColumn.NUMERATOR || column == ResultImportColumn.DENOMINATOR)) {
				// whole counts; other figures keep the General format, which shows
				// decimals
				// only when there are some
				style = style.format("0");
			}
			style.set();
		}
	}

	private static void number(Worksheet sheet, int row, ResultImportColumn column, Number value) {
		if (value instanceof BigDecimal decimal) {
			sheet.value(row, column.ordinal(), decimal.stripTrailingZeros());
		}
		else if (value != null) {
			sheet.value(row, column.ordinal(), value);
		}
	}

	/** "≥ 75%", "giảm ≥ 5%", like the entry page. */
	private String target(ResultValue value) {
		Indicator indicator = value.getIndicator();
		if (value.getTarget() == null || indicator.getDirection() == Direction.DONE_OR_NOT) {
			return text("indicator.target.DONE_OR_NOT");
		}
		return text("indicator.target." + indicator.getDirection(), Formats.RECORDS.number(value.getTarget()),
				indicator.unitSuffix());
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, FILE_LOCALE);
	}

}
