package vn.thidua;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.organization.UnitForm;
import vn.thidua.organization.UnitKind;
import vn.thidua.organization.UnitService;
import vn.thidua.shared.db.EmbeddedPostgres;
import vn.thidua.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back while users keep saving: the application serves
 * again within seconds of the database's return (no restart of the application), and
 * every save it acknowledged is in the database afterwards.
 */
class DatabaseRestartTests {

	@TempDir
	Path data;

	@Test
	void servesAgainSoonAfterTheDatabaseReturnsAndKeepsEveryAcknowledgedSave() throws Exception {
		Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "thidua-postgres-binaries");
		Path directory = Files.createDirectories(this.data.resolve("postgres"));
		EmbeddedPostgres database = EmbeddedPostgres.start(directory, binaries, 0);
		int port = database.port();
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl("postgres"), "postgres", "")) {
			connection.createStatement().execute("create database restart_test encoding 'UTF8' template template0");
		}
		ConfigurableApplicationContext application = new SpringApplicationBuilder(ThiduaApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + database.jdbcUrl("restart_test"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--thidua.demo.mode=false",
				"--thidua.admin.password=Restart@2026-not-used");
		UnitService units = application.getBean(UnitService.class);

		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		List<Long> acknowledgedAt = new CopyOnWriteArrayList<>();
		AtomicInteger refused = new AtomicInteger();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong sequence = new AtomicLong();
		Thread writer = new Thread(() -> {
			while (running.get()) {
				String code = "RST-" + sequence.incrementAndGet();
				try {
					CurrentUser.runAsSystem(() -> units.create(new UnitForm(code, "Đơn vị thử " + code, null,
							UnitKind.PROVINCIAL_POLICE, null, 10, LocalDate.of(2026, 1, 1), null)));
					acknowledged.add(code);
					acknowledgedAt.add(System.nanoTime());
				}
				catch (RuntimeException ex) {
					refused.incrementAndGet();
				}
				sleep(Duration.ofMillis(50));
			}
		}, "steady-saves");
		try {
			writer.start();
			sleep(Duration.ofSeconds(2));
			int beforeStop = acknowledged.size();
			assertThat(beforeStop).as("saves before the database stops").isPositive();

			database.close();
			sleep(Duration.ofSeconds(3));
			database = EmbeddedPostgres.start(directory, binaries, port);
			long back = System.nanoTime();

			long deadline = back + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < deadline && acknowledgedAt.stream().noneMatch(t -> t > back)) {
				sleep(Duration.ofMillis(100));
			}
			long firstAfter = acknowledgedAt.stream().filter(t -> t > back).findFirst().orElse(Long.MAX_VALUE);
			Duration recovery = Duration.ofNanos(firstAfter - back);
			System.out.printf(
					"Database restart: %d saves acknowledged, %d refused while it was away; "
							+ "first save %d ms after it came back%n",
					acknowledged.size(), refused.get(), recovery.toMillis());
			assertThat(recovery).as("time to serve again after the database returned")
				.isLessThan(Duration.ofSeconds(10));
			sleep(Duration.ofSeconds(1));
		}
		finally {
			running.set(false);
			writer.join();
		}
		List<String> stored = JdbcClient.create(application.getBean(javax.sql.DataSource.class))
			.sql("select code from unit where code like 'RST-%'")
			.query(String.class)
			.list();
		assertThat(stored).as("every acknowledged save is in the database").containsAll(acknowledged);
		application.close();
		database.close();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
