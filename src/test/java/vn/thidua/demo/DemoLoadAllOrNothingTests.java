package vn.thidua.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.ThiduaApplication;
import vn.thidua.shared.db.EmbeddedPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo province is loaded all or nothing, on a database of its own: a load stopped
 * half-way (a step that fails after the organisation and the campaigns are written)
 * leaves no row behind and no completion marker, and the next load writes it all; two
 * loads started together (as two instances starting on an empty database) load it once.
 */
class DemoLoadAllOrNothingTests {

	@TempDir
	Path data;

	@Test
	void anInterruptedLoadLeavesNothingAndTheNextLoadsItAllOnce() throws Exception {
		Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "thidua-postgres");
		EmbeddedPostgres database = EmbeddedPostgres.start(Files.createDirectories(this.data.resolve("postgres")),
				binaries, 0);
		ConfigurableApplicationContext application = null;
		try {
			try (Connection connection = DriverManager.getConnection(database.jdbcUrl("postgres"), "postgres", "")) {
				connection.createStatement().execute("create database demo_load encoding 'UTF8' template template0");
			}
			// started without the demo, so that the test drives the loads itself
			application = new SpringApplicationBuilder(ThiduaApplication.class).run("--server.port=0",
					"--spring.datasource.url=" + database.jdbcUrl("demo_load"), "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--thidua.demo.mode=false");
			JdbcClient jdbc = JdbcClient.create(application.getBean(javax.sql.DataSource.class));
			DemoLoad demo = application.getBean(DemoLoad.class);
			List<DemoStep> steps = application.getBeanProvider(DemoStep.class).orderedStream().toList();
			assertThat(steps).hasSize(8);

			// without the demo the start created the first administrator; the demo has
			// its own
			jdbc.sql("delete from app_user where username = 'admin'").update();
			List<String> before = rowCounts(jdbc);
			List<DemoStep> interrupted = new ArrayList<>(steps.subList(0, 3));
			interrupted.add(() -> {
				throw new IllegalStateException("stopped half-way");
			});
			assertThatThrownBy(() -> demo.load(interrupted)).hasStackTraceContaining("stopped half-way");
			assertThat(rowCounts(jdbc)).as("rows after an interrupted load").isEqualTo(before);
			assertThat(units(jdbc)).isZero();

			// two instances starting together: one loads, the other waits and finds it
			// done
			ExecutorService both = Executors.newFixedThreadPool(2);
			Callable<Boolean> load = () -> demo.load(steps);
			List<Future<Boolean>> answers = both.invokeAll(List.of(load, load));
			both.shutdown();
			assertThat(List.of(answers.get(0).get(), answers.get(1).get())).containsExactlyInAnyOrder(true, false);
			assertThat(units(jdbc)).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from audit_event where action = 'DEMO_LOADED'")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from campaign").query(Long.class).single()).isPositive();
			assertThat(jdbc.sql("select count(*) from result_report").query(Long.class).single()).isPositive();
			assertThat(demo.load(steps)).as("a later start").isFalse();
		}
		finally {
			if (application != null) {
				application.close();
			}
			database.close();
		}
	}

	private static long units(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from unit where code = 'LS'").query(Long.class).single();
	}

	private static List<String> rowCounts(JdbcClient jdbc) {
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'
				  and table_name not like 'spring_session%' and table_name <> 'flyway_schema_history'
				order by table_name
				""").query(String.class).list();
		return tables.stream()
			.map(t -> t + ":" + jdbc.sql("select count(*) from " + t).query(Long.class).single())
			.toList();
	}

}
