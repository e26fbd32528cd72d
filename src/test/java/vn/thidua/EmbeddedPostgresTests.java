package vn.thidua;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.shared.db.EmbeddedPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded PostgreSQL launcher: data survives a restart, and a server left behind by
 * a previous run (still running, or killed) does not prevent the next start.
 */
class EmbeddedPostgresTests {

	/** The same cache as the other tests use, so the binaries are unpacked once. */
	private static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"), "thidua-postgres-binaries");

	@TempDir
	Path temp;

	/** Servers started by the test; only the last one can still be running. */
	private final List<EmbeddedPostgres> started = new ArrayList<>();

	@AfterEach
	void stopTheLastServer() {
		if (!this.started.isEmpty()) {
			this.started.get(this.started.size() - 1).close();
		}
	}

	@Test
	void keepsTheDataBetweenTwoStartsOnTheSameDirectory() throws Exception {
		Path data = this.temp.resolve("data");
		EmbeddedPostgres first = start(data);
		execute(first, "create table kept (name text)", "insert into kept values ('Công an tỉnh Lâm Sơn')");
		first.close();

		EmbeddedPostgres second = start(data);

		assertThat(names(second)).containsExactly("Công an tỉnh Lâm Sơn");
		assertThat(Files.readString(data.resolve("PG_VERSION"), StandardCharsets.US_ASCII).trim()).isEqualTo("17");
	}

	@Test
	void takesOverFromAServerThatWasLeftRunning() throws SQLException {
		Path data = this.temp.resolve("data");
		EmbeddedPostgres abandoned = start(data);
		execute(abandoned, "create table kept (name text)", "insert into kept values ('Khối An ninh')");
		// not closed: as after a run whose JVM died without its shutdown hook

		EmbeddedPostgres next = start(data);

		assertThat(names(next)).containsExactly("Khối An ninh");
		assertThatExceptionOfType(SQLException.class).as("the abandoned server was stopped")
			.isThrownBy(() -> names(abandoned));
	}

	@Test
	void recoversAfterTheServerWasKilled() throws Exception {
		Path data = this.temp.resolve("data");
		EmbeddedPostgres killed = start(data);
		execute(killed, "create table kept (name text)", "insert into kept values ('Khối Cảnh sát')");
		long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		List<ProcessHandle> children = postmaster.descendants().toList();
		postmaster.destroyForcibly();
		children.forEach(ProcessHandle::destroyForcibly);
		postmaster.onExit().get(30, TimeUnit.SECONDS);
		for (ProcessHandle child : children) {
			child.onExit().get(30, TimeUnit.SECONDS);
		}
		assertThat(data.resolve("postmaster.pid")).as("a stale lock file is left behind").exists();

		EmbeddedPostgres next = start(data);

		assertThat(names(next)).containsExactly("Khối Cảnh sát");
	}

	@Test
	void recoversFromAFirstStartKilledDuringInitdb() throws Exception {
		// what initdb leaves when killed early: PG_VERSION written, the rest missing
		Path data = this.temp.resolve("data");
		Files.createDirectories(data.resolve("base"));
		Files.writeString(data.resolve("PG_VERSION"), "17\n");
		// and a half-built cluster of this version's own initdb beside it
		Path building = this.temp.resolve("data.initdb");
		Files.createDirectories(building.resolve("global"));
		Files.writeString(building.resolve("PG_VERSION"), "17\n");

		EmbeddedPostgres server = start(data);
		execute(server, "create table kept (name text)", "insert into kept values ('Phòng Tham mưu')");

		assertThat(names(server)).containsExactly("Phòng Tham mưu");
		assertThat(data.resolve("thidua-initdb-complete")).exists();
		assertThat(building).doesNotExist();
		try (var siblings = Files.list(this.temp)) {
			assertThat(siblings.map(p -> p.getFileName().toString()))
				.as("the unfinished directory is kept aside, not deleted")
				.anyMatch(name -> name.startsWith("data.unfinished-"));
		}

		// the next start uses the finished cluster as it is
		server.close();
		assertThat(names(start(data))).containsExactly("Phòng Tham mưu");
	}

	private EmbeddedPostgres start(Path data) {
		EmbeddedPostgres server = EmbeddedPostgres.start(data, BINARIES, 0);
		this.started.add(server);
		return server;
	}

	private static void execute(EmbeddedPostgres server, String... statements) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static List<String> names(EmbeddedPostgres server) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name from kept order by name")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static Connection connect(EmbeddedPostgres server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl("postgres") + "?connectTimeout=5", "postgres", "");
	}

}
