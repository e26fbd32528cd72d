package vn.thidua.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.shared.web.NotFoundException;

/**
 * What follows once a question is decided: its passed candidates become proposals
 * ({@link ProposalsMade}); a decided second round settles the tied candidates of the
 * first round's question. Called inside the deciding transaction.
 */
@Component
@RequiredArgsConstructor
class Decisions {

	private final VotingSessionRepository sessions;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	void decided(VotingSession session, VotingQuestion question) {
		if (session.getRound() == 2) {
			settleFirstRound(session, question);
			return;
		}
		List<Proposal> proposals = new ArrayList<>();
		for (VotingCandidate candidate : question.getCandidates()) {
			if (!candidate.passed()) {
				continue;
			}
			this.jdbc
				.sql("""
						insert into voting_proposal (session_id, question_id, candidate_id, unit_id, officer_id, name, award, year)
						values (:s, :q, :c, :u, :o, :n, :a, :y)
						""")
				.param("s", session.getId())
				.param("q", question.getId())
				.param("c", candidate.getId())
				.param("u", candidate.getUnitId())
				.param("o", candidate.getOfficerId())
				.param("n", candidate.getName())
				.param("a", question.getAward().name())
				.param("y", session.getYear())
				.update();
			proposals.add(new Proposal(candidate.getId(), candidate.getUnitId(), candidate.getOfficerId(),
					candidate.getName(), question.getAward(), session.getYear(), session.getId()));
		}
		if (!proposals.isEmpty()) {
			this.events
				.publishEvent(new ProposalsMade(session.getId(), session.getClusterId(), session.getYear(), proposals));
		}
	}

	/** A void second round leaves the tie of the first round to the competent leader. */
	void secondRoundVoid(VotingSession second) {
		VotingQuestion question = parentQuestion(second);
		question.outcome(QuestionOutcome.LEADER_DECIDES, question.getOpenPlaces());
	}

	private void settleFirstRound(VotingSession second, VotingQuestion decided) {
		VotingQuestion question = parentQuestion(second);
		int electorate = second.getElectorateSize();
		for (VotingCandidate tied : question.tied()) {
			VotingCandidate again = decided.getCandidates()
				.stream()
				.filter(c -> Objects.equals(c.getUnitId(), tied.getUnitId())
						&& Objects.equals(c.getOfficerId(), tied.getOfficerId()))
				.findFirst()
				.orElseThrow();
			List<String> args = List.of(String.valueOf(again.getApprovals()), String.valueOf(electorate),
					QuestionTally.share(again.getApprovals(), electorate));
			if (again.passed()) {
				tied.result(CandidateResult.PASSED, "voting.result.secondRoundPassed", args);
			}
			else {
				tied.result(CandidateResult.FAILED, "voting.result.secondRoundFailed", args);
			}
		}
		question.decided(decided.getDecisionReason(), decided.getDecidedBy());
		decided(question.getSession(), question);
	}

	private VotingQuestion parentQuestion(VotingSession second) {
		VotingSession first = this.sessions.findWithQuestions(second.getParentSessionId())
			.orElseThrow(NotFoundException::new);
		return first.question(second.getParentQuestionId());
	}

	List<Proposal> proposalsOf(long sessionId) {
		return this.jdbc.sql("""
				select p.candidate_id, p.unit_id, p.officer_id, p.name, p.award, p.year, p.session_id
				from voting_proposal p join voting_question q on q.id = p.question_id
				where p.session_id = :s order by q.position, p.candidate_id
				""")
			.param("s", sessionId)
			.query((rs, i) -> new Proposal(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
					rs.getString(4), Award.valueOf(rs.getString(5)), rs.getInt(6), rs.getLong(7)))
			.list();
	}

}
