package vn.thidua.voting;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.organization.ClusterService;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * The tally's transaction: open the sealed ballots, publish them in random order with
 * random ids and the hash chain, delete the sealed copies, count in SQL from the
 * published rows (what verification checks is what was counted), decide.
 */
@Component
@RequiredArgsConstructor
class Tallying {

	private final SecureRandom random = new SecureRandom();

	private final VotingSessionRepository sessions;

	private final VotingService votingService;

	private final ClusterService clusters;

	private final Decisions decisions;

	private final BallotSeal seal;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private record Opened(String receipt, String content) {

	}

	@Transactional
	VotingSession tally(long sessionId) {
		VotingSession session = this.sessions.findForUpdate(sessionId).orElseThrow(NotFoundException::new);
		if (!this.votingService.canManage(this.clusters.get(session.getClusterId()))) {
			throw new AccessDeniedException("Not allowed");
		}
		if (!session.mayBeTallied(this.clock.instant())) {
			throw new BusinessRuleException("voting.error.notClosed");
		}
		if (!Objects.equals(session.getKeyCheck(), this.seal.keyCheck(sessionId))) {
			throw new BusinessRuleException("voting.error.secretMismatch");
		}
		int voters = this.jdbc.sql("select count(*) from voting_participation where session_id = :s")
			.param("s", sessionId)
			.query(Integer.class)
			.single();
		List<Opened> ballots = new ArrayList<>();
		this.jdbc.sql("select id, sealed from voting_sealed_ballot where session_id = :s")
			.param("s", sessionId)
			.query((rs, i) -> {
				String plain = this.seal.open(sessionId, rs.getObject(1, UUID.class), rs.getBytes(2));
				int cut = plain.indexOf('\n');
				return ballots.add(new Opened(plain.substring(0, cut), plain.substring(cut + 1)));
			})
			.list();
		if (ballots.size() != voters) {
			throw new IllegalStateException("Ballot box of session " + sessionId + " is inconsistent");
		}
		Collections.shuffle(ballots, this.random);
		String hash = BallotChain.start(sessionId);
		for (int i = 0; i < ballots.size(); i++) {
			Opened ballot = ballots.get(i);
			hash = BallotChain.next(hash, i + 1, ballot.receipt(), ballot.content());
			this.jdbc.sql("""
					insert into voting_ballot (id, session_id, position, receipt, content, hash)
					values (:id, :s, :p, :r, :c, :h)
					""")
				.param("id", UUID.randomUUID())
				.param("s", sessionId)
				.param("p", i + 1)
				.param("r", ballot.receipt())
				.param("c", ballot.content())
				.param("h", hash)
				.update();
		}
		this.jdbc.sql("delete from voting_sealed_ballot where session_id = :s").param("s", sessionId).update();
		session.tallied(voters, ballots.size(), hash, this.clock.instant());
		if (session.getState() == SessionState.TALLIED) {
			Map<Long, int[]> counts = counts(sessionId);
			for (VotingQuestion question : session.getQuestions()) {
				QuestionTally.apply(question, session.getElectorateSize(), counts);
				if (question.getOutcome() == QuestionOutcome.DECIDED) {
					this.decisions.decided(session, question);
				}
			}
		}
		else {
			for (VotingQuestion question : session.getQuestions()) {
				question.outcome(QuestionOutcome.VOID, null);
			}
			if (session.getRound() == 2) {
				this.decisions.secondRoundVoid(session);
			}
		}
		this.events.publishEvent(new VotingSessionTallied(sessionId, session.getClusterId(), session.getYear(),
				session.getRound(), session.getState() == SessionState.VOID, ballots.size(), hash));
		this.events.publishEvent(
				AuditRecord.of("VOTING_SESSION_TALLIED", VotingService.AUDIT_TYPE, sessionId, session.getTitle())
					.change("voting.field.turnout", null, voters + "/" + session.getElectorateSize())
					.change("voting.field.finalHash", null, hash)
					.build());
		return session;
	}

	/**
	 * Approvals, disapprovals and abstentions per candidate, counted in SQL from the
	 * published ballots' content.
	 */
	private Map<Long, int[]> counts(long sessionId) {
		Map<Long, int[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select split_part(x, ':', 1)::bigint, split_part(x, ':', 2), count(*)
				from voting_ballot b cross join lateral regexp_split_to_table(b.content, ',') as x
				where b.session_id = :s and b.content <> ''
				group by 1, 2
				""").param("s", sessionId).query((rs, i) -> {
			int[] c = counts.computeIfAbsent(rs.getLong(1), k -> new int[3]);
			c[Choice.ofCode(rs.getString(2)).ordinal()] = rs.getInt(3);
			return null;
		}).list();
		return counts;
	}

}
