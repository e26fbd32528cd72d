package vn.thidua.voting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read API of the review sessions: the sessions of a year in scope, and one session with
 * its questions and candidates; the counts, results and the published ballot box (with
 * its final hash) only once tallied. Ballots are cast on the page only.
 */
@RestController
@RequestMapping(path = "/api/v1/voting", produces = "application/json")
@RequiredArgsConstructor
@Tag(name = "Bình xét / Review and voting", description = "Phiên bình xét, kết quả bỏ phiếu — review sessions, results")
class VotingApi {

	private final VotingService sessions;

	private final BallotBox box;

	private final java.time.Clock clock;

	/** A session in a list. */
	record SessionDto(long id, long clusterId, int year, int round, String title, SessionState state,
			ElectorateKind electorateKind, Instant closesAt, Integer electorateSize) {

		static SessionDto of(VotingSession s) {
			return new SessionDto(s.getId(), s.getClusterId(), s.getYear(), s.getRound(), s.getTitle(), s.getState(),
					s.getElectorateKind(), s.getClosesAt(), s.getElectorateSize());
		}

	}

	/** A candidate; counts and result only after the tally. */
	record CandidateDto(long id, Long unitId, Long officerId, String name, BigDecimal score, Integer rank,
			boolean registered, Integer approvals, Integer disapprovals, Integer abstentions, CandidateResult result) {

	}

	/** A question. */
	record QuestionDto(long id, Award award, String text, int places, BigDecimal threshold, QuestionOutcome outcome,
			List<CandidateDto> candidates) {

	}

	/** The published box of a tallied session. */
	record BoxDto(int ballotCount, String finalHash, List<PublishedBallot> ballots) {

	}

	/** One session. */
	record SessionDetailDto(SessionDto session, boolean selfVoteAllowed, int quorumNumerator, int quorumDenominator,
			Integer voterCount, Boolean quorumReached, List<QuestionDto> questions, List<Proposal> proposals,
			BoxDto ballotBox) {

	}

	@GetMapping("/sessions")
	@Operation(summary = "Phiên bình xét của một năm / Review sessions of a year")
	public List<SessionDto> list(
			@Parameter(description = "năm (mặc định: năm nay) / year (default: this year)") @RequestParam(
					required = false) Integer year) {
		int chosen = year != null ? year : java.time.LocalDate.now(this.clock).getYear();
		return this.sessions.list(chosen).stream().map(SessionDto::of).toList();
	}

	@GetMapping("/sessions/{id}")
	@Operation(summary = "Một phiên bình xét / One review session",
			description = "Kết quả và hòm phiếu chỉ có sau khi kiểm phiếu. Results and ballot box only after the tally.")
	public SessionDetailDto session(@PathVariable long id) {
		SessionView view = this.sessions.view(id);
		VotingSession s = view.session();
		boolean tallied = s.getState().isTallied();
		List<QuestionDto> questions = view.questions()
			.stream()
			.map(q -> new QuestionDto(q.getId(), q.getAward(), q.getText(), q.getPlaces(), q.getThreshold(),
					q.getOutcome(),
					q.getCandidates()
						.stream()
						.map(c -> new CandidateDto(c.getId(), c.getUnitId(), c.getOfficerId(), c.getName(),
								c.getScore(), c.getRank(), c.isRegistered(), tallied ? c.getApprovals() : null,
								tallied ? c.getDisapprovals() : null, tallied ? c.getAbstentions() : null,
								tallied ? c.getResult() : null))
						.toList()))
			.toList();
		return new SessionDetailDto(SessionDto.of(s), s.isSelfVoteAllowed(), s.getQuorumNumerator(),
				s.getQuorumDenominator(), tallied ? s.getVoterCount() : null, tallied ? s.getQuorumReached() : null,
				questions, tallied ? this.sessions.proposals(id) : List.of(),
				tallied ? new BoxDto(s.getBallotCount(), s.getFinalHash(), this.box.ballots(id)) : null);
	}

}
