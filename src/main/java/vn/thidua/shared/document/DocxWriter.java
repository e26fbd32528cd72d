package vn.thidua.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import org.springframework.context.MessageSource;

import vn.thidua.shared.text.VietnameseText;

/**
 * An editable Word document (DOCX) in the layout of Decree 30/2020, for staff who
 * complete a document before signing it on paper: A4 portrait with the margins of
 * {@link DocumentPage}, Times New Roman (LibreOffice shows the metric-compatible
 * Liberation Serif), the heading block with the national title and motto, sections,
 * justified body text, tables and the signature blocks. One writer makes one document.
 */
public final class DocxWriter implements AutoCloseable {

	/** The font of Decree 30. */
	public static final String FONT = "Times New Roman";

	public static final int BODY_PT = 14;

	public static final int TABLE_PT = 13;

	/** Twentieths of a point per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	/** The width between the margins: 210 − 30 − 15 = 165 mm. */
	private static final int TEXT_WIDTH = twips(
			DocumentPage.WIDTH_MM - DocumentPage.MARGIN_LEFT_MM - DocumentPage.MARGIN_RIGHT_MM);

	private final XWPFDocument doc = new XWPFDocument();

	private final MessageSource messages;

	private final Locale locale;

	public DocxWriter(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		page();
	}

	/** A message of the document's language. */
	public String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/** The document's bytes. */
	public byte[] toBytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.doc.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A4 portrait with the margins of Decree 30, and the default font. */
	private void page() {
		CTSectPr section = this.doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(twips(DocumentPage.WIDTH_MM)));
		size.setH(BigInteger.valueOf(twips(DocumentPage.HEIGHT_MM)));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(DocumentPage.MARGIN_TOP_MM)));
		margins.setBottom(BigInteger.valueOf(twips(DocumentPage.MARGIN_BOTTOM_MM)));
		margins.setLeft(BigInteger.valueOf(twips(DocumentPage.MARGIN_LEFT_MM)));
		margins.setRight(BigInteger.valueOf(twips(DocumentPage.MARGIN_RIGHT_MM)));
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		this.doc.createStyles().setDefaultFonts(fonts);
	}

	/**
	 * The heading block: governing authority, issuing unit and number on the left; the
	 * national title, the motto (underlined) and the place and date on the right.
	 */
	public void heading(DocumentHeading heading) {
		XWPFTable table = this.doc.createTable(1, 2);
		noBorders(table);
		table.setWidth(TEXT_WIDTH);
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		left.setWidth(String.valueOf(TEXT_WIDTH * 2 / 5));
		right.setWidth(String.valueOf(TEXT_WIDTH * 3 / 5));
		XWPFParagraph first = left.getParagraphs().get(0);
		first.setAlignment(ParagraphAlignment.CENTER);
		if (heading.authority() != null) {
			run(first, heading.authorityCaps(), false, false, false, 13);
			first = left.addParagraph();
			first.setAlignment(ParagraphAlignment.CENTER);
		}
		run(first, heading.issuerCaps(), true, false, false, 13);
		XWPFParagraph rule = left.addParagraph();
		rule.setAlignment(ParagraphAlignment.CENTER);
		run(rule, "――――――", false, false, false, 13);
		XWPFParagraph number = left.addParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		run(number, text("document.number", heading.number()), false, false, false, 13);

		XWPFParagraph nation = right.getParagraphs().get(0);
		nation.setAlignment(ParagraphAlignment.CENTER);
		run(nation, text("document.nation"), true, false, false, 13);
		XWPFParagraph motto = right.addParagraph();
		motto.setAlignment(ParagraphAlignment.CENTER);
		run(motto, text("document.motto"), true, false, true, BODY_PT);
		XWPFParagraph date = right.addParagraph();
		date.setAlignment(ParagraphAlignment.CENTER);
		date.setSpacingBefore(160);
		run(date, text("document.placeDate", heading.place(), heading.day(), heading.month(), heading.year()), false,
				true, false, BODY_PT);
		this.doc.createParagraph();
	}

	/** What follows starts on a new page (an annex). */
	public void pageBreak() {
		this.doc.createParagraph().setPageBreak(true);
	}

	/** A section's title, kept with what follows it. */
	public void section(String title) {
		XWPFParagraph p = this.doc.createParagraph();
		p.setSpacingBefore(200);
		p.setKeepNext(true);
		run(p, title, true, false, false, BODY_PT);
	}

	/** A justified paragraph of body text with its first line indented. */
	public void body(String text) {
		XWPFParagraph p = this.doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(567);
		run(p, text, false, false, false, BODY_PT);
	}

	/** A paragraph of one run. */
	public void paragraph(ParagraphAlignment alignment, String text, boolean bold, boolean italic, int size) {
		XWPFParagraph p = this.doc.createParagraph();
		p.setAlignment(alignment);
		run(p, text, bold, italic, false, size);
	}

	/** A bordered table with its header row, repeated on every page. */
	public XWPFTable table(List<String> headers) {
		XWPFTable table = this.doc.createTable(1, headers.size());
		table.setWidth(TEXT_WIDTH);
		table.setTableAlignment(TableRowAlign.CENTER);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int i = 0; i < headers.size(); i++) {
			XWPFParagraph p = header.getCell(i).getParagraphs().get(0);
			p.setAlignment(ParagraphAlignment.CENTER);
			run(p, headers.get(i), true, false, false, TABLE_PT);
		}
		return table;
	}

	/** A row of a table that does not break across pages. */
	public void row(XWPFTable table, List<String> cells) {
		XWPFTableRow row = table.createRow();
		row.setCantSplitRow(true);
		for (int i = 0; i < cells.size(); i++) {
			run(row.getCell(i).getParagraphs().get(0), cells.get(i), false, false, false, TABLE_PT);
		}
	}

	/** The signature blocks side by side, one a column. */
	public void signatures(List<Signature> signatures) {
		this.doc.createParagraph();
		XWPFTable table = this.doc.createTable(1, signatures.size());
		noBorders(table);
		table.setWidth(TEXT_WIDTH);
		for (int i = 0; i < signatures.size(); i++) {
			XWPFTableCell cell = table.getRow(0).getCell(i);
			cell.setWidth(String.valueOf(TEXT_WIDTH / signatures.size()));
			signature(cell, cell.getParagraphs().get(0), signatures.get(i));
		}
	}

	/**
	 * The end of a dispatch: the recipients (nơi nhận) on the left, the signature block
	 * on the right.
	 */
	public void recipientsAndSignature(List<String> recipients, Signature signature) {
		this.doc.createParagraph();
		XWPFTable table = this.doc.createTable(1, 2);
		noBorders(table);
		table.setWidth(TEXT_WIDTH);
		XWPFTableCell left = table.getRow(0).getCell(0);
		left.setWidth(String.valueOf(TEXT_WIDTH * 2 / 5));
		XWPFParagraph label = left.getParagraphs().get(0);
		run(label, text("document.recipients"), true, true, false, 12);
		for (int i = 0; i < recipients.size(); i++) {
			run(left.addParagraph(), "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), false, false,
					false, 11);
		}
		XWPFTableCell right = table.getRow(0).getCell(1);
		right.setWidth(String.valueOf(TEXT_WIDTH * 3 / 5));
		signature(right, right.getParagraphs().get(0), signature);
	}

	private static void signature(XWPFTableCell cell, XWPFParagraph first, Signature s) {
		XWPFParagraph title = first;
		title.setAlignment(ParagraphAlignment.CENTER);
		if (s.capacity() != null) {
			run(title, s.capacityCaps(), true, false, false, BODY_PT);
			title = cell.addParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
		}
		run(title, s.position() == null ? "" : s.position().toUpperCase(VietnameseText.VIETNAMESE), true, false, false,
				BODY_PT);
		XWPFParagraph space = cell.addParagraph();
		// room for the handwritten signature and the seal
		space.setSpacingAfter(1440);
		XWPFParagraph signer = cell.addParagraph();
		signer.setAlignment(ParagraphAlignment.CENTER);
		run(signer, s.name(), true, false, false, BODY_PT);
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, boolean underline,
			int size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text == null ? "" : text);
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		if (underline) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		return run;
	}

	private static void noBorders(XWPFTable table) {
		table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
	}

	static int twips(int millimetres) {
		return (int) Math.round(millimetres * TWIPS_PER_MM);
	}

}
