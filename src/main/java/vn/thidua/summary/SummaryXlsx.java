package vn.thidua.summary;

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

import vn.thidua.shared.text.Formats;
import vn.thidua.summary.SummaryFigures.ClusterLine;
import vn.thidua.summary.SummaryFigures.Figure;
import vn.thidua.summary.SummaryFigures.IndicatorLine;
import vn.thidua.summary.SummaryFigures.Section;

/**
 * The annex tables of the year-end summary as a workbook in the page's language: the
 * figures beside the previous years, the clusters, and the results by indicator; every
 * figure a number cell, so that the tables sum and chart in Excel or LibreOffice.
 */
@Component
@RequiredArgsConstructor
class SummaryXlsx {

	private static final String NUMBER = "#,##0";

	private final MessageSource messages;

	byte[] write(SummaryPrint.Document doc, Locale locale) {
		SummaryFigures s = doc.figures();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "thidua", "1.0");
			figures(workbook.newWorksheet(text(locale, "summary.xlsx.figures")), doc, locale);
			clusters(workbook.newWorksheet(text(locale, "summary.xlsx.clusters")), s, locale);
			indicators(workbook.newWorksheet(text(locale, "summary.xlsx.indicators")), s, locale);
			if (!s.organisers().isEmpty()) {
				organisers(workbook.newWorksheet(text(locale, "summary.xlsx.organisers")), s, locale);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void figures(Worksheet sheet, SummaryPrint.Document doc, Locale locale) {
		SummaryFigures s = doc.figures();
		sheet.value(0, 0, doc.subject());
		sheet.style(0, 0).bold().fontSize(13).set();
		sheet.value(1, 0, text(locale, doc.figuresDateKey(), Formats.RECORDS.date(doc.figuresDate())));
		sheet.style(1, 0).italic().set();
		header(sheet, 2, 0, text(locale, "summary.col.figure"));
		for (int y = 0; y < s.years().size(); y++) {
			header(sheet, 2, 1 + y, String.valueOf(s.years().get(y)));
		}
		header(sheet, 2, 1 + s.years().size(), text(locale, "summary.col.change"));
		int r = 3;
		for (Section section : s.sections()) {
			sheet.value(r, 0, text(locale, "summary.section." + section.key()));
			sheet.style(r, 0).bold().set();
			r++;
			for (Figure f : section.figures()) {
				if (f.nameVi() != null && f.isZero()) {
					continue;
				}
				sheet.value(r, 0, f.label(this.messages, locale));
				for (int y = 0; y < f.values().size(); y++) {
					sheet.value(r, 1 + y, f.values().get(y));
					sheet.style(r, 1 + y).format(NUMBER).set();
				}
				sheet.value(r, 1 + f.values().size(), f.change());
				sheet.style(r, 1 + f.values().size()).format("+#,##0;-#,##0;0").set();
				r++;
			}
		}
		sheet.width(0, 48);
		for (int c = 1; c <= s.years().size() + 1; c++) {
			sheet.width(c, 14);
		}
	}

	private void clusters(Worksheet sheet, SummaryFigures s, Locale locale) {
		String[] headers = { "summary.clusters.name", "summary.clusters.head", "summary.clusters.deputy",
				"summary.clusters.members", "summary.clusters.covenants", "summary.clusters.sessions",
				"summary.clusters.leaders" };
		for (int c = 0; c < headers.length; c++) {
			header(sheet, 0, c, text(locale, headers[c]));
		}
		int r = 1;
		for (ClusterLine c : s.clusters()) {
			sheet.value(r, 0, c.name());
			optional(sheet, r, 1, c.headUnit());
			optional(sheet, r, 2, c.deputyUnit());
			sheet.value(r, 3, c.members());
			sheet.value(r, 4, c.covenantsInForce());
			sheet.value(r, 5, c.sessions());
			optional(sheet, r, 6, c.leaders());
			r++;
		}
		sheet.width(0, 30);
		sheet.width(1, 30);
		sheet.width(2, 30);
		sheet.width(6, 40);
	}

	private void indicators(Worksheet sheet, SummaryFigures s, Locale locale) {
		String[] headers = { "summary.xlsx.campaign", "summary.xlsx.code", "summary.results.indicator",
				"summary.results.met", "summary.results.notMet" };
		for (int c = 0; c < headers.length; c++) {
			header(sheet, 0, c, text(locale, headers[c]));
		}
		int r = 1;
		for (IndicatorLine i : s.indicators()) {
			sheet.value(r, 0, i.campaign());
			sheet.value(r, 1, i.code());
			sheet.value(r, 2, i.name());
			sheet.value(r, 3, i.met());
			sheet.value(r, 4, i.notMet());
			r++;
		}
		sheet.width(0, 34);
		sheet.width(2, 60);
	}

	private void organisers(Worksheet sheet, SummaryFigures s, Locale locale) {
		List<String> columns = SummaryFigures.OrganiserLine.COLUMNS;
		header(sheet, 0, 0, text(locale, "summary.organisers.name"));
		for (int c = 0; c < columns.size(); c++) {
			header(sheet, 0, 1 + c, text(locale, "summary.organisers." + columns.get(c)));
		}
		int r = 1;
		for (SummaryFigures.OrganiserLine o : s.organisers()) {
			sheet.value(r, 0, o.own() ? text(locale, "summary.organisers.own", o.name()) : o.name());
			List<Long> values = o.values();
			for (int c = 0; c < values.size(); c++) {
				sheet.value(r, 1 + c, values.get(c));
				sheet.style(r, 1 + c).format(NUMBER).set();
			}
			r++;
		}
		sheet.width(0, 40);
		for (int c = 1; c <= columns.size(); c++) {
			sheet.width(c, 14);
		}
	}

	private static void optional(Worksheet sheet, int r, int c, String text) {
		if (text != null) {
			sheet.value(r, c, text);
		}
	}

	private static void header(Worksheet sheet, int r, int c, String text) {
		sheet.value(r, c, text);
		sheet.style(r, c).bold().fillColor("1F4D2B").fontColor("FFFFFF").wrapText(true).set();
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
