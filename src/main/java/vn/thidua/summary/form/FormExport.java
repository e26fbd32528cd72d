package vn.thidua.summary.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

import vn.thidua.summary.form.FormQueries.FormRow;

/**
 * A statistical form as a workbook in the form's layout: the header lines (form number,
 * regulation, due date, reporting and receiving units, title, period), then the table
 * with its column groups, the column letters and numbers (A, B, 1, 2, …), one row per
 * line with its code, the counts as number cells and the totals as numbers too (not
 * formulas, so that the file reads the same in every program).
 */
@Component
class FormExport {

	byte[] write(FormDocument.Sheet sheet) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "thidua", "1.0");
			Worksheet ws = workbook.newWorksheet(sheet.table().form().number());
			int columns = sheet.columnLabels().size();
			int last = columns + 1;
			ws.value(0, 0, sheet.formNumber());
			ws.style(0, 0).bold().set();
			ws.value(1, 0, sheet.regulation());
			ws.value(2, 0, sheet.due());
			ws.value(0, last - 2, sheet.reportingUnit());
			ws.value(1, last - 2, sheet.receivingUnit());
			ws.value(4, 0, sheet.title());
			ws.range(4, 0, 4, last).merge();
			ws.style(4, 0).bold().fontSize(13).horizontalAlignment("center").set();
			ws.value(5, 0, sheet.period());
			ws.range(5, 0, 5, last).merge();
			ws.style(5, 0).italic().horizontalAlignment("center").set();
			ws.value(6, 0, sheet.unitNote());
			ws.range(6, 0, 6, last).merge();
			ws.style(6, 0).italic().horizontalAlignment("right").set();
			int top = 8;
			boolean groups = sheet.hasGroups();
			int labels = groups ? top + 1 : top;
			header(ws, top, 0, labels, sheet.rowHeader());
			header(ws, top, 1, labels, sheet.codeHeader());
			int c = 2;
			int index = 0;
			for (FormDocument.HeaderGroup group : sheet.groups()) {
				if (group.group()) {
					ws.value(top, c, group.label());
					ws.range(top, c, top, c + group.span() - 1).merge();
					ws.range(top, c, top, c + group.span() - 1)
						.style()
						.bold()
						.wrapText(true)
						.horizontalAlignment("center")
						.verticalAlignment("center")
						.borderStyle("thin")
						.set();
					for (int k = 0; k < group.span(); k++) {
						cellHeader(ws, labels, c + k, sheet.columnLabels().get(index++));
					}
					c += group.span();
				}
				else {
					header(ws, top, c, labels, sheet.columnLabels().get(index++));
					c++;
				}
			}
			int letters = labels + 1;
			cellHeader(ws, letters, 0, "A");
			cellHeader(ws, letters, 1, "B");
			for (int k = 0; k < columns; k++) {
				ws.value(letters, 2 + k, k + 1);
				ws.style(letters, 2 + k).italic().horizontalAlignment("center").borderStyle("thin").set();
			}
			int r = letters + 1;
			List<FormRow> rows = sheet.table().rows();
			for (int i = 0; i < rows.size(); i++) {
				FormRow row = rows.get(i);
				String label = sheet.rowLabels().get(i);
				ws.value(r, 0, row.line().level() > 0 ? "    " + label : label);
				boolean bold = row.line().level() == 0 && !row.line().isHeading() || row.line().isTotal();
				org.dhatim.fastexcel.StyleSetter labelStyle = ws.style(r, 0).wrapText(true).borderStyle("thin");
				if (bold) {
					labelStyle = labelStyle.bold();
				}
				if (row.line().isHeading()) {
					labelStyle = labelStyle.italic();
				}
				labelStyle.set();
				if (row.number() != null) {
					ws.value(r, 1, row.number());
				}
				ws.style(r, 1).horizontalAlignment("center").borderStyle("thin").set();
				for (int k = 0; k < columns; k++) {
					if (row.counts() != null) {
						ws.value(r, 2 + k, row.counts().get(k));
					}
					org.dhatim.fastexcel.StyleSetter count = ws.style(r, 2 + k).format("#,##0").borderStyle("thin");
					(row.line().isTotal() ? count.bold() : count).set();
				}
				r++;
			}
			ws.width(0, 46);
			ws.width(1, 8);
			for (int k = 0; k < columns; k++) {
				ws.width(2 + k, 13);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A header cell spanning the two header rows when the form has column groups. */
	private static void header(Worksheet ws, int top, int column, int bottom, String label) {
		ws.value(top, column, label);
		if (bottom > top) {
			ws.range(top, column, bottom, column).merge();
		}
		ws.range(top, column, bottom, column)
			.style()
			.bold()
			.wrapText(true)
			.horizontalAlignment("center")
			.verticalAlignment("center")
			.borderStyle("thin")
			.set();
	}

	private static void cellHeader(Worksheet ws, int row, int column, String label) {
		ws.value(row, column, label);
		ws.style(row, column)
			.bold()
			.wrapText(true)
			.horizontalAlignment("center")
			.verticalAlignment("center")
			.borderStyle("thin")
			.set();
	}

}
