package vn.thidua.voting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
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
import org.springframework.stereotype.Component;

import vn.thidua.shared.document.DocumentHeading;
import vn.thidua.shared.document.DocumentPage;
import vn.thidua.shared.text.Formats;

/**
 * The minutes as an editable Word document (DOCX), for staff who complete them before
 * signing on paper: the Decree 30/2020 page (A4 portrait, margins of
 * {@link DocumentPage}), Times New Roman (Liberation Serif where Word's font is missing),
 * the heading block with the national title and motto, and the same contents as the
 * printed minutes. Vietnamese only: it is the official document.
 */
@Component
@RequiredArgsConstructor
class MinutesDocx {

	/**
	 * The font of Decree 30; LibreOffice shows it as the metric-compatible Liberation
	 * Serif.
	 */
	static final String FONT = "Times New Roman";

	static final int BODY_PT = 14;

	static final int TABLE_PT = 13;

	/** Twentieths of a point per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	/** The width between the margins: 210 − 30 − 15 = 165 mm. */
	private static final int TEXT_WIDTH = twips(
			DocumentPage.WIDTH_MM - DocumentPage.MARGIN_LEFT_MM - DocumentPage.MARGIN_RIGHT_MM);

	private final MessageSource messages;

	private final Formats formats;

	byte[] write(Minutes m, DocumentHeading heading, Locale locale) {
		VotingSession s = m.session();
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			heading(doc, heading, locale);
			paragraph(doc, ParagraphAlignment.CENTER, text("voting.minutes.title", locale), true, false, BODY_PT);
			paragraph(doc, ParagraphAlignment.CENTER, s.getTitle(), true, false, BODY_PT);
			paragraph(doc, ParagraphAlignment.CENTER,
					text("voting.minutes.subtitle", locale, m.clusterName(), String.valueOf(s.getYear()))
							+ (s.getRound() == 2 ? " — " + text("voting.round2", locale) : ""),
					false, true, BODY_PT);
			if (!s.minutesFrozen()) {
				paragraph(doc, ParagraphAlignment.CENTER, text("voting.minutes.draftNote", locale), true, false,
						TABLE_PT);
			}
			String notFilled = text("voting.minutes.notFilled", locale);

			section(doc, text("voting.minutes.section.meeting", locale));
			body(doc, text("voting.minutes.time", locale, this.formats.dateTime(s.getOpenedAt()),
					this.formats.dateTime(s.getClosedAt()), this.formats.dateTime(s.getTalliedAt())));
			body(doc, text("voting.minutes.place", locale, or(s.getMinutesPlace(), notFilled)));
			body(doc, text("voting.minutes.chair", locale, or(s.getMinutesChairName(), notFilled),
					or(m.headUnitName(), "")));
			body(doc, text("voting.minutes.secretary", locale, or(s.getMinutesSecretaryName(), notFilled)));
			body(doc, text("voting.minutes.electorate", locale, text("ElectorateKind." + s.getElectorateKind(), locale),
					m.turnout().electorate(), m.turnout().voted()));
			XWPFTable electors = table(doc, List.of(text("document.col.number", locale),
					text("voting.minutes.col.member", locale), text("voting.minutes.col.voted", locale)));
			int n = 1;
			for (Turnout.ElectorStatus e : m.turnout().electors()) {
				row(electors, List.of(String.valueOf(n++), or(e.unitName(), e.username()),
						e.voted() ? text("voting.minutes.voted", locale) : text("voting.minutes.absent", locale)));
			}
			List<Turnout.ElectorStatus> absent = m.absent();
			body(doc, absent.isEmpty() ? text("voting.minutes.noAbsent", locale)
					: text("voting.minutes.absentList", locale, absent.size(), String.join(", ",
							absent.stream().map(e -> e.unitName() != null ? e.unitName() : e.username()).toList())));

			section(doc, text("voting.minutes.section.quorum", locale));
			body(doc, text("voting.minutes.rules", locale, s.getQuorumNumerator(), s.getQuorumDenominator(),
					text(s.isSelfVoteAllowed() ? "voting.selfVote.yes" : "voting.selfVote.no", locale)));
			int electorate = s.getElectorateSize() == null ? 0 : s.getElectorateSize();
			int voters = s.getVoterCount() == null ? 0 : s.getVoterCount();
			body(doc,
					text(Boolean.TRUE.equals(s.getQuorumReached()) ? "voting.minutes.quorumReached"
							: "voting.minutes.quorumMissed", locale, voters, electorate,
							QuestionTally.share(voters, electorate)));

			section(doc, text("voting.minutes.section.results", locale));
			for (VotingQuestion q : m.questions()) {
				paragraph(doc, ParagraphAlignment.BOTH,
						text("voting.minutes.question", locale, q.getPosition(), q.getText(),
								text("Award." + q.getAward(), locale), q.getPlaces(),
								Formats.RECORDS.percent(q.getThreshold())),
						true, false, BODY_PT);
				XWPFTable results = table(doc,
						List.of(text("document.col.number", locale), text("voting.col.candidate", locale),
								text("Choice.APPROVE", locale), text("Choice.DISAPPROVE", locale),
								text("Choice.ABSTAIN", locale), text("voting.minutes.col.share", locale),
								text("voting.col.result", locale)));
				int i = 1;
				for (VotingCandidate c : q.getCandidates()) {
					// the reason starts with the result ("Đạt: ...", "Không đạt: ...")
					String result = c.getResultKey() != null
							? this.messages.getMessage(c.getResultKey(), c.resultArguments(), locale)
							: c.getResult() == null ? "" : text("CandidateResult." + c.getResult(), locale);
					row(results, List.of(String.valueOf(i++), c.getName(), number(c.getApprovals()),
							number(c.getDisapprovals()), number(c.getAbstentions()), m.share(c), result));
				}
				if (q.getDecisionReason() != null) {
					body(doc, text("voting.minutes.decision", locale, q.getDecidedBy(), q.getDecisionReason()));
				}
				VotingSession second = m.secondRoundOf(q);
				if (second != null) {
					body(doc,
							text("voting.minutes.secondRound", locale, second.getId(),
									text("SessionState." + second.getState(), locale),
									this.formats.dateTime(second.getTalliedAt())));
				}
				if (q.getOutcome() != QuestionOutcome.DECIDED) {
					body(doc, text("QuestionOutcome." + q.getOutcome(), locale));
				}
			}

			section(doc, text("voting.minutes.section.proposals", locale));
			if (m.proposals().isEmpty()) {
				body(doc, text("voting.minutes.noProposals", locale));
			}
			else {
				body(doc, text("voting.minutes.proposalsIntro", locale));
				int i = 1;
				for (Proposal p : m.proposals()) {
					body(doc, (i++) + ". " + p.name() + " — " + text("Award." + p.award(), locale));
				}
			}

			section(doc, text("voting.minutes.section.box", locale));
			body(doc, text("voting.minutes.box", locale, s.getBallotCount()));
			body(doc, text("voting.field.finalHash", locale) + ": " + or(s.getFinalHash(), ""));

			if (s.getMinutesNotes() != null) {
				section(doc, text("voting.minutes.section.notes", locale));
				for (String line : s.getMinutesNotes().split("\\R")) {
					body(doc, line);
				}
			}

			section(doc, text("voting.minutes.section.signatures", locale));
			body(doc, text("voting.minutes.hash", locale) + " " + m.hash());
			String notSigned = text("document.covenant.notSigned", locale);
			XWPFTable signed = table(doc,
					List.of(text("voting.minutes.col.role", locale), text("document.covenant.col.signer", locale),
							text("document.covenant.col.signedAt", locale),
							text("document.covenant.col.signedHash", locale)));
			row(signed, List.of(text("MinutesRole.CHAIR", locale), or(s.getChairSignerName(), notSigned),
					this.formats.dateTime(s.getChairSignedAt()), shortHash(s.getChairSignedHash())));
			row(signed, List.of(text("MinutesRole.SECRETARY", locale), or(s.getSecretarySignerName(), notSigned),
					this.formats.dateTime(s.getSecretarySignedAt()), shortHash(s.getSecretarySignedHash())));
			if (s.minutesFrozen()) {
				body(doc, text("voting.minutes.frozenLine", locale, this.formats.dateTime(s.getMinutesSignedAt())));
			}
			signatures(doc, s, locale);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ----------------------------------------------------------------- layout

	/** A4 portrait with the margins of Decree 30, and the default font. */
	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
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
		doc.createStyles().setDefaultFonts(fonts);
	}

	/**
	 * The heading block: governing authority, issuing unit and number on the left; the
	 * national title, the motto (underlined) and the place and date on the right.
	 */
	private void heading(XWPFDocument doc, DocumentHeading heading, Locale locale) {
		XWPFTable table = doc.createTable(1, 2);
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
		run(number, text("document.number", locale, heading.number()), false, false, false, 13);

		XWPFParagraph nation = right.getParagraphs().get(0);
		nation.setAlignment(ParagraphAlignment.CENTER);
		run(nation, text("document.nation", locale), true, false, false, 13);
		XWPFParagraph motto = right.addParagraph();
		motto.setAlignment(ParagraphAlignment.CENTER);
		run(motto, text("document.motto", locale), true, false, true, BODY_PT);
		XWPFParagraph date = right.addParagraph();
		date.setAlignment(ParagraphAlignment.CENTER);
		date.setSpacingBefore(160);
		run(date, text("document.placeDate", locale, heading.place(), heading.day(), heading.month(), heading.year()),
				false, true, false, BODY_PT);
		doc.createParagraph();
	}

	/** The secretary's block on the left, the chair's on the right. */
	private void signatures(XWPFDocument doc, VotingSession s, Locale locale) {
		doc.createParagraph();
		XWPFTable table = doc.createTable(1, 2);
		noBorders(table);
		table.setWidth(TEXT_WIDTH);
		signatureCell(table.getRow(0).getCell(0), text("MinutesRole.SECRETARY", locale),
				or(s.getMinutesSecretaryName(), ""));
		signatureCell(table.getRow(0).getCell(1), text("MinutesRole.CHAIR", locale), or(s.getMinutesChairName(), ""));
	}

	private static void signatureCell(XWPFTableCell cell, String position, String name) {
		cell.setWidth(String.valueOf(TEXT_WIDTH / 2));
		XWPFParagraph title = cell.getParagraphs().get(0);
		title.setAlignment(ParagraphAlignment.CENTER);
		run(title, position.toUpperCase(vn.thidua.shared.text.VietnameseText.VIETNAMESE), true, false, false, BODY_PT);
		XWPFParagraph space = cell.addParagraph();
		// room for the handwritten signature
		space.setSpacingAfter(1440);
		XWPFParagraph signer = cell.addParagraph();
		signer.setAlignment(ParagraphAlignment.CENTER);
		run(signer, name, true, false, false, BODY_PT);
	}

	private static void section(XWPFDocument doc, String title) {
		XWPFParagraph p = doc.createParagraph();
		p.setSpacingBefore(200);
		p.setKeepNext(true);
		run(p, title, true, false, false, BODY_PT);
	}

	private static void body(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(567);
		run(p, text, false, false, false, BODY_PT);
	}

	private static void paragraph(XWPFDocument doc, ParagraphAlignment alignment, String text, boolean bold,
			boolean italic, int size) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		run(p, text, bold, italic, false, size);
	}

	private static XWPFTable table(XWPFDocument doc, List<String> headers) {
		XWPFTable table = doc.createTable(1, headers.size());
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

	private static void row(XWPFTable table, List<String> cells) {
		XWPFTableRow row = table.createRow();
		row.setCantSplitRow(true);
		for (int i = 0; i < cells.size(); i++) {
			run(row.getCell(i).getParagraphs().get(0), cells.get(i), false, false, false, TABLE_PT);
		}
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

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String or(String value, String otherwise) {
		return value == null ? otherwise : value;
	}

	private static String number(Integer value) {
		return value == null ? "" : String.valueOf(value);
	}

	private static String shortHash(String hash) {
		return hash == null ? "" : hash.substring(0, 12);
	}

	static int twips(int millimetres) {
		return (int) Math.round(millimetres * TWIPS_PER_MM);
	}

}
