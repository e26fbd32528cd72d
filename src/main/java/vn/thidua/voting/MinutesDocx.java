package vn.thidua.voting;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.shared.document.DocumentHeading;
import vn.thidua.shared.document.DocumentPage;
import vn.thidua.shared.document.DocxWriter;
import vn.thidua.shared.document.Signature;
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

	private final MessageSource messages;

	private final Formats formats;

	byte[] write(Minutes m, DocumentHeading heading, Locale locale) {
		VotingSession s = m.session();
		try (DocxWriter doc = new DocxWriter(this.messages, locale)) {
			doc.heading(heading);
			doc.paragraph(ParagraphAlignment.CENTER, doc.text("voting.minutes.title"), true, false, DocxWriter.BODY_PT);
			doc.paragraph(ParagraphAlignment.CENTER, s.getTitle(), true, false, DocxWriter.BODY_PT);
			doc.paragraph(ParagraphAlignment.CENTER,
					doc.text("voting.minutes.subtitle", m.clusterName(), String.valueOf(s.getYear()))
							+ (s.getRound() == 2 ? " — " + doc.text("voting.round2") : ""),
					false, true, DocxWriter.BODY_PT);
			if (!s.minutesFrozen()) {
				doc.paragraph(ParagraphAlignment.CENTER, doc.text("voting.minutes.draftNote"), true, false,
						DocxWriter.TABLE_PT);
			}
			String notFilled = doc.text("voting.minutes.notFilled");

			doc.section(doc.text("voting.minutes.section.meeting"));
			doc.body(doc.text("voting.minutes.time", this.formats.dateTime(s.getOpenedAt()),
					this.formats.dateTime(s.getClosedAt()), this.formats.dateTime(s.getTalliedAt())));
			doc.body(doc.text("voting.minutes.place", or(s.getMinutesPlace(), notFilled)));
			doc.body(
					doc.text("voting.minutes.chair", or(s.getMinutesChairName(), notFilled), or(m.headUnitName(), "")));
			doc.body(doc.text("voting.minutes.secretary", or(s.getMinutesSecretaryName(), notFilled)));
			doc.body(doc.text("voting.minutes.electorate", doc.text("ElectorateKind." + s.getElectorateKind()),
					m.turnout().electorate(), m.turnout().voted()));
			XWPFTable electors = doc.table(List.of(doc.text("document.col.number"),
					doc.text("voting.minutes.col.member"), doc.text("voting.minutes.col.voted")));
			int n = 1;
			for (Turnout.ElectorStatus e : m.turnout().electors()) {
				doc.row(electors, List.of(String.valueOf(n++), or(e.unitName(), e.username()),
						e.voted() ? doc.text("voting.minutes.voted") : doc.text("voting.minutes.absent")));
			}
			List<Turnout.ElectorStatus> absent = m.absent();
			doc.body(absent.isEmpty() ? doc.text("voting.minutes.noAbsent")
					: doc.text("voting.minutes.absentList", absent.size(), String.join(", ",
							absent.stream().map(e -> e.unitName() != null ? e.unitName() : e.username()).toList())));

			doc.section(doc.text("voting.minutes.section.quorum"));
			doc.body(doc.text("voting.minutes.rules", s.getQuorumNumerator(), s.getQuorumDenominator(),
					doc.text(s.isSelfVoteAllowed() ? "voting.selfVote.yes" : "voting.selfVote.no")));
			int electorate = s.getElectorateSize() == null ? 0 : s.getElectorateSize();
			int voters = s.getVoterCount() == null ? 0 : s.getVoterCount();
			doc.body(doc.text(
					Boolean.TRUE.equals(s.getQuorumReached()) ? "voting.minutes.quorumReached"
							: "voting.minutes.quorumMissed",
					voters, electorate, QuestionTally.share(voters, electorate)));

			doc.section(doc.text("voting.minutes.section.results"));
			for (VotingQuestion q : m.questions()) {
				doc.paragraph(ParagraphAlignment.BOTH, doc.text("voting.minutes.question", q.getPosition(), q.getText(),
						doc.text("Award." + q.getAward()), q.getPlaces(), Formats.RECORDS.percent(q.getThreshold())),
						true, false, DocxWriter.BODY_PT);
				XWPFTable results = doc.table(List.of(doc.text("document.col.number"), doc.text("voting.col.candidate"),
						doc.text("Choice.APPROVE"), doc.text("Choice.DISAPPROVE"), doc.text("Choice.ABSTAIN"),
						doc.text("voting.minutes.col.share"), doc.text("voting.col.result")));
				int i = 1;
				for (VotingCandidate c : q.getCandidates()) {
					// the reason starts with the result ("Đạt: ...", "Không đạt: ...")
					String result = c.getResultKey() != null
							? this.messages.getMessage(c.getResultKey(), c.resultArguments(), locale)
							: c.getResult() == null ? "" : doc.text("CandidateResult." + c.getResult());
					doc.row(results, List.of(String.valueOf(i++), c.getName(), number(c.getApprovals()),
							number(c.getDisapprovals()), number(c.getAbstentions()), m.share(c), result));
				}
				if (q.getDecisionReason() != null) {
					doc.body(doc.text("voting.minutes.decision", q.getDecidedBy(), q.getDecisionReason()));
				}
				VotingSession second = m.secondRoundOf(q);
				if (second != null) {
					doc.body(doc.text("voting.minutes.secondRound", second.getId(),
							doc.text("SessionState." + second.getState()),
							this.formats.dateTime(second.getTalliedAt())));
				}
				if (q.getOutcome() != QuestionOutcome.DECIDED) {
					doc.body(doc.text("QuestionOutcome." + q.getOutcome()));
				}
			}

			doc.section(doc.text("voting.minutes.section.proposals"));
			if (m.proposals().isEmpty()) {
				doc.body(doc.text("voting.minutes.noProposals"));
			}
			else {
				doc.body(doc.text("voting.minutes.proposalsIntro"));
				int i = 1;
				for (Proposal p : m.proposals()) {
					doc.body((i++) + ". " + p.name() + " — " + doc.text("Award." + p.award()));
				}
			}

			doc.section(doc.text("voting.minutes.section.box"));
			doc.body(doc.text("voting.minutes.box", s.getBallotCount()));
			doc.body(doc.text("voting.field.finalHash") + ": " + or(s.getFinalHash(), ""));

			if (s.getMinutesNotes() != null) {
				doc.section(doc.text("voting.minutes.section.notes"));
				for (String line : s.getMinutesNotes().split("\\R")) {
					doc.body(line);
				}
			}

			doc.section(doc.text("voting.minutes.section.signatures"));
			doc.body(doc.text("voting.minutes.hash") + " " + m.hash());
			String notSigned = doc.text("document.covenant.notSigned");
			XWPFTable signed = doc
				.table(List.of(doc.text("voting.minutes.col.role"), doc.text("document.covenant.col.signer"),
						doc.text("document.covenant.col.signedAt"), doc.text("document.covenant.col.signedHash")));
			doc.row(signed, List.of(doc.text("MinutesRole.CHAIR"), or(s.getChairSignerName(), notSigned),
					this.formats.dateTime(s.getChairSignedAt()), shortHash(s.getChairSignedHash())));
			doc.row(signed, List.of(doc.text("MinutesRole.SECRETARY"), or(s.getSecretarySignerName(), notSigned),
					this.formats.dateTime(s.getSecretarySignedAt()), shortHash(s.getSecretarySignedHash())));
			if (s.minutesFrozen()) {
				doc.body(doc.text("voting.minutes.frozenLine", this.formats.dateTime(s.getMinutesSignedAt())));
			}
			doc.signatures(
					List.of(new Signature(null, doc.text("MinutesRole.SECRETARY"), or(s.getMinutesSecretaryName(), "")),
							new Signature(null, doc.text("MinutesRole.CHAIR"), or(s.getMinutesChairName(), ""))));
			return doc.toBytes();
		}
	}

	// ----------------------------------------------------------------- helpers

	private static String or(String value, String otherwise) {
		return value == null ? otherwise : value;
	}

	private static String number(Integer value) {
		return value == null ? "" : String.valueOf(value);
	}

	private static String shortHash(String hash) {
		return hash == null ? "" : hash.substring(0, 12);
	}

}
