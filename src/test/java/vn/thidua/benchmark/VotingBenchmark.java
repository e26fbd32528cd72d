package vn.thidua.benchmark;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.thidua.TestUsers;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.voting.Award;
import vn.thidua.voting.BallotBox;
import vn.thidua.voting.ElectorateKind;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.VotingSession;

/**
 * The benchmark of the secret ballot (not a test: {@code ./mvnw -Pbenchmark test
 * -Dtest=VotingBenchmark}, see README). Creates a cluster of 500 commune police units
 * with a commander account each and an open review session, starts the application twice
 * (two JVMs with {@code -Xmx512m}, one database, one ballot secret, as behind a proxy),
 * signs every commander in on one of them, then has every voter submit the same ballot to
 * both instances at once (a race round on a first session: one taken, one refused, none
 * lost or doubled), then every voter submit once to one of the two instances on a second
 * session (the measured round), and prints for each round the time until every request is
 * answered, the ballots counted, lost and doubled, and the time of the tally.
 * <p>
 * {@code -Dbenchmark.voters} (default 500) and {@code -Dbenchmark.clients} (concurrent
 * requests, default 100) change the load; what it created is removed at the end unless
 * {@code -Dbenchmark.keep=true}.
 */
@SpringBootTest(properties = { "thidua.db.statement-timeout=0", "thidua.db.lock-timeout=0",
		"thidua.db.idle-in-transaction-timeout=0", "spring.transaction.default-timeout=-1s",
		"thidua.voting.ballot-secret=" + VotingBenchmark.SECRET })
class VotingBenchmark {

	/** The ballot secret of this run's three JVMs; nothing else uses it. */
	static final String SECRET = "ballot-secret-of-the-voting-benchmark-only";

	static final int YEAR = 2032;

	static final String PASSWORD = "Demo@2026";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	UserDetailsService users;

	@Autowired
	VotingService voting;

	@Autowired
	BallotBox box;

	final List<String> lines = new ArrayList<>();

	@Test
	void measureFiveHundredVotersThroughTwoInstances() throws Exception {
		int voters = Integer.getInteger("benchmark.voters", 500);
		int clients = Integer.getInteger("benchmark.clients", 100);
		String heap = System.getProperty("benchmark.heap", "512m");
		String tag = UUID.randomUUID().toString().substring(0, 6);
		long started = System.nanoTime();
		long cluster = cluster(tag, voters);
		List<Long> units = this.jdbc.sql("select unit_id from cluster_member where cluster_id = :k order by unit_id")
			.param("k", cluster)
			.query(Long.class)
			.list();
		List<String> usernames = accounts(tag, units);
		long[] warmUp = session(cluster, units);
		long[] session = session(cluster, units);
		print("Voting benchmark: %d voters, one cluster, one question (1 place, 3 candidates); prepared in %.1f s",
				voters, (System.nanoTime() - started) / 1e9);
		String url;
		String username;
		try (Connection connection = this.dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
			username = connection.getMetaData().getUserName();
		}
		Path logs = Path.of("target", "benchmark");
		try (HttpInstance a = HttpInstance.start(url, username, heap, logs.resolve("voting-instance-a.log"),
				"--thidua.voting.ballot-secret=" + SECRET);
				HttpInstance b = HttpInstance.start(url, username, heap, logs.resolve("voting-instance-b.log"),
						"--thidua.voting.ballot-secret=" + SECRET)) {
			List<HttpInstance> instances = List.of(a, b);
			// every voter signs in on one instance and fetches its ballot there (the
			// form's
			// token); the session is valid on both, as sessions live in the database
			long signIn = System.nanoTime();
			Map<Integer, String[]> voterSessions = new ConcurrentHashMap<>();
			ExecutorService pool = Executors.newFixedThreadPool(Math.min(clients, 16));
			List<Future<?>> preparing = new ArrayList<>();
			for (int i = 0; i < voters; i++) {
				int voter = i;
				preparing.add(pool.submit(() -> {
					HttpInstance instance = instances.get(voter % 2);
					String cookie = instance.signIn(usernames.get(voter), PASSWORD);
					HttpResponse<String> ballot = instance.get("/voting/" + warmUp[0] + "/ballot", cookie);
					Element token = Jsoup.parse(ballot.body()).selectFirst("input[name=_csrf]");
					if (ballot.statusCode() != 200 || token == null) {
						throw new IllegalStateException("No ballot for voter " + voter + ": " + ballot.statusCode());
					}
					voterSessions.put(voter, new String[] { cookie, token.attr("value") });
					return null;
				}));
			}
			for (Future<?> future : preparing) {
				future.get(10, TimeUnit.MINUTES);
			}
			pool.shutdown();
			print("%d voters signed in and fetched their ballot in %.1f s (not part of the figure below)", voters,
					(System.nanoTime() - signIn) / 1e9);

			// first, on another session of the same voters, every voter sends its ballot
			// to both instances at the same moment: one must be taken, the other
			// refused, none lost or doubled; this round also runs the casting code on
			// both instances before the measured one, as on servers that have been
			// running (its time is printed too)
			round("race round (every ballot sent to both instances at once, cold instances)", instances, warmUp,
					voterSessions, voters, clients, true);
			// then the figure of the goal: every voter submits its ballot once, half of
			// them to each instance, all at the same moment
			round("measured round (each voter submits once, half to each instance)", instances, session, voterSessions,
					voters, clients, false);

			long tallyStart = System.nanoTime();
			VotingSession tallied = as("staff", () -> {
				this.voting.close(session[0]);
				return this.box.tally(session[0]);
			});
			double tally = (System.nanoTime() - tallyStart) / 1e9;
			boolean intact = as("staff", () -> this.box.verify(session[0]).intact());
			print("  tally (unseal, shuffle, publish, hash chain) in %.2f s: %d ballots in the published box,"
					+ " chain intact: %s", tally, tallied.getBallotCount(), intact);
		}
		finally {
			write();
			if (!Boolean.getBoolean("benchmark.keep")) {
				remove(cluster, session(cluster), usernames);
			}
		}
	}

	/**
	 * Every voter approves one candidate other than its own unit and submits the same
	 * ballot to both instances at once: one must be taken, the other refused. Prints the
	 * time until every request is answered and what the database holds.
	 */
	private void round(String name, List<HttpInstance> instances, long[] session, Map<Integer, String[]> voterSessions,
			int voters, int clients, boolean toBoth) throws Exception {
		List<Callable<Integer>> submissions = new ArrayList<>();
		CountDownLatch go = new CountDownLatch(1);
		for (int i = 0; i < voters; i++) {
			int voter = i;
			int candidate = (voter % 3 == 0) ? 1 : (voter % 3 == 1 ? (voter == 1 ? 2 : 1) : (voter == 2 ? 0 : 2));
			String form = "c" + session[1 + candidate] + "=APPROVE&_csrf="
					+ URLEncoder.encode(voterSessions.get(voter)[1], StandardCharsets.UTF_8);
			for (HttpInstance instance : toBoth ? instances : List.of(instances.get(voter % 2))) {
				submissions.add(() -> {
					go.await();
					return instance.post("/voting/" + session[0] + "/ballot", voterSessions.get(voter)[0], form)
						.statusCode();
				});
			}
		}
		Collections.shuffle(submissions);
		ExecutorService senders = Executors.newFixedThreadPool(clients);
		List<Future<Integer>> answers = new ArrayList<>();
		submissions.forEach(s -> answers.add(senders.submit(s)));
		long start = System.nanoTime();
		go.countDown();
		AtomicInteger taken = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger other = new AtomicInteger();
		for (Future<Integer> answer : answers) {
			int status = answer.get(10, TimeUnit.MINUTES);
			// a taken ballot answers with its receipt page; a second one is sent back to
			// the ballot page with the refusal
			if (status == 200) {
				taken.incrementAndGet();
			}
			else if (status == 302) {
				refused.incrementAndGet();
			}
			else {
				other.incrementAndGet();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		senders.shutdown();
		long participations = count("select count(*) from voting_participation where session_id = :s", session[0]);
		long sealed = count("select count(*) from voting_sealed_ballot where session_id = :s", session[0]);
		print("%s: %d submissions of %d voters (%d at a time) all answered in %.2f s (%.0f requests/s)%s", name,
				submissions.size(), voters, clients, seconds, submissions.size() / seconds,
				toBoth ? "" : "; goal ≤ 5 s");
		print("  answers: %d ballots taken (200), %d second submissions refused (302), %d other (must be %d, %d, 0)",
				taken.get(), refused.get(), other.get(), voters, toBoth ? voters : 0);
		print("  stored: %d participations, %d sealed ballots; lost %d, doubled %d (must be 0 and 0)", participations,
				sealed, Math.max(0, voters - Math.min(participations, sealed)),
				Math.max(0, Math.max(participations, sealed) - voters));
	}

	/** A throw-away cluster of the demo province with {@code size} new commune units. */
	private long cluster(String tag, int size) {
		long province = this.jdbc.sql("select id from unit where code = 'LS'").query(Long.class).single();
		List<Long> units = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			String name = "Công an xã Thử tải " + tag + " " + i;
			units.add(this.jdbc.sql("""
					insert into unit (code, name, kind, parent_id, path, depth, valid_from, search_text, sort_key)
					select :code, :name, 'COMMUNE_POLICE', p.id, p.path, p.depth + 1, date '2020-01-01', :search, :key
					from unit p where p.id = :parent
					returning id
					""")
				.param("code", "BV" + tag + "-" + i)
				.param("name", name)
				.param("search", VietnameseText.searchText(name))
				.param("key", VietnameseText.sortKey(name))
				.param("parent", province)
				.query(Long.class)
				.single());
		}
		this.jdbc.sql("update unit set path = path || id || '/' where id in (:ids)").param("ids", units).update();
		String name = "Cụm thử tải " + tag;
		long cluster = this.jdbc.sql("""
				insert into emulation_cluster (organizer_id, year, name, head_unit_id, deputy_unit_id, sort_key)
				values (:o, :y, :n, :h, :d, :k) returning id
				""")
			.param("o", province)
			.param("y", YEAR)
			.param("n", name)
			.param("h", units.get(0))
			.param("d", units.get(1))
			.param("k", VietnameseText.sortKey(name))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into cluster_member (cluster_id, unit_id, organizer_id, year)
				select :k, u, :o, :y from unnest(cast(:ids as bigint[])) u
				""")
			.param("k", cluster)
			.param("o", province)
			.param("y", YEAR)
			.param("ids", units.toArray(Long[]::new))
			.update();
		return cluster;
	}

	/** A commander account for each unit, all with the demo password. */
	private List<String> accounts(String tag, List<Long> units) {
		String hash = this.passwordEncoder.encode(PASSWORD);
		List<String> usernames = new ArrayList<>();
		for (int i = 0; i < units.size(); i++) {
			String username = "bv." + tag + "." + i;
			this.jdbc.sql("""
					insert into app_user (username, full_name, password_hash, role, unit_id, must_change_password,
					                      search_text, sort_key)
					values (:u, :u, :hash, 'UNIT_COMMANDER', :unit, false, :u, convert_to(:u, 'UTF8'))
					""").param("u", username).param("hash", hash).param("unit", units.get(i)).update();
			usernames.add(username);
		}
		return usernames;
	}

	/**
	 * An open session of the cluster with one question for one place and the first three
	 * units as candidates: {session, candidate 0, candidate 1, candidate 2}.
	 */
	private long[] session(long cluster, List<Long> units) {
		return as("staff", () -> {
			long s = this.voting.create(cluster, YEAR, null, "Bình xét thử tải", ElectorateKind.UNITS).getId();
			long q = this.voting.addQuestion(s, Award.DVTT, null, 1, null).getId();
			long[] ids = new long[4];
			ids[0] = s;
			for (int i = 0; i < 3; i++) {
				ids[1 + i] = this.voting.addCandidate(s, q, units.get(i), null, null, "Thử tải").getId();
			}
			this.voting.open(s, Instant.now().plus(2, ChronoUnit.HOURS));
			return ids;
		});
	}

	private List<Long> session(long cluster) {
		return this.jdbc.sql("select id from voting_session where cluster_id = :k")
			.param("k", cluster)
			.query(Long.class)
			.list();
	}

	private void remove(long cluster, List<Long> sessions, List<String> usernames) {
		for (long s : sessions) {
			for (String table : List.of("voting_ballot", "voting_sealed_ballot", "voting_participation",
					"voting_proposal")) {
				this.jdbc.sql("delete from " + table + " where session_id = :s").param("s", s).update();
			}
			this.jdbc.sql("delete from voting_session where id = :s").param("s", s).update();
		}
		this.jdbc.sql("delete from app_user where username in (:u)").param("u", usernames).update();
		List<Long> units = this.jdbc.sql("select unit_id from cluster_member where cluster_id = :k")
			.param("k", cluster)
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from emulation_cluster where id = :k").param("k", cluster).update();
		this.jdbc.sql("delete from unit where id in (:ids)").param("ids", units).update();
	}

	private long count(String sql, long session) {
		return this.jdbc.sql(sql).param("s", session).query(Long.class).single();
	}

	private <T> T as(String username, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, username, action);
	}

	private void print(String format, Object... arguments) {
		String line = String.format(format, arguments);
		this.lines.add(line);
		System.out.println(line);
	}

	private void write() throws IOException {
		Path file = Path.of("target", "benchmark", "voting-benchmark.txt");
		Files.createDirectories(file.getParent());
		Files.write(file, this.lines);
	}

}
