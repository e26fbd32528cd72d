package vn.thidua.award.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.award.dossier.DossierPrint.Document;
import vn.thidua.award.dossier.DossierPrint.ItemTotal;
import vn.thidua.award.dossier.DossierPrint.Line;
import vn.thidua.shared.document.DocxWriter;
import vn.thidua.shared.text.Formats;

/**
 * The printed dossier as an editable Word document, for staff who complete the cover
 * submission before it is signed: the same parts as the print view, in the Decree 30
 * layout.
 */
@Component
@RequiredArgsConstructor
class DossierDocx {

	private final MessageSource messages;

	byte[] write(Document doc, Locale locale) {
		try (DocxWriter w = new DocxWriter(this.messages, locale)) {
			w.heading(doc.heading());
			title(w, w.text("award.dossier.print.title"), doc.subject());
			w.paragraph(ParagraphAlignment.CENTER, w.text("award.dossier.print.addressee", doc.addressee()), false,
					false, DocxWriter.BODY_PT);
			w.body(doc.intro());
			XWPFTable totals = w.table(List.of(w.text("document.col.number"), w.text("award.dossier.print.col.item"),
					w.text("award.dossier.print.col.collectives"), w.text("award.dossier.print.col.individuals"),
					w.text("award.dossier.print.col.amount")));
			int n = 1;
			for (ItemTotal t : doc.totals()) {
				w.row(totals, List.of(String.valueOf(n++), t.itemName(), String.valueOf(t.collectives()),
						String.valueOf(t.individuals()), money(t.amount())));
			}
			w.row(totals, List.of("", w.text("award.dossier.print.total"), String.valueOf(doc.collectives()),
					String.valueOf(doc.individuals()), money(doc.total())));
			if (doc.baseSalary() > 0) {
				w.body(w.text("award.dossier.print.cashRule", money(doc.baseSalary()),
						Formats.RECORDS.date(doc.baseSalaryFrom())));
			}
			w.body(w.text("award.dossier.print.attached"));
			if (!doc.attachments().isEmpty()) {
				w.body(w.text("award.dossier.print.attachedFiles"));
				int no = 1;
				for (String title : doc.attachments()) {
					w.body(no++ + ". " + title);
				}
			}
			w.body(w.text("award.dossier.print.closing", doc.addressee()));
			w.recipientsAndSignature(doc.recipients(), doc.signature());

			String annexOf = w.text("award.dossier.print.annexOf", doc.heading().number(), doc.view().unitName());
			w.pageBreak();
			title(w, w.text("award.dossier.print.listTitle"), annexOf);
			XWPFTable list = w.table(List.of(w.text("document.col.number"), w.text("award.dossier.print.col.recipient"),
					w.text("award.dossier.print.col.rankPosition"), w.text("award.dossier.print.col.item"),
					w.text("award.dossier.print.col.amount")));
			for (Line l : doc.lines()) {
				w.row(list,
						List.of(String.valueOf(l.no()), l.name(), rankPosition(w, l), l.itemName(), money(l.amount())));
			}
			w.row(list, List.of("", w.text("award.dossier.print.total"), "", "", money(doc.total())));

			w.pageBreak();
			title(w, w.text("award.dossier.print.reportsTitle"), annexOf);
			String year = String.valueOf(doc.view().dossier().getYear());
			for (Line l : doc.lines()) {
				w.section(l.no() + ". " + l.name());
				List<String> lines = new ArrayList<>();
				if (!l.collective()) {
					lines.add(w.text("award.dossier.print.report.person", or(l.rank()), or(l.position()),
							or(l.unitName())));
				}
				lines.add(w.text("award.dossier.print.report.proposed", l.itemName(), year));
				lines.add(w.text("award.dossier.print.report.achievement", l.achievement()));
				if (l.pastAwards().isEmpty()) {
					lines.add(w.text("award.dossier.print.report.noPast"));
				}
				else {
					lines.add(w.text("award.dossier.print.report.past"));
					l.pastAwards().forEach(p -> lines.add("- " + p));
				}
				lines.forEach(w::body);
			}
			return w.toBytes();
		}
	}

	private static void title(DocxWriter w, String title, String subtitle) {
		w.paragraph(ParagraphAlignment.CENTER, title, true, false, DocxWriter.BODY_PT);
		w.paragraph(ParagraphAlignment.CENTER, subtitle, true, false, DocxWriter.BODY_PT);
	}

	private static String rankPosition(DocxWriter w, Line l) {
		if (l.collective()) {
			return w.text("award.dossier.print.collective");
		}
		return (l.rank() == null ? "" : l.rank()) + (l.position() == null ? "" : ", " + l.position());
	}

	private static String money(long amount) {
		return Formats.RECORDS.number(amount);
	}

	private static String or(String value) {
		return value == null ? "—" : value;
	}

}
