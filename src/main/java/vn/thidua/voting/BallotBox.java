package vn.thidua.voting;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * The secret ballot (bỏ phiếu kín) of a session: the ballot paper of the current voter,
 * casting a ballot, the tally and the published box with its verification.
 * <p>
 * Secrecy (see {@code docs/adr/0009-secret-ballot.md}): casting writes, in one
 * transaction, a participation row (who voted: no id, no time) and a sealed ballot
 * (random id, no time, encrypted with a key that is not in the database); nothing joins
 * the two. The tally opens every sealed ballot, publishes them all in random order under
 * random ids in one transaction, deletes the sealed copies and then rewrites the sealed
 * table, so that no row version, position or transaction id pairs a ballot with a
 * participation. Nothing here logs a ballot's content or receipt.
 */
@Service
@RequiredArgsConstructor
public class BallotBox {

	private static final String RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final VotingService sessions;

	private final Tallying tallying;

	private final BallotSeal seal;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** A candidate as the ballot rules need it. */
	private record Box(long candidateId, long questionId, Long unitId, String name, String question, Award award,
			int places) {

	}

	/** The elector the current user votes as in a session. */
	private record Voter(long electorId, Long unitId) {

	}

	/**
	 * The current voter's ballot paper: a unit has no box for itself unless the session
	 * allows it. 404 when the session is not visible; refused for a user outside the
	 * electorate.
	 */
	@Transactional(readOnly = true)
	public BallotPaper paper(long sessionId) {
		VotingSession session = this.sessions.get(sessionId);
		Voter voter = voter(sessionId).orElseThrow(() -> new BusinessRuleException("voting.error.notElector"));
		Map<Long, BallotPaper.Question> questions = new LinkedHashMap<>();
		Map<Long, List<BallotPaper.Box>> boxes = new HashMap<>();
		for (Box box : boxes(sessionId)) {
			if (isSelf(session.isSelfVoteAllowed(), voter, box)) {
				continue;
			}
			List<BallotPaper.Box> list = boxes.computeIfAbsent(box.questionId(), k -> new ArrayList<>());
			list.add(new BallotPaper.Box(box.candidateId(), box.name()));
			questions.putIfAbsent(box.questionId(),
					new BallotPaper.Question(box.questionId(), box.award(), box.question(), box.places(), list));
		}
		return new BallotPaper(sessionId, List.copyOf(questions.values()), hasVoted(sessionId, voter));
	}

	/**
	 * Casts the current voter's ballot, once: a choice per candidate (missing ones count
	 * as abstentions), never more approvals than a question's places. Refused, with
	 * nothing stored, for a closed session, a user outside the electorate, a candidate
	 * not in the session or not on the voter's paper, too many approvals, or a second
	 * ballot (the participation's primary key refuses it, whichever instance runs it).
	 */
	@Transactional
	public Receipt cast(long sessionId, Map<Long, Choice> choices) {
		// an elector of the session may vote in it: one indexed read instead of loading
		// the session and its cluster for every ballot; anyone else is answered as the
		// session's page would answer them (404 outside its scope), then refused
		Optional<Voter> elector = voter(sessionId);
		if (elector.isEmpty()) {
			this.sessions.get(sessionId);
			throw new BusinessRuleException("voting.error.notElector");
		}
		// share lock: a close or tally (which lock for update) waits for ballots being
		// cast
		Map<String, Object> locked = this.jdbc
			.sql("select state, closes_at, key_check, self_vote_allowed from voting_session where id = :s for share")
			.param("s", sessionId)
			.query()
			.singleRow();
		java.sql.Timestamp closesAt = (java.sql.Timestamp) locked.get("closes_at");
		if (!SessionState.OPEN.name().equals(locked.get("state")) || closesAt == null
				|| !this.clock.instant().isBefore(closesAt.toInstant())) {
			throw new BusinessRuleException("voting.error.closed");
		}
		if (!Objects.equals(locked.get("key_check"), this.seal.keyCheck(sessionId))) {
			throw new BusinessRuleException("voting.error.secretMismatch");
		}
		Voter voter = elector.get();
		boolean selfVote = (Boolean) locked.get("self_vote_allowed");
		List<Box> boxes = boxes(sessionId);
		Map<Long, Box> byId = new HashMap<>();
		boxes.forEach(b -> byId.put(b.candidateId(), b));
		Map<Long, Integer> approvals = new HashMap<>();
		for (Map.Entry<Long, Choice> entry : choices.entrySet()) {
			Box box = byId.get(entry.getKey());
			if (box == null || entry.getValue() == null) {
				throw new BusinessRuleException("voting.error.unknownCandidate");
			}
			if (isSelf(selfVote, voter, box)) {
				throw new BusinessRuleException(null, "voting.error.selfVote", box.name());
			}
			if (entry.getValue() == Choice.APPROVE) {
				int count = approvals.merge(box.questionId(), 1, Integer::sum);
				if (count > box.places()) {
					throw new BusinessRuleException(null, "voting.error.tooManyApprovals", box.question(),
							box.places());
				}
			}
		}
		StringBuilder content = new StringBuilder();
		for (Box box : boxes) {
			// no box for itself reads as an abstention, so the ballot does not say whose
			// it is
			Choice choice = choices.getOrDefault(box.candidateId(), Choice.ABSTAIN);
			content.append(content.isEmpty() ? "" : ",").append(box.candidateId()).append(':').append(choice.code());
		}
		try {
			this.jdbc.sql("insert into voting_participation (session_id, elector_id) values (:s, :e)")
				.param("s", sessionId)
				.param("e", voter.electorId())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("voting.error.alreadyVoted");
		}
		String receipt = newReceipt();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into voting_sealed_ballot (id, session_id, sealed) values (:id, :s, :sealed)")
			.param("id", id)
			.param("s", sessionId)
			.param("sealed", this.seal.seal(sessionId, id, receipt + "\n" + content))
			.update();
		return new Receipt(receipt);
	}

	/**
	 * Counts the votes of a closed session (or one past its closing time): publishes the
	 * box and decides what the counts decide. Then, outside the transaction, rewrites the
	 * sealed table so that the deleted sealed copies (and their row versions, which carry
	 * the casting transactions' ids) leave the table's files.
	 */
	public VotingSession tally(long sessionId) {
		VotingSession session = this.tallying.tally(sessionId);
		this.jdbc.sql("vacuum full voting_sealed_ballot").update();
		return session;
	}

	/** The published ballots of a tallied session, in chain order. */
	@Transactional(readOnly = true)
	public List<PublishedBallot> ballots(long sessionId) {
		this.sessions.get(sessionId);
		return this.jdbc.sql(
				"select position, receipt, content, hash from voting_ballot where session_id = :s order by position, id")
			.param("s", sessionId)
			.query((rs, i) -> new PublishedBallot(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** Whether a receipt code is in the published box of a session. */
	@Transactional(readOnly = true)
	public boolean receiptInBox(long sessionId, String receipt) {
		this.sessions.get(sessionId);
		String code = receipt == null ? "" : receipt.trim().toUpperCase(java.util.Locale.ROOT);
		return this.jdbc.sql("select exists (select 1 from voting_ballot where session_id = :s and receipt = :r)")
			.param("s", sessionId)
			.param("r", code)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Recomputes the chain of a tallied session's box from its rows and names the first
	 * ballot changed, added or removed since the tally; compares the final hash with the
	 * one recorded (and printed in the minutes).
	 */
	@Transactional(readOnly = true)
	public BoxVerification verify(long sessionId) {
		VotingSession session = this.sessions.get(sessionId);
		if (!session.getState().isTallied()) {
			throw new BusinessRuleException("voting.error.notTallied");
		}
		List<PublishedBallot> rows = ballots(sessionId);
		int expected = session.getBallotCount();
		String previous = BallotChain.start(sessionId);
		int position = 1;
		BoxVerification.Problem problem = null;
		for (int i = 0; i < rows.size() && problem == null; i++) {
			PublishedBallot row = rows.get(i);
			if (row.position() > expected || row.position() < position) {
				problem = new BoxVerification.Problem(BoxVerification.Kind.ADDED, row.position(), row.receipt());
				break;
			}
			if (row.position() > position) {
				problem = new BoxVerification.Problem(BoxVerification.Kind.REMOVED, position, null);
				break;
			}
			String hash = BallotChain.next(previous, row.position(), row.receipt(), row.content());
			if (!hash.equals(row.hash())) {
				// a second row at this position that does chain is the genuine one: this
				// one was added
				boolean genuineFollows = i + 1 < rows.size() && rows.get(i + 1).position() == row.position()
						&& BallotChain
							.next(previous, row.position(), rows.get(i + 1).receipt(), rows.get(i + 1).content())
							.equals(rows.get(i + 1).hash());
				problem = new BoxVerification.Problem(
						genuineFollows ? BoxVerification.Kind.ADDED : BoxVerification.Kind.CHANGED, row.position(),
						row.receipt());
				break;
			}
			previous = hash;
			position++;
		}
		if (problem == null && position <= expected) {
			problem = new BoxVerification.Problem(BoxVerification.Kind.REMOVED, position, null);
		}
		if (problem == null && !previous.equals(session.getFinalHash())) {
			problem = new BoxVerification.Problem(BoxVerification.Kind.CHANGED, expected, null);
		}
		return new BoxVerification(expected, rows.size(), session.getFinalHash(), previous, problem);
	}

	// ----------------------------------------------------------------- helpers

	private List<Box> boxes(long sessionId) {
		return this.jdbc.sql("""
				select c.id, q.id, c.unit_id, c.name, q.text, q.award, q.places
				from voting_candidate c join voting_question q on q.id = c.question_id
				where q.session_id = :s order by c.id
				""")
			.param("s", sessionId)
			.query((rs, i) -> new Box(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
					rs.getString(5), Award.valueOf(rs.getString(6)), rs.getInt(7)))
			.list();
	}

	/**
	 * The elector the current user votes as: a named account (delegate or council member)
	 * first, else the commander of a member unit that named no delegate.
	 */
	private Optional<Voter> voter(long sessionId) {
		CurrentUser user = CurrentUser.get();
		return this.jdbc.sql("""
				select e.id, e.unit_id from voting_elector e where e.session_id = :s
				  and (e.username = :username or (e.username is null and e.unit_id = :unit and :commander))
				order by (e.username = :username) desc nulls last, e.id limit 1
				""")
			.param("s", sessionId)
			.param("username", user.getUsername())
			.param("unit", user.unitId() == null ? -1L : user.unitId())
			.param("commander", user.is(Role.UNIT_COMMANDER))
			.query((rs, i) -> new Voter(rs.getLong(1), (Long) rs.getObject(2)))
			.optional();
	}

	private boolean hasVoted(long sessionId, Voter voter) {
		return this.jdbc
			.sql("select exists (select 1 from voting_participation where session_id = :s and elector_id = :e)")
			.param("s", sessionId)
			.param("e", voter.electorId())
			.query(Boolean.class)
			.single();
	}

	private static boolean isSelf(boolean selfVoteAllowed, Voter voter, Box box) {
		return !selfVoteAllowed && voter.unitId() != null && voter.unitId().equals(box.unitId());
	}

	/** 12 characters from 31 unambiguous ones (about 59 bits), as XXXX-XXXX-XXXX. */
	private String newReceipt() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(RECEIPT_ALPHABET.charAt(this.random.nextInt(RECEIPT_ALPHABET.length())));
		}
		return code.toString();
	}

}
