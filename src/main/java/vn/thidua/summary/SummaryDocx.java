package vn.thidua.summary;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.shared.document.DocumentPage;
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
					List<String> headers = new java.util.ArrayList<>(
							List.of(w.text("document.col.number"), w.text("summary.organisers.name")));
					SummaryFigures.OrganiserLine.COLUMNS.forEach(c -> headers.add(w.text("summary.organisers." + c)));
					XWPFTable organisers = w.table(headers);
					int n = 1;
					for (SummaryFigures.OrganiserLine o : s.organisers()) {
						List<String> cells = new java.util.ArrayList<>(List.of(String.valueOf(n++),
								o.own() ? w.text("summary.organisers.own", o.name()) : o.name()));
						o.values().forEach(v -> cells.add(number(v)));
						w.row(organisers, cells);
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
					columns(clusters, Set.of(3), 8, 0, 42, 18, 50);
				}
				if (!s.indicators().isEmpty()) {
					if (!s.clusters().isEmpty()) {
						// a paragraph between keeps the two tables apart (joined
						// otherwise)
						w.paragraph(ParagraphAlignment.LEFT, "", false, false, DocxWriter.BODY_PT);
					}
					XWPFTable indicators = w
						.table(List.of(w.text("document.col.number"), w.text("summary.results.indicator"),
								w.text("summary.results.met"), w.text("summary.results.notMet")));
					int n = 1;
					for (SummaryFigures.IndicatorLine i : s.indicators()) {
						w.row(indicators, List.of(String.valueOf(n++), i.code() + " " + i.name(), number(i.met()),
								number(i.notMet())));
					}
					columns(indicators, Set.of(2, 3), 8, 0, 20, 22);
				}
			}
			return w.toBytes();
		}
	}

	private void figures(DocxWriter w, SummaryFigures s, Locale locale) {
		List<String> headers = new ArrayList<>();
		headers.add(w.text("document.col.number"));
		headers.add(w.text("summary.col.figure"));
		s.years().forEach(y -> headers.add(String.valueOf(y)));
		headers.add(w.text("summary.col.change"));
		XWPFTable table = w.table(headers);
		int n = 1;
		List<XWPFTableRow> sectionRows = new ArrayList<>();
		for (Section section : s.sections()) {
			List<String> title = new ArrayList<>();
			title.add(String.valueOf(n++));
			title.add(w.text("summary.section." + section.key()));
			s.years().forEach(y -> title.add(""));
			title.add("");
			w.row(table, title);
			sectionRows.add(table.getRows().get(table.getRows().size() - 1));
			for (Figure f : section.figures()) {
				if (f.nameVi() != null && f.isZero()) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				cells.add("");
				cells.add(f.label(this.messages, locale));
				f.values().forEach(v -> cells.add(number(v)));
				cells.add((f.change() > 0 ? "+" : "") + number(f.change()));
				w.row(table, cells);
			}
		}
		layOutFigures(table, sectionRows, s.years().size());
	}

	/**
	 * The figures' table as printed: the money figures are wide, so the table is a size
	 * smaller with narrow cell margins, the numbers take what they need and the figure's
	 * name the rest; a section's title spans the row, in bold.
	 */
	private static void layOutFigures(XWPFTable table, List<XWPFTableRow> sectionRows, int years) {
		int[] widths = new int[years + 3];
		widths[0] = 8;
		for (int y = 0; y < years; y++) {
			widths[2 + y] = 22;
		}
		widths[years + 2] = 24;
		Set<Integer> numbers = new java.util.HashSet<>();
		for (int c = 2; c < widths.length; c++) {
			numbers.add(c);
		}
		columns(table, numbers, widths);
		for (XWPFTableRow row : sectionRows) {
			XWPFTableCell title = row.getCell(1);
			title.setWidth(String.valueOf(TEXT_WIDTH - widths[0] * TWIPS_PER_MM));
			title.getParagraphs().get(0).setAlignment(ParagraphAlignment.LEFT);
			title.getParagraphs().get(0).getRuns().forEach(run -> run.setBold(true));
			CTTcPr properties = title.getCTTc().isSetTcPr() ? title.getCTTc().getTcPr() : title.getCTTc().addNewTcPr();
			properties.addNewGridSpan().setVal(BigInteger.valueOf(widths.length - 1));
			while (row.getTableCells().size() > 2) {
				row.removeCell(2);
			}
		}
	}

	/**
	 * Gives a table its columns' widths in millimetres (the one given 0 takes the rest of
	 * the text's width), the numbers of the given columns aligned right and the serial
	 * number centred, a size smaller than body tables with narrow cell margins.
	 */
	private static void columns(XWPFTable table, Set<Integer> numbers, int... millimetres) {
		int[] widths = new int[millimetres.length];
		int rest = TEXT_WIDTH;
		for (int c = 0; c < millimetres.length; c++) {
			widths[c] = millimetres[c] * TWIPS_PER_MM;
			rest -= widths[c];
		}
		for (int c = 0; c < millimetres.length; c++) {
			if (widths[c] == 0) {
				widths[c] = rest;
			}
		}
		CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		table.setCellMargins(0, 57, 0, 57);
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < row.getTableCells().size() && c < widths.length; c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setWidth(String.valueOf(widths[c]));
				for (XWPFParagraph paragraph : cell.getParagraphs()) {
					if (row != table.getRow(0) && numbers.contains(c)) {
						paragraph.setAlignment(ParagraphAlignment.RIGHT);
					}
					else if (row != table.getRow(0) && c == 0) {
						paragraph.setAlignment(ParagraphAlignment.CENTER);
					}
					for (XWPFRun run : paragraph.getRuns()) {
						run.setFontSize(DocxWriter.TABLE_PT - 1);
					}
				}
			}
		}
	}

	/** Twentieths of a point in a millimetre, rounded down. */
	private static final int TWIPS_PER_MM = 56;

	/**
	 * The width of the text between the margins of Decree 30, in twentieths of a point.
	 */
	private static final int TEXT_WIDTH = (DocumentPage.WIDTH_MM - DocumentPage.MARGIN_LEFT_MM
			- DocumentPage.MARGIN_RIGHT_MM) * TWIPS_PER_MM;

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
