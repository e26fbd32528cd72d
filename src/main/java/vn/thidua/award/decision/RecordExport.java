package vn.thidua.award.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The found award records as a workbook in the page's language: one row a record, dates
 * as date cells and amounts as number cells with a total, so that it sorts and sums in
 * Excel or LibreOffice.
 */
@Component
@RequiredArgsConstructor
class RecordExport {

	private static final String[] HEADERS = { "award.record.col.number", "award.record.col.date",
			"award.record.col.authority", "award.record.col.kind", "award.record.col.recipient",
			"award.record.col.rank", "award.record.col.unit", "award.record.col.item", "award.record.col.multiple",
			"award.record.col.amount", "award.record.col.achievement" };

	private final MessageSource messages;

	byte[] write(List<RecordRow> rows, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "thidua", "1.0");
			Worksheet sheet = workbook.newWorksheet(text("award.record.sheet", locale));
			sheet.value(0, 0, text("award.record.sheetTitle", locale));
			sheet.style(0, 0).bold().fontSize(13).set();
			for (int c = 0; c < HEADERS.length; c++) {
				sheet.value(2, c, text(HEADERS[c], locale));
				sheet.style(2, c).bold().fillColor("1F4D2B").fontColor("FFFFFF").wrapText(true).set();
			}
			int r = 3;
			long total = 0;
			for (RecordRow row : rows) {
				sheet.value(r, 0, row.number());
				sheet.value(r, 1, row.decidedOn());
				sheet.style(r, 1).format("dd/mm/yyyy").set();
				sheet.value(r, 2, text("Authority." + row.authority(), locale));
				sheet.value(r, 3, text("DecisionKind." + row.kind(), locale));
				sheet.value(r, 4, row.recipientName());
				sheet.value(r, 5, row.rank());
				sheet.value(r, 6, row.unitName());
				sheet.value(r, 7, row.itemName(locale));
				if (row.cashMultiple() != null) {
					sheet.value(r, 8, row.cashMultiple());
					sheet.style(r, 8).format("0.0#").set();
				}
				sheet.value(r, 9, row.amount());
				sheet.style(r, 9).format("#,##0").set();
				sheet.value(r, 10, row.achievement());
				total += row.amount();
				r++;
			}
			sheet.value(r, 8, text("award.record.total", locale));
			sheet.style(r, 8).bold().set();
			sheet.value(r, 9, total);
			sheet.style(r, 9).bold().format("#,##0").set();
			sheet.width(0, 16);
			sheet.width(4, 28);
			sheet.width(6, 28);
			sheet.width(7, 34);
			sheet.width(9, 14);
			sheet.width(10, 50);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
