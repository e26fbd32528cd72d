package vn.thidua.voting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.thidua.shared.text.Formats;

/**
 * The one implementation of the counting rule of a question (Decree 98/2023 art. 30 as
 * configured): a candidate passes when its approvals reach the threshold as a share of
 * the <b>whole electorate</b> (not of those who voted); when more pass than there are
 * places they are ranked by approvals; candidates tied at the cut-off are left
 * {@link CandidateResult#TIED} for the chair (or a second round, or the competent
 * leader). Every candidate gets a message key and arguments saying why.
 */
final class QuestionTally {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private QuestionTally() {
	}

	/** Counts per candidate id: approvals, disapprovals, abstentions. */
	static void apply(VotingQuestion question, int electorate, Map<Long, int[]> counts) {
		List<VotingCandidate> candidates = question.getCandidates();
		for (VotingCandidate candidate : candidates) {
			int[] c = counts.getOrDefault(candidate.getId(), new int[3]);
			candidate.counted(c[0], c[1], c[2]);
		}
		List<VotingCandidate> qualified = candidates.stream()
			.filter(c -> reaches(c.getApprovals(), electorate, question.getThreshold()))
			.sorted(Comparator.comparingInt(VotingCandidate::getApprovals).reversed())
			.toList();
		for (VotingCandidate candidate : candidates) {
			if (!qualified.contains(candidate)) {
				candidate.result(CandidateResult.FAILED, "voting.result.belowThreshold",
						List.of(count(candidate), String.valueOf(electorate), share(candidate, electorate),
								Formats.RECORDS.percent(question.getThreshold())));
			}
		}
		int places = question.getPlaces();
		if (qualified.size() <= places) {
			qualified.forEach(c -> c.result(CandidateResult.PASSED, "voting.result.passed",
					List.of(count(c), String.valueOf(electorate), share(c, electorate),
							Formats.RECORDS.percent(question.getThreshold()))));
			question.outcome(QuestionOutcome.DECIDED, null);
			return;
		}
		int cutOff = qualified.get(places - 1).getApprovals();
		List<VotingCandidate> above = qualified.stream().filter(c -> c.getApprovals() > cutOff).toList();
		List<VotingCandidate> atCut = qualified.stream().filter(c -> c.getApprovals() == cutOff).toList();
		int open = places - above.size();
		for (VotingCandidate candidate : qualified) {
			String rank = String
				.valueOf(1 + qualified.stream().filter(o -> o.getApprovals() > candidate.getApprovals()).count());
			List<String> args = List.of(count(candidate), String.valueOf(electorate), share(candidate, electorate),
					rank, String.valueOf(places));
			if (candidate.getApprovals() > cutOff || (candidate.getApprovals() == cutOff && atCut.size() <= open)) {
				candidate.result(CandidateResult.PASSED, "voting.result.passedRanked", args);
			}
			else if (candidate.getApprovals() == cutOff) {
				candidate.result(CandidateResult.TIED, "voting.result.tied",
						List.of(count(candidate), String.valueOf(electorate), share(candidate, electorate),
								String.valueOf(open), String.valueOf(atCut.size())));
			}
			else {
				candidate.result(CandidateResult.FAILED, "voting.result.outranked", args);
			}
		}
		if (atCut.size() <= open) {
			question.outcome(QuestionOutcome.DECIDED, null);
		}
		else {
			question.outcome(
					question.getSession().getRound() == 1 ? QuestionOutcome.TIE : QuestionOutcome.LEADER_DECIDES, open);
		}
	}

	/** approvals / electorate ≥ threshold / 100, in exact arithmetic. */
	static boolean reaches(int approvals, int electorate, BigDecimal threshold) {
		return BigDecimal.valueOf(approvals)
			.multiply(HUNDRED)
			.compareTo(threshold.multiply(BigDecimal.valueOf(electorate))) >= 0;
	}

	/** The share of the whole electorate, Vietnamese style: 11 of 13 → "84,62%". */
	static String share(int approvals, int electorate) {
		return Formats.RECORDS.percent(shareOf(approvals, electorate));
	}

	/**
	 * Approvals as a percentage of the whole electorate, rounded half up to 2 decimals (0
	 * with no electorate): the figure pages write in the reader's language.
	 */
	static BigDecimal shareOf(int approvals, int electorate) {
		if (electorate == 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf(approvals)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(electorate), 2, RoundingMode.HALF_UP);
	}

	private static String share(VotingCandidate candidate, int electorate) {
		return share(candidate.getApprovals(), electorate);
	}

	private static String count(VotingCandidate candidate) {
		return String.valueOf(candidate.getApprovals());
	}

}
