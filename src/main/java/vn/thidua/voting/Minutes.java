package vn.thidua.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The minutes (biên bản họp bình xét) of a review session, as built from the session's
 * facts when they are read: the session and what the secretary wrote, the electorate and
 * who voted, the questions with their counts, results and decisions, the second rounds,
 * the proposals and the ballot box's seal; and the canonical text the chair and the
 * secretary sign, with its SHA-256.
 *
 * @param session the session, questions and candidates loaded
 * @param clusterName its cluster
 * @param organizerName the cluster's organiser (the governing authority of the document)
 * @param headUnitName the cluster's head unit, whose commander chairs
 * @param questions the questions in order
 * @param turnout the electorate and who voted, never how
 * @param secondRounds the second-round sessions started from this one
 * @param proposals what came out of the session
 * @param canonicalText the text signed
 * @param hash the SHA-256 of {@code canonicalText}, lower-case hex
 */
public record Minutes(VotingSession session, String clusterName, String organizerName, String headUnitName,
		List<VotingQuestion> questions, Turnout turnout, List<VotingSession> secondRounds, List<Proposal> proposals,
		String canonicalText, String hash) {

	/** Written first in the canonical text, so that its layout can evolve. */
	static final String FORMAT = "thidua-minutes/1";

	static Minutes of(VotingSession session, String clusterName, String organizerName, String headUnitName,
			Turnout turnout, List<VotingSession> secondRounds, List<Proposal> proposals) {
		List<VotingQuestion> questions = session.getQuestions();
		String text = canonicalText(session, clusterName, questions, turnout, secondRounds, proposals);
		return new Minutes(session, clusterName, organizerName, headUnitName, questions, turnout, secondRounds,
				proposals, text, sha256(text));
	}

	/** The electors who cast a ballot, in the electorate's order. */
	public List<Turnout.ElectorStatus> voters() {
		return this.turnout.electors().stream().filter(Turnout.ElectorStatus::voted).toList();
	}

	/** The electors who did not vote (absent), in the electorate's order. */
	public List<Turnout.ElectorStatus> absent() {
		return this.turnout.electors().stream().filter(e -> !e.voted()).toList();
	}

	/** The second round of a question, if one was started. */
	public VotingSession secondRoundOf(VotingQuestion question) {
		return this.secondRounds.stream()
			.filter(s -> question.getId().equals(s.getParentQuestionId()))
			.findFirst()
			.orElse(null);
	}

	/** The share of the whole electorate a candidate's approvals make, "84,62%". */
	public String share(VotingCandidate candidate) {
		Integer electorate = this.session.getElectorateSize();
		return candidate.getApprovals() == null ? ""
				: QuestionTally.share(candidate.getApprovals(), electorate == null ? 0 : electorate);
	}

	/** Whether the text signed by both is still the text built from the facts now. */
	public boolean verifies() {
		return this.session.getMinutesHash() != null && this.session.getMinutesHash().equals(this.hash);
	}

	/**
	 * The canonical text of the minutes: every fact they state, in a fixed order, ids
	 * beside names, instants in ISO-8601 UTC, one fact per line. Deterministic: the same
	 * facts always give the same text; any change of a count, result, decision, the
	 * place, the chair, the secretary or the notes changes it.
	 */
	static String canonicalText(VotingSession s, String clusterName, List<VotingQuestion> questions, Turnout turnout,
			List<VotingSession> secondRounds, List<Proposal> proposals) {
		StringBuilder text = new StringBuilder();
		line(text, "format", FORMAT);
		line(text, "session", s.getId() + " | round " + s.getRound() + " | " + s.getYear() + " | " + s.getTitle());
		line(text, "cluster", s.getClusterId() + " | " + clusterName);
		line(text, "electorate-kind", String.valueOf(s.getElectorateKind()));
		line(text, "rules", "quorum " + s.getQuorumNumerator() + "/" + s.getQuorumDenominator() + " | self-vote "
				+ (s.isSelfVoteAllowed() ? "yes" : "no"));
		line(text, "opened", instant(s.getOpenedAt()));
		line(text, "closed", instant(s.getClosedAt()));
		line(text, "tallied", instant(s.getTalliedAt()));
		line(text, "place", value(s.getMinutesPlace()));
		line(text, "chair", value(s.getMinutesChairName()));
		line(text, "secretary", value(s.getMinutesSecretary()) + " | " + value(s.getMinutesSecretaryName()));
		line(text, "electorate", String.valueOf(s.getElectorateSize()));
		for (Turnout.ElectorStatus e : turnout.electors()) {
			line(text, "  elector", e.electorId() + " | unit " + (e.unitId() == null ? "-" : e.unitId()) + " | "
					+ value(e.unitName()) + " | " + value(e.username()) + " | voted=" + (e.voted() ? "yes" : "no"));
		}
		line(text, "voters", s.getVoterCount() + " | quorum reached=" + s.getQuorumReached());
		for (VotingQuestion q : questions) {
			line(text, "question",
					q.getPosition() + " | " + q.getAward() + " | places " + q.getPlaces() + " | threshold "
							+ q.getThreshold().stripTrailingZeros().toPlainString() + " | " + q.getOutcome() + " | "
							+ q.getText());
			for (VotingCandidate c : q.getCandidates()) {
				line(text, "  candidate",
						c.getId() + " | " + c.getName() + " | approve=" + c.getApprovals() + " disapprove="
								+ c.getDisapprovals() + " abstain=" + c.getAbstentions() + " | " + c.getResult() + " | "
								+ value(c.getResultKey()) + " " + String.join(";", toStrings(c.resultArguments())));
			}
			if (q.getDecisionReason() != null) {
				line(text, "  decision", value(q.getDecidedBy()) + " | " + q.getDecisionReason());
			}
			for (VotingSession second : secondRounds) {
				if (q.getId().equals(second.getParentQuestionId())) {
					line(text, "  second-round", second.getId() + " | " + second.getState() + " | tallied "
							+ instant(second.getTalliedAt()) + " | voters " + second.getVoterCount());
				}
			}
		}
		for (Proposal p : proposals) {
			line(text, "proposal", p.candidateId() + " | " + p.award() + " | " + p.name());
		}
		line(text, "box", "ballots " + s.getBallotCount() + " | final hash " + value(s.getFinalHash()));
		line(text, "notes", value(s.getMinutesNotes()));
		return text.toString();
	}

	private static List<String> toStrings(Object[] values) {
		return java.util.Arrays.stream(values).map(String::valueOf).toList();
	}

	private static void line(StringBuilder text, String key, String value) {
		// one fact per line: line breaks inside a value (the notes) are escaped
		text.append(key)
			.append(": ")
			.append(value.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))
			.append('\n');
	}

	private static String value(String value) {
		return value == null ? "-" : value;
	}

	private static String instant(Instant instant) {
		return instant == null ? "-" : instant.toString();
	}

	/** Lower-case hex SHA-256 of the UTF-8 text. */
	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
