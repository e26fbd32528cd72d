package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.voting.VotingTestData.as;
import static vn.thidua.voting.VotingTestData.commander;
import static vn.thidua.voting.VotingTestData.run;
import static vn.thidua.voting.VotingTestData.staff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.voting.VotingTestData.Cluster;

/**
 * The ballot box: nothing stored or logged links a voter to a ballot; a second ballot is
 * refused by the database; changes made to the published box with SQL are named by its
 * verification.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class BallotSecrecyTests {

	@Autowired
	VotingService voting;

	@Autowired
	BallotBox box;

	@Autowired
	JdbcClient jdbc;

	/** A session of {@code size} units, one question with 3 candidates, open. */
	private long[] openSession(Cluster c) {
		return as(staff(c), () -> {
			long s = this.voting.create(c.id(), VotingTestData.YEAR, null, "Bình xét", ElectorateKind.UNITS).getId();
			long q = this.voting.addQuestion(s, Award.DVTT, null, 3, null).getId();
			long a = this.voting.addCandidate(s, q, c.unit(0), null, null, "Đề nghị").getId();
			long b = this.voting.addCandidate(s, q, c.unit(1), null, null, "Đề nghị").getId();
			long d = this.voting.addCandidate(s, q, c.unit(2), null, null, "Đề nghị").getId();
			this.voting.open(s, VotingTestData.inAnHour());
			return new long[] { s, a, b, d };
		});
	}

	@Test
	void nothingStoredOrLoggedLinksAVoterToABallot(CapturedOutput output) {
		Cluster c = VotingTestData.cluster(this.jdbc, 12);
		long[] t = openSession(c);
		long s = t[0];
		Choice[] pattern = Choice.values();
		// each voter a distinct ballot (3 candidates × 3 choices = 27 combinations ≥ 12);
		// recorded by the test only
		Map<String, String> receiptOfVoter = new LinkedHashMap<>();
		Map<String, String> contentOfReceipt = new LinkedHashMap<>();
		List<String> usernames = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			// unit i never votes on itself (self-vote off): its own box reads as an
			// abstention
			Map<Long, Choice> choices = new java.util.HashMap<>();
			choices.put(t[1], pattern[i % 3]);
			choices.put(t[2], pattern[(i / 3) % 3]);
			choices.put(t[3], pattern[(i / 9 + i) % 3]);
			for (int k = 0; k < 3; k++) {
				if (i == k) {
					choices.remove(t[1 + k]);
				}
			}
			int voter = i;
			Receipt receipt = as(commander(c, voter), () -> this.box.cast(s, choices));
			usernames.add(commander(c, voter).getUsername());
			receiptOfVoter.put(commander(c, voter).getUsername(), receipt.code());
		}

		// before the tally: sealed rows carry no readable content, no receipt, no voter
		for (byte[] sealed : this.jdbc.sql("select sealed from voting_sealed_ballot where session_id = :s")
			.param("s", s)
			.query(byte[].class)
			.list()) {
			String text = new String(sealed, StandardCharsets.ISO_8859_1);
			receiptOfVoter.values().forEach(r -> assertThat(text).doesNotContain(r));
			assertThat(text).doesNotContain(t[1] + ":");
		}
		assertThat(columns("voting_participation")).containsExactlyInAnyOrder("session_id", "elector_id");
		assertThat(columns("voting_sealed_ballot")).containsExactlyInAnyOrder("id", "session_id", "sealed");

		long filenode = count("select pg_relation_filenode('voting_sealed_ballot')");
		run(staff(c), () -> this.voting.close(s));
		as(staff(c), () -> this.box.tally(s));

		// the sealed copies are gone, and the table was rewritten into new files (VACUUM
		// FULL)
		assertThat(count("select count(*) from voting_sealed_ballot where session_id = " + s)).isZero();
		assertThat(count("select pg_relation_filenode('voting_sealed_ballot')")).isNotEqualTo(filenode);

		// the published box: no column that could name a voter, no time, a random id
		assertThat(columns("voting_ballot")).containsExactlyInAnyOrder("id", "session_id", "position", "receipt",
				"content", "hash");
		List<Map<String, Object>> ballots = this.jdbc
			.sql("select id::text as id, xmin::text as xmin, ctid::text as ctid, position, receipt, content "
					+ "from voting_ballot where session_id = :s order by ctid")
			.param("s", s)
			.query()
			.listOfRows();
		assertThat(ballots).hasSize(12);
		ballots.forEach(b -> contentOfReceipt.put((String) b.get("receipt"), (String) b.get("content")));
		assertThat(contentOfReceipt.keySet()).containsExactlyInAnyOrderElementsOf(receiptOfVoter.values());
		// every ballot written by one transaction: its xmin says nothing about who cast
		// it when
		assertThat(ballots.stream().map(b -> b.get("xmin")).distinct()).hasSize(1);
		Set<Object> participationXmins = new HashSet<>(
				this.jdbc.sql("select xmin::text from voting_participation where session_id = :s")
					.param("s", s)
					.query(String.class)
					.list());
		assertThat(participationXmins).hasSize(12).doesNotContain(ballots.get(0).get("xmin"));
		// neither the physical order nor the chain order is the order of casting
		List<String> castingOrder = new ArrayList<>(receiptOfVoter.values());
		List<String> physicalOrder = ballots.stream().map(b -> (String) b.get("receipt")).toList();
		assertThat(physicalOrder).isNotEqualTo(castingOrder);
		List<String> reversed = new ArrayList<>(castingOrder);
		java.util.Collections.reverse(reversed);
		assertThat(physicalOrder).isNotEqualTo(reversed);
		// the participation rows: nothing but who voted
		List<Map<String, Object>> participations = this.jdbc
			.sql("select p.*, p.ctid::text as ctid from voting_participation p where session_id = :s")
			.param("s", s)
			.query()
			.listOfRows();
		assertThat(participations).hasSize(12);

		// no voting table holds a receipt (or a ballot's content) anywhere but in the
		// published box
		for (String table : List.of("voting_session", "voting_question", "voting_candidate", "voting_elector",
				"voting_participation", "voting_sealed_ballot", "voting_proposal")) {
			String rows = String.join("\n",
					this.jdbc.sql("select t::text from " + table + " t").query(String.class).list());
			receiptOfVoter.values().forEach(r -> assertThat(rows).as(table).doesNotContain(r));
			contentOfReceipt.values().forEach(content -> assertThat(rows).as(table).doesNotContain(content));
		}
		// and no published row names a voter
		String published = String.join("\n",
				this.jdbc.sql("select t::text from voting_ballot t where session_id = :s")
					.param("s", s)
					.query(String.class)
					.list());
		usernames.forEach(u -> assertThat(published).doesNotContain(u));

		// the audit trail records the session's steps, never a ballot, a receipt or a
		// voter's act
		String audit = String.join("\n", this.jdbc.sql("select t::text from audit_event t").query(String.class).list());
		receiptOfVoter.values().forEach(r -> assertThat(audit).doesNotContain(r));
		contentOfReceipt.values().forEach(content -> assertThat(audit).doesNotContain(content));
		assertThat(count("select count(*) from audit_event where actor like 'commander.%' and object_id = " + s))
			.isZero();

		// nor do the logs
		receiptOfVoter.values().forEach(r -> assertThat(output.getAll()).doesNotContain(r));
		contentOfReceipt.values().forEach(content -> assertThat(output.getAll()).doesNotContain(content));

		// each voter can find their receipt in the box
		receiptOfVoter.forEach(
				(user, receipt) -> assertThat(as(commander(c, 5), () -> this.box.receiptInBox(s, receipt))).isTrue());
		assertThat(as(staff(c), () -> this.box.receiptInBox(s, "AAAA-BBBB-CCCC"))).isFalse();
	}

	@Test
	void aSecondBallotIsRefusedByTheDatabase() {
		Cluster c = VotingTestData.cluster(this.jdbc, 3);
		long[] t = openSession(c);
		long s = t[0];
		as(commander(c, 1), () -> this.box.cast(s, Map.of(t[1], Choice.APPROVE)));
		assertThatThrownBy(() -> as(commander(c, 1), () -> this.box.cast(s, Map.of(t[1], Choice.DISAPPROVE))))
			.hasMessage("voting.error.alreadyVoted");
		long elector = this.jdbc.sql("select elector_id from voting_participation where session_id = :s")
			.param("s", s)
			.query(Long.class)
			.single();
		assertThatThrownBy(
				() -> this.jdbc.sql("insert into voting_participation (session_id, elector_id) values (:s, :e)")
					.param("s", s)
					.param("e", elector)
					.update())
			.isInstanceOf(DuplicateKeyException.class);
		assertThat(count("select count(*) from voting_sealed_ballot where session_id = " + s)).isEqualTo(1);
	}

	@Test
	void verificationNamesTheBallotChangedAddedOrRemoved() {
		Cluster c = VotingTestData.cluster(this.jdbc, 5);
		long[] t = openSession(c);
		long s = t[0];
		List<String> receipts = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			// voter i approves unit (i + 1) mod 3: never itself
			Map<Long, Choice> ballot = Map.of(t[1 + (i + 1) % 3], Choice.APPROVE);
			receipts.add(as(commander(c, i), () -> this.box.cast(s, ballot)).code());
		}
		run(staff(c), () -> this.voting.close(s));
		as(staff(c), () -> this.box.tally(s));
		BoxVerification clean = as(staff(c), () -> this.box.verify(s));
		assertThat(clean.intact()).isTrue();
		assertThat(clean.expected()).isEqualTo(5);
		assertThat(clean.computedHash()).isEqualTo(clean.recordedHash());
		Map<String, Object> third = this.jdbc.sql("select * from voting_ballot where session_id = :s and position = 3")
			.param("s", s)
			.query()
			.singleRow();

		// changed: one ballot's content rewritten
		String original = (String) third.get("content");
		String forged = original.contains(":A") ? original.replace(":A", ":D") : original.replaceFirst(":[DN]", ":A");
		this.jdbc.sql("update voting_ballot set content = :c where id = :id")
			.param("c", forged)
			.param("id", third.get("id"))
			.update();
		BoxVerification changed = as(staff(c), () -> this.box.verify(s));
		assertThat(changed.problem().kind()).isEqualTo(BoxVerification.Kind.CHANGED);
		assertThat(changed.problem().position()).isEqualTo(3);
		assertThat(changed.problem().receipt()).isEqualTo(third.get("receipt"));
		this.jdbc.sql("update voting_ballot set content = :c where id = :id")
			.param("c", original)
			.param("id", third.get("id"))
			.update();
		assertThat(as(staff(c), () -> this.box.verify(s)).intact()).isTrue();

		// removed: a ballot deleted
		this.jdbc.sql("delete from voting_ballot where id = :id").param("id", third.get("id")).update();
		BoxVerification removed = as(staff(c), () -> this.box.verify(s));
		assertThat(removed.problem().kind()).isEqualTo(BoxVerification.Kind.REMOVED);
		assertThat(removed.problem().position()).isEqualTo(3);
		insert(s, third.get("id"), 3, (String) third.get("receipt"), original, (String) third.get("hash"));
		assertThat(as(staff(c), () -> this.box.verify(s)).intact()).isTrue();

		// removed: the last ballot deleted
		Map<String, Object> last = this.jdbc.sql("select * from voting_ballot where session_id = :s and position = 5")
			.param("s", s)
			.query()
			.singleRow();
		this.jdbc.sql("delete from voting_ballot where id = :id").param("id", last.get("id")).update();
		BoxVerification tail = as(staff(c), () -> this.box.verify(s));
		assertThat(tail.problem().kind()).isEqualTo(BoxVerification.Kind.REMOVED);
		assertThat(tail.problem().position()).isEqualTo(5);
		insert(s, last.get("id"), 5, (String) last.get("receipt"), (String) last.get("content"),
				(String) last.get("hash"));

		// added: a sixth ballot, even with a correctly chained hash
		String chained = BallotChain.next((String) last.get("hash"), 6, "ZZZZ-ZZZZ-ZZZZ", original);
		insert(s, UUID.randomUUID(), 6, "ZZZZ-ZZZZ-ZZZZ", original, chained);
		BoxVerification added = as(staff(c), () -> this.box.verify(s));
		assertThat(added.problem().kind()).isEqualTo(BoxVerification.Kind.ADDED);
		assertThat(added.problem().position()).isEqualTo(6);
		assertThat(added.problem().receipt()).isEqualTo("ZZZZ-ZZZZ-ZZZZ");
		this.jdbc.sql("delete from voting_ballot where receipt = 'ZZZZ-ZZZZ-ZZZZ'").update();

		// added: a ballot slipped in at an existing position
		insert(s, UUID.fromString("00000000-0000-0000-0000-000000000001"), 2, "YYYY-YYYY-YYYY", original,
				"0".repeat(64));
		BoxVerification slipped = as(staff(c), () -> this.box.verify(s));
		assertThat(slipped.problem().kind()).isEqualTo(BoxVerification.Kind.ADDED);
		assertThat(slipped.problem().position()).isEqualTo(2);
		assertThat(slipped.problem().receipt()).isEqualTo("YYYY-YYYY-YYYY");
		this.jdbc.sql("delete from voting_ballot where receipt = 'YYYY-YYYY-YYYY'").update();
		assertThat(as(staff(c), () -> this.box.verify(s)).intact()).isTrue();
		receipts.forEach(r -> assertThat(as(staff(c), () -> this.box.receiptInBox(s, r))).isTrue());
	}

	private void insert(long session, Object id, int position, String receipt, String content, String hash) {
		this.jdbc.sql("""
				insert into voting_ballot (id, session_id, position, receipt, content, hash)
				values (cast(:id as uuid), :s, :p, :r, :c, :h)
				""")
			.param("id", id.toString())
			.param("s", session)
			.param("p", position)
			.param("r", receipt)
			.param("c", content)
			.param("h", hash)
			.update();
	}

	private List<String> columns(String table) {
		return this.jdbc.sql("select column_name from information_schema.columns where table_name = :t")
			.param("t", table)
			.query(String.class)
			.list();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
