package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.voting.VotingTestData.as;
import static vn.thidua.voting.VotingTestData.commander;
import static vn.thidua.voting.VotingTestData.run;
import static vn.thidua.voting.VotingTestData.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;
import vn.thidua.voting.VotingTestData.Cluster;

/**
 * The counting rules on hand-computed cases, each on its own throw-away cluster: quorum,
 * thresholds against the whole electorate, ranking, ties (chair, second round, competent
 * leader), self-vote, the lifecycle and who may do what.
 */
@SpringBootTest
@RecordApplicationEvents
class VotingSessionTests {

	@Autowired
	VotingService voting;

	@Autowired
	BallotBox box;

	@Autowired
	MinutesService minutes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEvents events;

	// ----------------------------------------------------------------- helpers

	private long session(Cluster c, boolean selfVote) {
		return as(staff(c), () -> {
			long id = this.voting.create(c.id(), VotingTestData.YEAR, null, "Bình xét năm 2031", ElectorateKind.UNITS)
				.getId();
			this.voting.changeRules(id, "Bình xét năm 2031", selfVote, 2, 3);
			return id;
		});
	}

	private long question(Cluster c, long session, Award award, Integer places, BigDecimal threshold) {
		return as(staff(c), () -> this.voting.addQuestion(session, award, null, places, threshold).getId());
	}

	private long unitCandidate(Cluster c, long session, long question, int unit) {
		return as(staff(c),
				() -> this.voting.addCandidate(session, question, c.unit(unit), null, null, "Đề nghị của Cụm").getId());
	}

	private long officerCandidate(Cluster c, long session, long question, String name) {
		long officer = this.jdbc.sql("select min(id) from officer").query(Long.class).single();
		long id = as(staff(c),
				() -> this.voting.addCandidate(session, question, null, officer, name, "Đề nghị").getId());
		return id;
	}

	private void open(Cluster c, long session) {
		run(staff(c), () -> this.voting.open(session, VotingTestData.inAnHour()));
	}

	/** Member unit i casts the ballot {@code ballot.apply(i)}. */
	private List<Receipt> castAll(Cluster c, long session, int voters, IntFunction<Map<Long, Choice>> ballot) {
		List<Receipt> receipts = new ArrayList<>();
		for (int i = 0; i < voters; i++) {
			Map<Long, Choice> choices = ballot.apply(i);
			receipts.add(as(commander(c, i), () -> this.box.cast(session, choices)));
		}
		return receipts;
	}

	private VotingSession closeAndTally(Cluster c, long session) {
		run(staff(c), () -> this.voting.close(session));
		return as(staff(c), () -> this.box.tally(session));
	}

	private VotingCandidate candidate(Cluster c, long session, long candidate) {
		return as(staff(c), () -> this.voting.view(session)).questions()
			.stream()
			.flatMap(q -> q.getCandidates().stream())
			.filter(x -> x.getId() == candidate)
			.findFirst()
			.orElseThrow();
	}

	private VotingQuestion questionOf(Cluster c, long session, long question) {
		return as(staff(c), () -> this.voting.view(session)).questions()
			.stream()
			.filter(q -> q.getId() == question)
			.findFirst()
			.orElseThrow();
	}

	private String why(VotingCandidate candidate) {
		return this.messages.getMessage(candidate.getResultKey(), candidate.resultArguments(),
				Locale.forLanguageTag("vi"));
	}

	private static Map<Long, Choice> choices(Object... pairs) {
		Map<Long, Choice> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((Long) pairs[i], (Choice) pairs[i + 1]);
		}
		return map;
	}

	// ----------------------------------------------------------------- thresholds

	@Test
	void thresholdsAreSharesOfTheWholeElectorate() {
		Cluster c = VotingTestData.cluster(this.jdbc, 13);
		long s = session(c, true);
		long flagBo = question(c, s, Award.CO_THI_DUA_BO, null, null);
		long flagTinh = question(c, s, Award.CO_THI_DUA_TINH, null, null);
		long soldierA = question(c, s, Award.CSTD_BO, null, null);
		long soldierB = question(c, s, Award.CSTD_BO, null, null);
		long u0 = unitCandidate(c, s, flagBo, 0);
		long u1 = unitCandidate(c, s, flagTinh, 1);
		long a = officerCandidate(c, s, soldierA, "Đại úy Nguyễn Văn A");
		long b = officerCandidate(c, s, soldierB, "Thiếu tá Trần Thị B");
		assertThat(questionOf(c, s, flagBo).getThreshold()).isEqualByComparingTo("80");
		assertThat(questionOf(c, s, soldierA).getThreshold()).isEqualByComparingTo("90");
		open(c, s);
		// all 13 vote; voter i approves u0 if i < 10, u1 if i < 11, A if i < 12, B if i <
		// 11
		castAll(c, s, 13,
				i -> choices(u0, i < 10 ? Choice.APPROVE : Choice.DISAPPROVE, u1,
						i < 11 ? Choice.APPROVE : Choice.DISAPPROVE, a, i < 12 ? Choice.APPROVE : Choice.ABSTAIN, b,
						i < 11 ? Choice.APPROVE : Choice.ABSTAIN));
		VotingSession tallied = closeAndTally(c, s);
		assertThat(tallied.getState()).isEqualTo(SessionState.TALLIED);
		assertThat(tallied.getBallotCount()).isEqualTo(13);

		// 10 / 13 = 76,92% < 80%
		VotingCandidate flag1 = candidate(c, s, u0);
		assertThat(flag1.getResult()).isEqualTo(CandidateResult.FAILED);
		assertThat(flag1.getApprovals()).isEqualTo(10);
		assertThat(flag1.getDisapprovals()).isEqualTo(3);
		assertThat(why(flag1)).isEqualTo("Không đạt: 10/13 phiếu tán thành (76,92% tổng số thành viên), dưới 80%");
		// 11 / 13 = 84,62% ≥ 80%
		VotingCandidate flag2 = candidate(c, s, u1);
		assertThat(flag2.getResult()).isEqualTo(CandidateResult.PASSED);
		assertThat(why(flag2)).isEqualTo("Đạt: 11/13 phiếu tán thành (84,62% tổng số thành viên), từ 80% trở lên");
		// 12 / 13 = 92,31% ≥ 90%
		assertThat(candidate(c, s, a).getResult()).isEqualTo(CandidateResult.PASSED);
		assertThat(why(candidate(c, s, a))).contains("12/13", "92,31%", "90%");
		// 11 / 13 = 84,62% < 90%: the same count that passes a flag fails Chiến sĩ thi
		// đua cấp Bộ
		assertThat(candidate(c, s, b).getResult()).isEqualTo(CandidateResult.FAILED);
		assertThat(why(candidate(c, s, b))).contains("11/13", "84,62%", "90%");
		assertThat(this.messages.getMessage(candidate(c, s, b).getResultKey(), candidate(c, s, b).resultArguments(),
				Locale.ENGLISH))
			.isEqualTo("Not passed: 11/13 approvals (84,62% of the whole electorate), below 90%");

		List<Proposal> proposals = as(staff(c), () -> this.voting.proposals(s));
		assertThat(proposals).extracting(Proposal::candidateId).containsExactly(u1, a);
		assertThat(proposals).extracting(Proposal::award).containsExactly(Award.CO_THI_DUA_TINH, Award.CSTD_BO);
		assertThat(this.events.stream(ProposalsMade.class).filter(e -> e.sessionId() == s)).hasSize(2);
		assertThat(this.events.stream(VotingSessionTallied.class).filter(e -> e.sessionId() == s)).singleElement()
			.satisfies(e -> assertThat(e.voided()).isFalse());
		assertThat(VotingTestData.signMinutes(this.minutes, this.jdbc, c, s).getState())
			.isEqualTo(SessionState.MINUTES_SIGNED);
	}

	@Test
	void aSessionWithoutQuorumIsVoidAndSaysSo() {
		Cluster c = VotingTestData.cluster(this.jdbc, 13);
		// 8 of 13 voted: 8 × 3 = 24 < 13 × 2 = 26, below 2/3
		long missed = session(c, true);
		long q1 = question(c, missed, Award.CO_THI_DUA_BO, null, null);
		long x = unitCandidate(c, missed, q1, 0);
		open(c, missed);
		castAll(c, missed, 8, i -> choices(x, Choice.APPROVE));
		VotingSession voided = closeAndTally(c, missed);
		assertThat(voided.getState()).isEqualTo(SessionState.VOID);
		assertThat(voided.getQuorumReached()).isFalse();
		assertThat(voided.getVoterCount()).isEqualTo(8);
		assertThat(questionOf(c, missed, q1).getOutcome()).isEqualTo(QuestionOutcome.VOID);
		assertThat(candidate(c, missed, x).getResult()).isNull();
		assertThat(as(staff(c), () -> this.voting.proposals(missed))).isEmpty();
		assertThat(this.messages.getMessage("SessionState.VOID", null, Locale.forLanguageTag("vi")))
			.isEqualTo("Không đủ túc số, không có giá trị");

		// 9 of 13 voted: 9 × 3 = 27 ≥ 26, quorum reached; 9 approvals = 69,23% < 80%
		long reached = session(c, true);
		long q2 = question(c, reached, Award.CO_THI_DUA_BO, null, null);
		long y = unitCandidate(c, reached, q2, 0);
		open(c, reached);
		castAll(c, reached, 9, i -> choices(y, Choice.APPROVE));
		VotingSession valid = closeAndTally(c, reached);
		assertThat(valid.getState()).isEqualTo(SessionState.TALLIED);
		assertThat(valid.getQuorumReached()).isTrue();
		assertThat(why(candidate(c, reached, y))).contains("9/13", "69,23%");
	}

	@Test
	void whenMorePassThanThereArePlacesTheyAreRankedByApprovals() {
		Cluster c = VotingTestData.cluster(this.jdbc, 13);
		long s = session(c, true);
		long q = question(c, s, Award.DVQT, 2, new BigDecimal("50"));
		long u0 = unitCandidate(c, s, q, 0);
		long u1 = unitCandidate(c, s, q, 1);
		long u2 = unitCandidate(c, s, q, 2);
		open(c, s);
		// at most 2 approvals a ballot: voters 0-3 approve u0 and u2, 4-9 u0 and u1,
		// 10-12 u1 and u2
		// u0 = 10 (76,92%), u1 = 9 (69,23%), u2 = 7 (53,85%): all ≥ 50%, 3 for 2 places
		castAll(c, s, 13,
				i -> i < 4 ? choices(u0, Choice.APPROVE, u2, Choice.APPROVE, u1, Choice.DISAPPROVE)
						: i < 10 ? choices(u0, Choice.APPROVE, u1, Choice.APPROVE, u2, Choice.DISAPPROVE)
								: choices(u1, Choice.APPROVE, u2, Choice.APPROVE, u0, Choice.DISAPPROVE));
		closeAndTally(c, s);
		assertThat(candidate(c, s, u0).getApprovals()).isEqualTo(10);
		assertThat(candidate(c, s, u1).getApprovals()).isEqualTo(9);
		assertThat(candidate(c, s, u2).getApprovals()).isEqualTo(7);
		assertThat(why(candidate(c, s, u0)))
			.isEqualTo("Đạt: 10/13 phiếu tán thành (76,92%), xếp thứ 1, trong số 2 suất");
		assertThat(why(candidate(c, s, u1)))
			.isEqualTo("Đạt: 9/13 phiếu tán thành (69,23%), xếp thứ 2, trong số 2 suất");
		assertThat(candidate(c, s, u2).getResult()).isEqualTo(CandidateResult.FAILED);
		assertThat(why(candidate(c, s, u2)))
			.isEqualTo("Không đạt: 7/13 phiếu tán thành (53,85%) đủ tỷ lệ nhưng xếp thứ 3, ngoài số 2 suất");
		assertThat(questionOf(c, s, q).getOutcome()).isEqualTo(QuestionOutcome.DECIDED);
	}

	// ----------------------------------------------------------------- ties

	/**
	 * A flag for one place, 40%: voters 0-5 approve u0, 6-11 approve u1, 12 neither: 6 =
	 * 6 (46,15%).
	 */
	private long[] tiedSession(Cluster c) {
		long s = session(c, true);
		long q = question(c, s, Award.CO_THI_DUA_BO, 1, new BigDecimal("40"));
		long u0 = unitCandidate(c, s, q, 0);
		long u1 = unitCandidate(c, s, q, 1);
		open(c, s);
		castAll(c, s, 13, i -> i < 6 ? choices(u0, Choice.APPROVE, u1, Choice.DISAPPROVE)
				: i < 12 ? choices(u1, Choice.APPROVE, u0, Choice.DISAPPROVE) : choices(u0, Choice.DISAPPROVE));
		closeAndTally(c, s);
		return new long[] { s, q, u0, u1 };
	}

	@Test
	void aTieAtTheCutOffIsSettledByTheChairWithAReason() {
		Cluster c = VotingTestData.cluster(this.jdbc, 13);
		long[] t = tiedSession(c);
		long s = t[0], q = t[1], u0 = t[2], u1 = t[3];
		VotingQuestion tied = questionOf(c, s, q);
		assertThat(tied.getOutcome()).isEqualTo(QuestionOutcome.TIE);
		assertThat(tied.getOpenPlaces()).isEqualTo(1);
		assertThat(why(candidate(c, s, u0)))
			.isEqualTo("Bằng phiếu tại suất cuối: 6/13 phiếu tán thành (46,15%); còn 1 suất cho 2 ứng viên");
		assertThatThrownBy(() -> run(commander(c, 0), () -> this.minutes.sign(s, this.minutes.minutes(s).hash())))
			.hasMessage("voting.error.undecided");
		assertThatThrownBy(() -> run(staff(c), () -> this.voting.decideTie(s, q, List.of(u0, u1), "Cả hai")))
			.hasMessage("voting.error.tieChoice");
		assertThatThrownBy(() -> run(staff(c), () -> this.voting.decideTie(s, q, List.of(u1), " ")))
			.hasMessage("voting.error.reasonRequired");
		assertThatThrownBy(() -> run(commander(c, 5), () -> this.voting.decideTie(s, q, List.of(u1), "Tôi chọn")))
			.isInstanceOf(AccessDeniedException.class);

		run(staff(c), () -> this.voting.decideTie(s, q, List.of(u1), "Đơn vị có chiến công đột xuất trong năm"));
		assertThat(candidate(c, s, u1).getResult()).isEqualTo(CandidateResult.PASSED);
		assertThat(why(candidate(c, s, u1))).isEqualTo("Đạt: bằng phiếu (6/13, 46,15%), chủ trì quyết định chọn");
		assertThat(candidate(c, s, u0).getResult()).isEqualTo(CandidateResult.FAILED);
		VotingQuestion decided = questionOf(c, s, q);
		assertThat(decided.getOutcome()).isEqualTo(QuestionOutcome.DECIDED);
		assertThat(decided.getDecisionReason()).isEqualTo("Đơn vị có chiến công đột xuất trong năm");
		assertThat(decided.getDecidedBy()).isEqualTo("voting.staff");
		assertThat(as(staff(c), () -> this.voting.proposals(s))).extracting(Proposal::unitId)
			.containsExactly(c.unit(1));
		assertThat(this.jdbc
			.sql("select reason from audit_event where object_type = 'VOTING_SESSION' "
					+ "and object_id = :s and action = 'VOTING_TIE_CHAIR_DECIDED'")
			.param("s", s)
			.query(String.class)
			.single()).isEqualTo("Đơn vị có chiến công đột xuất trong năm");
		assertThat(VotingTestData.signMinutes(this.minutes, this.jdbc, c, s).getState())
			.isEqualTo(SessionState.MINUTES_SIGNED);
	}

	@Test
	void aTieCanGoToASecondRoundAmongTheTiedCandidates() {
		Cluster c = VotingTestData.cluster(this.jdbc, 13);
		long[] t = tiedSession(c);
		long s = t[0], q = t[1], u0 = t[2], u1 = t[3];
		VotingSession second = as(staff(c), () -> this.voting.startSecondRound(s, q, VotingTestData.inAnHour()));
		assertThat(second.getRound()).isEqualTo(2);
		assertThat(second.getState()).isEqualTo(SessionState.OPEN);
		assertThat(second.getElectorateSize()).isEqualTo(13);
		assertThat(questionOf(c, s, q).getOutcome()).isEqualTo(QuestionOutcome.SECOND_ROUND);
		VotingQuestion again = as(staff(c), () -> this.voting.view(second.getId())).questions().get(0);
		assertThat(again.getPlaces()).isEqualTo(1);
		assertThat(again.getCandidates()).extracting(VotingCandidate::getUnitId)
			.containsExactlyInAnyOrder(c.unit(0), c.unit(1));
		long r0 = again.getCandidates()
			.stream()
			.filter(x -> x.getUnitId() == c.unit(0))
			.findFirst()
			.orElseThrow()
			.getId();
		long r1 = again.getCandidates()
			.stream()
			.filter(x -> x.getUnitId() == c.unit(1))
			.findFirst()
			.orElseThrow()
			.getId();
		// round 2: voters 0-7 approve u0 (8 = 61,54%), 8-12 approve u1 (5 = 38,46%)
		castAll(c, second.getId(), 13, i -> i < 8 ? choices(r0, Choice.APPROVE) : choices(r1, Choice.APPROVE));
		closeAndTally(c, second.getId());
		assertThat(candidate(c, s, u0).getResult()).isEqualTo(CandidateResult.PASSED);
		assertThat(why(candidate(c, s, u0))).isEqualTo("Đạt ở vòng 2: 8/13 phiếu tán thành (61,54%)");
		assertThat(why(candidate(c, s, u1))).isEqualTo("Không đạt ở vòng 2: 5/13 phiếu tán thành (38,46%)");
		assertThat(questionOf(c, s, q).getOutcome()).isEqualTo(QuestionOutcome.DECIDED);
		assertThat(as(staff(c), () -> this.voting.proposals(s))).extracting(Proposal::unitId)
			.containsExactly(c.unit(0));
	}

	@Test
	void stillTiedAfterTwoRoundsTheCompetentLeaderDecides() {
		Cluster c = VotingTestData.cluster(this.jdbc, 13);
		long[] t = tiedSession(c);
		long s = t[0], q = t[1], u0 = t[2];
		long second = as(staff(c), () -> this.voting.startSecondRound(s, q, VotingTestData.inAnHour())).getId();
		VotingQuestion again = as(staff(c), () -> this.voting.view(second)).questions().get(0);
		long r0 = again.getCandidates().get(0).getId();
		long r1 = again.getCandidates().get(1).getId();
		// 6 = 6 again
		castAll(c, second, 13, i -> i < 6 ? choices(r0, Choice.APPROVE)
				: i < 12 ? choices(r1, Choice.APPROVE) : choices(r0, Choice.ABSTAIN));
		closeAndTally(c, second);
		VotingQuestion stillTied = questionOf(c, second, again.getId());
		assertThat(stillTied.getOutcome()).isEqualTo(QuestionOutcome.LEADER_DECIDES);
		assertThatThrownBy(() -> run(staff(c),
				() -> this.voting.startSecondRound(second, again.getId(), VotingTestData.inAnHour())))
			.hasMessage("voting.error.noTie");
		// the deputy unit's commander is a competent leader for a flag
		long chosen = again.getCandidates()
			.stream()
			.filter(x -> x.getUnitId() == c.unit(0))
			.findFirst()
			.orElseThrow()
			.getId();
		run(commander(c, 1), () -> this.voting.decideTie(second, again.getId(), List.of(chosen),
				"Cụm trưởng và Cụm phó thống nhất"));
		assertThat(why(candidate(c, second, chosen))).startsWith("Đạt: sau hai vòng vẫn bằng phiếu (6/13, 46,15%)");
		assertThat(candidate(c, s, u0).getResult()).isEqualTo(CandidateResult.PASSED);
		assertThat(questionOf(c, s, q).getDecisionReason()).isEqualTo("Cụm trưởng và Cụm phó thống nhất");
		assertThat(as(staff(c), () -> this.voting.proposals(s))).extracting(Proposal::unitId)
			.containsExactly(c.unit(0));
	}

	// ----------------------------------------------------------------- self-vote

	@Test
	void aUnitHasNoBoxForItselfUnlessTheSessionAllowsIt() {
		Cluster c = VotingTestData.cluster(this.jdbc, 5);
		long off = session(c, false);
		long q = question(c, off, Award.DVQT, 2, null);
		long u0 = unitCandidate(c, off, q, 0);
		long u1 = unitCandidate(c, off, q, 1);
		open(c, off);
		BallotPaper paper = as(commander(c, 0), () -> this.box.paper(off));
		assertThat(paper.questions().get(0).candidates()).extracting(BallotPaper.Box::candidateId).containsExactly(u1);
		assertThatThrownBy(() -> as(commander(c, 0), () -> this.box.cast(off, choices(u0, Choice.APPROVE))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("voting.error.selfVote");
		assertThat(participations(off)).isZero();
		as(commander(c, 0), () -> this.box.cast(off, choices(u1, Choice.APPROVE)));

		long on = session(c, true);
		long q2 = question(c, on, Award.DVQT, 2, null);
		long v0 = unitCandidate(c, on, q2, 0);
		unitCandidate(c, on, q2, 1);
		open(c, on);
		assertThat(as(commander(c, 0), () -> this.box.paper(on)).questions().get(0).candidates()).hasSize(2);
		as(commander(c, 0), () -> this.box.cast(on, choices(v0, Choice.APPROVE)));
		assertThat(participations(on)).isEqualTo(1);
	}

	// ----------------------------------------------------------------- refusals

	@Test
	void badBallotsAreRefusedWithNothingStored() {
		Cluster c = VotingTestData.cluster(this.jdbc, 5);
		Cluster other = VotingTestData.cluster(this.jdbc, 3);
		long s = session(c, true);
		long q = question(c, s, Award.CO_THI_DUA_BO, 1, null);
		long u0 = unitCandidate(c, s, q, 0);
		long u1 = unitCandidate(c, s, q, 1);
		long elsewhere = session(other, true);
		long qo = question(other, elsewhere, Award.CO_THI_DUA_BO, 1, null);
		long foreign = unitCandidate(other, elsewhere, qo, 0);
		assertThatThrownBy(() -> as(commander(c, 2), () -> this.box.cast(s, choices(u0, Choice.APPROVE))))
			.hasMessage("voting.error.closed");
		open(c, s);
		assertThatThrownBy(
				() -> as(commander(c, 2), () -> this.box.cast(s, choices(u0, Choice.APPROVE, u1, Choice.APPROVE))))
			.hasMessage("voting.error.tooManyApprovals");
		assertThatThrownBy(() -> as(commander(c, 2), () -> this.box.cast(s, choices(foreign, Choice.APPROVE))))
			.hasMessage("voting.error.unknownCandidate");
		assertThatThrownBy(() -> as(VotingTestData.officer(c, 2), () -> this.box.cast(s, choices(u0, Choice.APPROVE))))
			.hasMessage("voting.error.notElector");
		assertThatThrownBy(() -> as(staff(c), () -> this.box.cast(s, choices(u0, Choice.APPROVE))))
			.hasMessage("voting.error.notElector");
		assertThatThrownBy(() -> as(commander(other, 0), () -> this.box.cast(s, choices(u0, Choice.APPROVE))))
			.isInstanceOf(NotFoundException.class);
		assertThat(participations(s)).isZero();
		assertThat(sealed(s)).isZero();

		as(commander(c, 2), () -> this.box.cast(s, choices(u0, Choice.APPROVE)));
		assertThatThrownBy(() -> as(commander(c, 2), () -> this.box.cast(s, choices(u1, Choice.APPROVE))))
			.hasMessage("voting.error.alreadyVoted");
		run(staff(c), () -> this.voting.close(s));
		assertThatThrownBy(() -> as(commander(c, 3), () -> this.box.cast(s, choices(u0, Choice.APPROVE))))
			.hasMessage("voting.error.closed");
		assertThat(participations(s)).isEqualTo(1);
		assertThat(sealed(s)).isEqualTo(1);
	}

	// ----------------------------------------------------------------- lifecycle, access

	@Test
	void theLifecycleGoesOneWayAndTheTurnoutNeverSaysHow() {
		Cluster c = VotingTestData.cluster(this.jdbc, 4);
		long s = session(c, true);
		long q = question(c, s, Award.DVTT, 2, null);
		long u0 = unitCandidate(c, s, q, 0);
		long u3 = unitCandidate(c, s, q, 3);
		run(staff(c), () -> this.voting.removeCandidate(s, q, u3, "Đơn vị bị kỷ luật trong năm"));
		assertThat(this.jdbc
			.sql("select reason from audit_event where object_id = :s and action = 'VOTING_CANDIDATE_REMOVED'")
			.param("s", s)
			.query(String.class)
			.single()).isEqualTo("Đơn vị bị kỷ luật trong năm");
		assertThatThrownBy(() -> run(staff(c), () -> this.voting.removeCandidate(s, q, u0, "")))
			.hasMessage("voting.error.reasonRequired");
		assertThatThrownBy(() -> run(staff(c), () -> this.voting.open(s, java.time.Instant.now().minusSeconds(60))))
			.hasMessage("voting.error.closesInPast");
		open(c, s);
		assertThatThrownBy(() -> unitCandidate(c, s, q, 1)).hasMessage("voting.error.notDraft");
		as(commander(c, 1), () -> this.box.cast(s, choices(u0, Choice.APPROVE)));
		Turnout turnout = as(commander(c, 2), () -> this.voting.turnout(s));
		assertThat(turnout.electorate()).isEqualTo(4);
		assertThat(turnout.voted()).isEqualTo(1);
		assertThat(turnout.notVoted()).isEqualTo(3);
		assertThat(turnout.electors()).filteredOn(Turnout.ElectorStatus::voted)
			.extracting(Turnout.ElectorStatus::unitId)
			.containsExactly(c.unit(1));
		assertThatThrownBy(() -> as(staff(c), () -> this.box.tally(s))).hasMessage("voting.error.notClosed");
		run(staff(c), () -> this.voting.close(s));
		run(staff(c), () -> this.voting.extend(s, VotingTestData.inAnHour().plusSeconds(600), "Một đơn vị mất mạng"));
		assertThat(as(staff(c), () -> this.voting.get(s)).getState()).isEqualTo(SessionState.OPEN);
		for (int i : new int[] { 0, 2, 3 }) {
			as(commander(c, i), () -> this.box.cast(s, choices(u0, Choice.APPROVE)));
		}
		closeAndTally(c, s);
		assertThatThrownBy(
				() -> run(staff(c), () -> this.voting.extend(s, VotingTestData.inAnHour().plusSeconds(900), "Mở lại")))
			.hasMessage("voting.error.notOpen");
		assertThatThrownBy(() -> run(staff(c), () -> this.voting.close(s))).hasMessage("voting.error.notOpen");
		assertThatThrownBy(() -> as(staff(c), () -> this.box.tally(s))).hasMessage("voting.error.notClosed");
	}

	@Test
	void theSessionIsSeenInItsClusterAndPreparedByTheHeadUnitOrStaff() {
		Cluster c = VotingTestData.cluster(this.jdbc, 4);
		Cluster other = VotingTestData.cluster(this.jdbc, 2);
		long s = as(VotingTestData.officer(c, 0),
				() -> this.voting
					.create(c.id(), VotingTestData.YEAR, null, "Bình xét do Cụm trưởng chuẩn bị", ElectorateKind.UNITS)
					.getId());
		assertThat(as(commander(c, 3), () -> this.voting.view(s)).mayManage()).isFalse();
		assertThat(as(commander(c, 3), () -> this.voting.view(s)).isElector()).isTrue();
		assertThat(as(VotingTestData.officer(c, 0), () -> this.voting.view(s)).mayManage()).isTrue();
		assertThat(as(commander(c, 3), () -> this.voting.list(VotingTestData.YEAR))).extracting(VotingSession::getId)
			.contains(s);
		assertThatThrownBy(() -> as(commander(other, 0), () -> this.voting.view(s)))
			.isInstanceOf(NotFoundException.class);
		assertThat(as(commander(other, 0), () -> this.voting.list(VotingTestData.YEAR)))
			.extracting(VotingSession::getId)
			.doesNotContain(s);
		assertThatThrownBy(() -> as(commander(c, 3), () -> this.voting.addQuestion(s, Award.DVTT, null, null, null)))
			.isInstanceOf(AccessDeniedException.class);

		// a delegate named by the head votes for unit 2 instead of its commander
		long q = question(c, s, Award.DVTT, 2, null);
		long u0 = unitCandidate(c, s, q, 0);
		this.jdbc.sql("""
				insert into app_user (username, full_name, password_hash, role, unit_id, search_text, sort_key)
				values ('delegate.unit2.' || :unit, 'Cán bộ được giao', 'x', 'UNIT_OFFICER', :unit, 'x', ''::bytea)
				""").param("unit", c.unit(2)).update();
		String delegate = "delegate.unit2." + c.unit(2);
		run(VotingTestData.officer(c, 0), () -> this.voting.nameDelegate(s, c.unit(2), delegate));
		open(c, s);
		assertThatThrownBy(() -> as(commander(c, 2), () -> this.box.cast(s, choices(u0, Choice.APPROVE))))
			.hasMessage("voting.error.notElector");
		as(VotingTestData.account(delegate, vn.thidua.shared.security.Role.UNIT_OFFICER, c.unit(2), c.paths().get(2)),
				() -> this.box.cast(s, choices(u0, Choice.APPROVE)));
		assertThat(participations(s)).isEqualTo(1);
	}

	private int participations(long session) {
		return this.jdbc.sql("select count(*) from voting_participation where session_id = :s")
			.param("s", session)
			.query(Integer.class)
			.single();
	}

	private int sealed(long session) {
		return this.jdbc.sql("select count(*) from voting_sealed_ballot where session_id = :s")
			.param("s", session)
			.query(Integer.class)
			.single();
	}

}
