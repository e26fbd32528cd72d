package vn.thidua.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.thidua.shared.db.SqlStatementCounter;

/**
 * What the benchmarks share to measure: times of a page sorted for percentiles, the
 * statements of one request, the bare time of a page's own SELECT statements replayed on
 * one connection, the machine's load average, the benchmark's accounts, and the lines of
 * figures printed and written to {@code target/benchmark}.
 */
final class BenchmarkSupport {

	/** The password of every account a benchmark creates. */
	static final String PASSWORD = "Demo@2026";

	private BenchmarkSupport() {
	}

	/** Milliseconds of each of {@code runs} calls, sorted, after {@code warmup}. */
	static double[] measure(Callable<?> page, int warmup, int runs) throws Exception {
		for (int i = 0; i < warmup; i++) {
			page.call();
		}
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			page.call();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times;
	}

	/** The p-th percentile of sorted times. */
	static double percentile(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/** The SQL statements of one call (after one to warm up), in this thread. */
	static long statements(Callable<?> page) throws Exception {
		page.call();
		SqlStatementCounter.reset();
		page.call();
		return SqlStatementCounter.current();
	}

	/** The statements one call sends (after one to warm up), in this thread. */
	static List<SqlStatementCounter.Statement> captured(Callable<?> page) throws Exception {
		page.call();
		SqlStatementCounter.capture();
		page.call();
		return SqlStatementCounter.captured();
	}

	/**
	 * How long an HTTP instance is warmed up before it is measured:
	 * {@code -Dbenchmark.httpWarmup} seconds, 30 by default.
	 */
	static java.time.Duration httpWarmUp() {
		return httpWarmUp(30);
	}

	/**
	 * How long an HTTP instance is warmed up before it is measured:
	 * {@code -Dbenchmark.httpWarmup} seconds, {@code seconds} by default.
	 */
	static java.time.Duration httpWarmUp(int seconds) {
		return java.time.Duration.ofSeconds(Integer.getInteger("benchmark.httpWarmup", seconds));
	}

	/** Only what a page reads: writes of the session store are not replayed. */
	static List<SqlStatementCounter.Statement> selects(List<SqlStatementCounter.Statement> all) {
		return all.stream().filter(statement -> {
			String sql = statement.sql().stripLeading().toLowerCase(Locale.ROOT);
			return sql.startsWith("select") || sql.startsWith("with");
		}).toList();
	}

	/** Sorted times of the replayed statements and the rows they returned. */
	record Replay(double[] times, long rows) {

	}

	/**
	 * Runs the statements one after the other on one connection, with their captured
	 * values, reading every column of every row: {@code warmup} times, then {@code runs}
	 * times measured. {@code initSql}: the session settings of the application's own
	 * connections ({@code spring.datasource.hikari.connection-init-sql}), or
	 * {@code null}.
	 */
	static Replay replay(DataSource dataSource, String initSql, List<SqlStatementCounter.Statement> statements,
			int warmup, int runs) throws Exception {
		double[] times = new double[runs];
		long rowCount = 0;
		try (Connection connection = dataSource.getConnection()) {
			if (initSql != null && !initSql.isBlank()) {
				try (java.sql.Statement settings = connection.createStatement()) {
					settings.execute(initSql);
				}
			}
			for (int i = 0; i < warmup + runs; i++) {
				long start = System.nanoTime();
				rowCount = 0;
				for (SqlStatementCounter.Statement statement : statements) {
					try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
						for (ParameterSetOperation operation : statement.parameters()) {
							Object[] args = operation.getArgs();
							int index = ((Number) args[0]).intValue();
							if (operation.getMethod().getName().equals("setNull")) {
								prepared.setNull(index, (Integer) args[1]);
							}
							else {
								prepared.setObject(index, args[1]);
							}
						}
						try (ResultSet rows = prepared.executeQuery()) {
							int columns = rows.getMetaData().getColumnCount();
							while (rows.next()) {
								rowCount++;
								for (int c = 1; c <= columns; c++) {
									rows.getObject(c);
								}
							}
						}
					}
				}
				if (i >= warmup) {
					times[i - warmup] = (System.nanoTime() - start) / 1e6;
				}
			}
		}
		Arrays.sort(times);
		return new Replay(times, rowCount);
	}

	/**
	 * The plans of the statements as they run ({@code EXPLAIN (ANALYZE, BUFFERS)}), with
	 * their captured values, each after its text: what to read when a page is slower than
	 * its goal.
	 */
	static List<String> explain(DataSource dataSource, String initSql, List<SqlStatementCounter.Statement> statements)
			throws Exception {
		List<String> lines = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			if (initSql != null && !initSql.isBlank()) {
				try (java.sql.Statement settings = connection.createStatement()) {
					settings.execute(initSql);
				}
			}
			for (SqlStatementCounter.Statement statement : statements) {
				lines.add("");
				lines.add(statement.sql().strip());
				try (PreparedStatement prepared = connection
					.prepareStatement("explain (analyze, buffers) " + statement.sql())) {
					for (ParameterSetOperation operation : statement.parameters()) {
						Object[] args = operation.getArgs();
						int index = ((Number) args[0]).intValue();
						if (operation.getMethod().getName().equals("setNull")) {
							prepared.setNull(index, (Integer) args[1]);
						}
						else {
							prepared.setObject(index, args[1]);
						}
					}
					try (ResultSet rows = prepared.executeQuery()) {
						while (rows.next()) {
							lines.add(rows.getString(1));
						}
					}
				}
			}
		}
		return lines;
	}

	/** The machine's load average (1, 5, 15 minutes), where the system tells it. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + ", " + fields[1] + ", " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/** An account of the benchmark, password {@link #PASSWORD}. */
	static void insertUser(JdbcClient jdbc, PasswordEncoder passwordEncoder, String username, String role, long unit) {
		jdbc.sql("""
				insert into app_user (username, full_name, password_hash, role, unit_id, must_change_password,
				                      search_text, sort_key)
				values (:username, :username, :hash, :role, :unit, false, :username, convert_to(:username, 'UTF8'))
				""")
			.param("username", username)
			.param("hash", passwordEncoder.encode(PASSWORD))
			.param("role", role)
			.param("unit", unit)
			.update();
	}

	/** The lines of figures a benchmark prints, written at the end to a file. */
	static final class Report {

		private final List<String> lines = new ArrayList<>();

		private final Path file;

		Report(String fileName) {
			this.file = Path.of("target", "benchmark", fileName);
		}

		void print(String format, Object... arguments) {
			String line = String.format(format, arguments);
			this.lines.add(line);
			System.out.println(line);
		}

		void write() throws IOException {
			Files.createDirectories(this.file.getParent());
			Files.write(this.file, this.lines);
		}

	}

}
