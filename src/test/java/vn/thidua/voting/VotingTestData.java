package vn.thidua.voting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.VietnameseText;

/**
 * Throw-away clusters of the demo province ("LS") for the voting tests: fresh commune
 * police units (so that each test has its own cluster of any size, in year 2031 where no
 * demo cluster is), the first unit being the head and the second the deputy; and the
 * users that act in them, built like a real sign-in builds them.
 */
final class VotingTestData {

	static final int YEAR = 2031;

	private VotingTestData() {
	}

	/** A cluster and its member units (in order), with their paths. */
	record Cluster(long id, List<Long> units, List<String> paths, long province, String provincePath) {

		long unit(int i) {
			return this.units.get(i);
		}

	}

	static Cluster cluster(JdbcClient jdbc, int size) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long province = jdbc.sql("select id from unit where code = 'LS'").query(Long.class).single();
		String provincePath = jdbc.sql("select path from unit where id = :id")
			.param("id", province)
			.query(String.class)
			.single();
		List<Long> units = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			String name = "Công an xã Thử " + tag + " " + i;
			long id = jdbc
				.sql("""
						insert into unit (code, name, kind, parent_id, path, depth, valid_from, search_text, sort_key)
						select :code, :name, 'COMMUNE_POLICE', p.id, p.path, p.depth + 1, date '2020-01-01', :search, :sortKey
						from unit p where p.id = :parent
						returning id
						""")
				.param("code", "T" + tag + "-" + i)
				.param("name", name)
				.param("search", VietnameseText.searchText(name))
				.param("sortKey", VietnameseText.sortKey(name))
				.param("parent", province)
				.query(Long.class)
				.single();
			String path = provincePath + id + "/";
			jdbc.sql("update unit set path = :path where id = :id").param("path", path).param("id", id).update();
			units.add(id);
			paths.add(path);
		}
		String clusterName = "Cụm thử " + tag;
		long cluster = jdbc.sql("""
				insert into emulation_cluster (organizer_id, year, name, head_unit_id, deputy_unit_id, sort_key)
				values (:o, :y, :n, :h, :d, :k) returning id
				""")
			.param("o", province)
			.param("y", YEAR)
			.param("n", clusterName)
			.param("h", units.get(0))
			.param("d", units.size() > 1 ? units.get(1) : null)
			.param("k", VietnameseText.sortKey(clusterName))
			.query(Long.class)
			.single();
		for (long unit : units) {
			jdbc.sql("insert into cluster_member (cluster_id, unit_id, organizer_id, year) values (:c, :u, :o, :y)")
				.param("c", cluster)
				.param("u", unit)
				.param("o", province)
				.param("y", YEAR)
				.update();
		}
		return new Cluster(cluster, units, paths, province, provincePath);
	}

	/** Provincial emulation staff of the organiser. */
	static CurrentUser staff(Cluster cluster) {
		return new CurrentUser(900_000, "voting.staff", "Cán bộ Thi đua", Role.PROVINCE_STAFF, cluster.province(),
				cluster.provincePath(), null, true, true, false);
	}

	/** The commander of the i-th member unit. */
	static CurrentUser commander(Cluster cluster, int i) {
		return new CurrentUser(1_000_000 + cluster.unit(i), "commander." + cluster.unit(i), "Chỉ huy",
				Role.UNIT_COMMANDER, cluster.unit(i), cluster.paths().get(i), null, true, true, false);
	}

	/** An officer (not the commander) of the i-th member unit. */
	static CurrentUser officer(Cluster cluster, int i) {
		return new CurrentUser(2_000_000 + cluster.unit(i), "officer." + cluster.unit(i), "Cán bộ", Role.UNIT_OFFICER,
				cluster.unit(i), cluster.paths().get(i), null, true, true, false);
	}

	static CurrentUser account(String username, Role role, long unit, String path) {
		return new CurrentUser(username.hashCode() & 0x7fffffff, username, username, role, unit, path, null, true, true,
				false);
	}

	/**
	 * Stores the accounts of the head unit (unit 0) that the minutes name: its commander
	 * (the chair) and an officer (the secretary), as {@link #commander} and
	 * {@link #officer} build them.
	 */
	static void headUnitAccounts(JdbcClient jdbc, Cluster cluster) {
		for (CurrentUser user : List.of(commander(cluster, 0), officer(cluster, 0))) {
			jdbc.sql("""
					insert into app_user (username, full_name, password_hash, role, unit_id, search_text, sort_key)
					values (:u, :n, 'x', :r, :unit, :u, ''::bytea)
					on conflict do nothing
					""")
				.param("u", user.getUsername())
				.param("n", user.fullName() + " " + user.getUsername())
				.param("r", user.role().name())
				.param("unit", user.unitId())
				.update();
		}
	}

	/**
	 * Completes the minutes (the head unit's officer as secretary) and has the chair and
	 * the secretary sign them.
	 */
	static VotingSession signMinutes(MinutesService minutes, JdbcClient jdbc, Cluster cluster, long session) {
		headUnitAccounts(jdbc, cluster);
		run(staff(cluster), () -> minutes.change(session,
				new MinutesForm("Hội trường Công an tỉnh", "Đại tá Chủ Tọa", officer(cluster, 0).getUsername(), null)));
		run(commander(cluster, 0), () -> minutes.sign(session, minutes.minutes(session).hash()));
		return as(officer(cluster, 0), () -> minutes.sign(session, minutes.minutes(session).hash()));
	}

	static Instant inAnHour() {
		return Instant.now().plus(1, ChronoUnit.HOURS);
	}

	static <T> T as(CurrentUser user, Supplier<T> action) {
		var previous = SecurityContextHolder.getContext();
		try {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	static void run(CurrentUser user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

}
