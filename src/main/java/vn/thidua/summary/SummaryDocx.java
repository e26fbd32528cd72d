package vn.thidua.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.shared.document.DocxWriter;
import vn.thidua.shared.text.Formats;
import vn.thidua.summary.SummaryFigures.Figure;
import vn.thidua.summary.SummaryFigures.Section;
import vn.thidua.summary.SummaryPrint.Document;
import vn.thidua.summary.SummaryPrint.Part;

/**
 * The printed summary as an editable Word document, for staff who finish the report
 * before it is signed: the same parts as the print view, in the Decree 30 layout.
 */
@Component
@RequiredArgsConstructor
class SummaryDocx {

	private final MessageSource messages;

	byte[] write(Document doc, Locale locale) {
		SummaryFigures s = doc.figures();
		int year = s.scope().year();
		try (DocxWriter w = new DocxWriter(this.messages, locale)) {
			w.heading(doc.heading());
			title(w, w.text("summary.print.title"), doc.subject());
			w.paragraph(ParagraphAlignment.CENTER,
					w.text(doc.figuresDateKey(), Formats.RECORDS.date(doc.figuresDate())), false, true,
					DocxWriter.BODY_PT);
			for (int p = 0; p < doc.parts().size(); p++) {
				Part part = doc.parts().get(p);
				w.section(w.text("summary.print.part." + part.key(), String.valueOf(year + 1)));
				part.paragraphs().forEach(w::body);
				if (part.paragraphs().isEmpty() && p > 0) {
					w.body(w.text("summary.print.notWritten"));
				}
				if (p == 0) {
					w.body(w.text("summary.print.figuresIntro", String.valueOf(s.years().get(s.years().size() - 1)),
							String.valueOf(year)));
					figures(w, s, locale);
				}
			}
			w.recipientsAndSignature(doc.recipients(), doc.signature());
			if (!s.clusters().isEmpty() || !s.indicators().isEmpty() || !s.organisers().isEmpty()) {
				w.pageBreak();
				title(w, w.text("summary.print.annexTitle"),
						w.text(s.organisers().isEmpty() ? "summary.print.annexOf" : "summary.print.annexRollup",
								doc.who(), String.valueOf(year)));
				if (!s.organisers().isEmpty()) {
					XWPFTable organisers = w
						.table(List.of(w.text("document.col.number"), w.text("summary.organisers.name"),
								w.text("summary.organisers.campaigns"), w.text("summary.organisers.clusters"),
								w.text("summary.organisers.members"), w.text("summary.organisers.titles"),
								w.text("summary.organisers.forms"), w.text("summary.organisers.cash")));
					int n = 1;
					for (SummaryFigures.OrganiserLine o : s.organisers()) {
						w.row(organisers,
								List.of(String.valueOf(n++),
										o.own() ? w.text("summary.organisers.own", o.name()) : o.name(),
										number(o.campaigns()), number(o.clusters()), number(o.members()),
										number(o.titles()), number(o.forms()), number(o.cash())));
					}
				}
				if (!s.clusters().isEmpty()) {
					XWPFTable clusters = w.table(List.of(w.text("document.col.number"), w.text("summary.clusters.name"),
							w.text("summary.clusters.head"), w.text("summary.clusters.members"),
							w.text("summary.clusters.leaders")));
					int n = 1;
					for (SummaryFigures.ClusterLine c : s.clusters()) {
						w.row(clusters, List.of(String.valueOf(n++), c.name(), or(c.headUnit()), number(c.members()),
								or(c.leaders())));
					}
				}
				if (!s.indicators().isEmpty()) {
					XWPFTable indicators = w
						.table(List.of(w.text("document.col.number"), w.text("summary.results.indicator"),
								w.text("summary.results.met"), w.text("summary.results.notMet")));
					int n = 1;
					for (SummaryFigures.IndicatorLine i : s.indicators()) {
						w.row(indicators, List.of(String.valueOf(n++), i.code() + " " + i.name(), number(i.met()),
								number(i.notMet())));
					}
				}
			}
			return w.toBytes();
		}
	}

	private static void figures(DocxWriter w, SummaryFigures s, Locale locale) {
		List<String> headers = new ArrayList<>();
		headers.add(w.text("document.col.number"));
		headers.add(w.text("summary.col.figure"));
		s.years().forEach(y -> headers.add(String.valueOf(y)));
		headers.add(w.text("summary.col.change"));
		XWPFTable table = w.table(headers);
		int n = 1;
		for (Section section : s.sections()) {
			List<String> title = new ArrayList<>();
			title.add(String.valueOf(n++));
			title.add(w.text("summary.section." + section.key()));
			s.years().forEach(y -> title.add(""));
			title.add("");
			w.row(table, title);
			for (Figure f : section.figures()) {
				if (f.nameVi() != null && f.isZero()) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				cells.add("");
				cells.add(f.nameVi() != null ? ("en".equals(locale.getLanguage()) ? f.nameEn() : f.nameVi())
						: w.text("summary.figure." + f.key()));
				f.values().forEach(v -> cells.add(number(v)));
				cells.add((f.change() > 0 ? "+" : "") + number(f.change()));
				w.row(table, cells);
			}
		}
	}

	private static void title(DocxWriter w, String title, String subtitle) {
		w.paragraph(ParagraphAlignment.CENTER, title, true, false, DocxWriter.BODY_PT);
		w.paragraph(ParagraphAlignment.CENTER, subtitle, true, false, DocxWriter.BODY_PT);
	}

	private static String number(long value) {
		return Formats.RECORDS.number(value);
	}

	private static String or(String text) {
		return text == null ? "—" : text;
	}

}
