package vn.thidua;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.thidua.organization.ClusterRepository;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.Officer;
import vn.thidua.organization.OfficerRepository;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The schema and the repository queries on a real PostgreSQL server (the one on
 * 127.0.0.1:5432 in CI), not only on the embedded one: a throw-away database is created
 * for this class, the application is started on it with the demo data, and the database
 * is dropped afterwards.
 * <p>
 * Without a reachable server the tests are skipped with a message; in CI
 * ({@code CI=true}) that is a failure.
 */
class ExternalPostgresTests {

	private static final Logger log = LoggerFactory.getLogger(ExternalPostgresTests.class);

	static final String HOST = "127.0.0.1";

	static final int PORT = 5432;

	/** Trust authentication is expected; the first user that connects is used. */
	private static final List<String> USERS = List.of("postgres", "root");

	private static final List<String> MAINTENANCE_DATABASES = List.of("test", "postgres");

	private static String user;

	private static String maintenanceDatabase;

	private static String database;

	@BeforeAll
	static void createThrowAwayDatabase() throws SQLException {
		SQLException lastFailure = null;
		for (String candidateUser : USERS) {
			for (String candidateDatabase : MAINTENANCE_DATABASES) {
				try (Connection connection = connect(candidateDatabase, candidateUser)) {
					user = candidateUser;
					maintenanceDatabase = candidateDatabase;
					break;
				}
				catch (SQLException ex) {
					lastFailure = ex;
				}
			}
			if (user != null) {
				break;
			}
		}
		if (user == null) {
			String message = "No PostgreSQL server at " + HOST + ":" + PORT + " accepting users " + USERS
					+ " without password (" + (lastFailure != null ? lastFailure.getMessage() : "")
					+ "); start it with "
					+ "`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` to run these tests";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message);
			}
			// a class skipped in @BeforeAll is not listed by Surefire: say it in the log
			log.warn("Skipping {}: {}", ExternalPostgresTests.class.getSimpleName(), message);
			Assumptions.abort(message);
		}
		database = "thidua_it_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection connection = connect(maintenanceDatabase, user);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database + " encoding 'UTF8' template template0");
		}
	}

	@AfterAll
	static void dropThrowAwayDatabase() throws SQLException {
		if (database == null) {
			return;
		}
		try (Connection connection = connect(maintenanceDatabase, user);
				Statement statement = connection.createStatement()) {
			// "with (force)" ends connections a pool may still hold
			statement.execute("drop database if exists " + database + " with (force)");
		}
		database = null;
	}

	static String jdbcUrl(String name) {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name + "?connectTimeout=5";
	}

	private static Connection connect(String name, String username) throws SQLException {
		DriverManager.setLoginTimeout(5);
		return DriverManager.getConnection(jdbcUrl(name), username, "");
	}

	@Nested
	@SpringBootTest(properties = "thidua.demo.mode=true")
	@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
	class OnTheExternalServer {

		@DynamicPropertySource
		static void externalDatabase(DynamicPropertyRegistry registry) {
			registry.add("spring.datasource.url", () -> jdbcUrl(database));
			registry.add("spring.datasource.username", () -> user);
			registry.add("spring.datasource.password", () -> "");
		}

		@Autowired
		private JdbcClient jdbc;

		@Autowired
		private Flyway flyway;

		@Autowired
		private UnitRepository units;

		@Autowired
		private ClusterRepository clusters;

		@Autowired
		private OfficerRepository officers;

		@Test
		void runsOnTheExternalServerNotTheEmbeddedOne() {
			assertThat(this.jdbc.sql("select current_database()").query(String.class).single()).isEqualTo(database);
			assertThat(this.jdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(PORT);
		}

		@Test
		void appliesEveryMigration() throws Exception {
			int files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql").length;
			MigrationInfo[] applied = this.flyway.info().applied();
			assertThat(this.flyway.info().pending()).isEmpty();
			assertThat(applied).hasSize(files)
				.allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
			// the context started, so Hibernate also validated the entities against this
			// schema
		}

		@Test
		void findsASubtreeInVietnameseOrderWhateverTheServersCollation() {
			Unit province = this.units.findByCodeIgnoreCase("LS").orElseThrow();
			List<Unit> subtree = this.units.findAllVisible(false, province.getPath() + "%", province.getId());
			long inSubtree = this.jdbc.sql("select count(*) from unit where path like ?")
				.param(province.getPath() + "%")
				.query(Long.class)
				.single();

			assertThat(subtree).hasSize((int) inSubtree).hasSizeGreaterThan(70);
			assertThat(subtree.get(0).getCode()).isEqualTo("LS");
			assertThat(subtree).extracting(Unit::getDepth).isSorted();
			for (int depth = 1; depth <= 2; depth++) {
				int level = depth;
				List<String> names = subtree.stream().filter(u -> u.getDepth() == level).map(Unit::getName).toList();
				assertThat(names).as("depth %d", level).isSortedAccordingTo(VietnameseText.order());
			}
			// Đ comes right after D, not after Z as in code-point order
			List<String> names = subtree.stream().map(Unit::getName).toList();
			assertThat(names.indexOf("Công an xã Đồng Tâm")).isLessThan(names.indexOf("Công an xã Ea Tiêu"));
			assertThat(names.indexOf("Công an xã Ea Tiêu")).isLessThan(names.indexOf("Công an xã Gia Viễn"));
			// O, Ô, Ơ in this order
			assertThat(names.indexOf("Công an xã Nga Sơn")).isLessThan(names.indexOf("Công an xã Ô Diên"));
			assertThat(names.indexOf("Công an xã Ô Diên")).isLessThan(names.indexOf("Công an xã Ơn Dương"));
		}

		@Test
		void findsAUnitOnlyWithinTheScope() {
			Unit province = this.units.findByCodeIgnoreCase("LS").orElseThrow();
			Unit pc02 = this.units.findByCodeIgnoreCase("LS-PC02").orElseThrow();
			Unit pa04 = this.units.findByCodeIgnoreCase("LS-PA04").orElseThrow();

			assertThat(find(pc02, Scope.subtree(province.getId(), province.getPath()))).isTrue();
			assertThat(find(pc02, Scope.ownUnit(pc02.getId(), pc02.getPath()))).isTrue();
			assertThat(find(pc02, Scope.ownUnit(pa04.getId(), pa04.getPath()))).isFalse();
			assertThat(find(pc02, Scope.everything())).isTrue();
		}

		private boolean find(Unit unit, Scope scope) {
			return this.units.findVisible(unit.getId(), scope.all(), scope.pathPrefix(), scope.unitId()).isPresent();
		}

		@Test
		void findsTheClustersOfAYearVisibleToEachScope() {
			Unit province = this.units.findByCodeIgnoreCase("LS").orElseThrow();
			Unit pc02 = this.units.findByCodeIgnoreCase("LS-PC02").orElseThrow();
			Unit pk06 = this.units.findByCodeIgnoreCase("LS-PK06").orElseThrow();

			List<EmulationCluster> all = clusters(2026, Scope.subtree(province.getId(), province.getPath()));
			assertThat(all).extracting(EmulationCluster::getName)
				.containsExactly("Cụm Công an xã, phường", "Khối An ninh", "Khối Cảnh sát",
						"Khối Xây dựng lực lượng - Hậu cần");
			// head and deputy are fetched with the cluster: readable outside any
			// transaction
			EmulationCluster security = all.get(1);
			assertThat(security.getHeadUnit().getCode()).isEqualTo("LS-PA03");
			assertThat(security.getDeputyUnit().getCode()).isEqualTo("LS-PA09");
			assertThat(security.getOrganizer().getCode()).isEqualTo("LS");

			assertThat(clusters(2026, Scope.ownUnit(pc02.getId(), pc02.getPath())))
				.extracting(EmulationCluster::getName)
				.containsExactly("Khối Cảnh sát");
			assertThat(clusters(2025, Scope.ownUnit(pc02.getId(), pc02.getPath())))
				.extracting(EmulationCluster::getName)
				.containsExactly("Khối Cảnh sát");
			assertThat(clusters(2026, Scope.ownUnit(pk06.getId(), pk06.getPath()))).isEmpty();
			assertThat(clusters(2024, Scope.everything())).isEmpty();
		}

		private List<EmulationCluster> clusters(int year, Scope scope) {
			return this.clusters.findVisibleByYear(year, scope.all(), scope.pathPrefix(), scope.unitId());
		}

		@Test
		void searchesOfficersIgnoringDiacriticsWithinTheScope() {
			Unit province = this.units.findByCodeIgnoreCase("LS").orElseThrow();
			Unit pa03 = this.units.findByCodeIgnoreCase("LS-PA03").orElseThrow();
			Unit pc02 = this.units.findByCodeIgnoreCase("LS-PC02").orElseThrow();
			Scope staff = Scope.subtree(province.getId(), province.getPath());
			Scope otherUnit = Scope.ownUnit(pc02.getId(), pc02.getPath());
			String pattern = VietnameseText.likePattern("nguyen van hai");

			assertThat(search(pattern, null, staff).getContent()).extracting(Officer::getFullName)
				.containsExactly("Nguyễn Văn Hải");
			assertThat(search(pattern, pa03.getId(), staff).getContent()).hasSize(1);
			assertThat(search(pattern, pc02.getId(), staff).getContent()).isEmpty();
			assertThat(search(pattern, null, otherUnit).getContent()).isEmpty();

			Page<Officer> ofOtherUnit = search(null, null, otherUnit);
			assertThat(ofOtherUnit.getTotalElements()).isEqualTo(4);
			assertThat(ofOtherUnit.getContent())
				.allSatisfy(o -> assertThat(o.getUnit().getCode()).isEqualTo("LS-PC02"));

			Page<Officer> firstPage = this.officers.search(null, null, staff.all(), staff.pathPrefix(), staff.unitId(),
					PageRequest.of(0, 5));
			assertThat(firstPage.getContent()).hasSize(5);
			assertThat(firstPage.getTotalElements()).isEqualTo(24);
		}

		private Page<Officer> search(String pattern, Long filterUnit, Scope scope) {
			return this.officers.search(pattern, filterUnit, scope.all(), scope.pathPrefix(), scope.unitId(),
					PageRequest.of(0, 50));
		}

		@Test
		void refusesAUsernameThatDiffersOnlyInCase() {
			String insert = """
					insert into app_user (username, full_name, password_hash, role, search_text, sort_key)
					values (?, 'Trùng tên', '{noop}x', 'ADMIN', 'trung ten', '\\x00'::bytea)
					""";
			assertThatExceptionOfType(DataIntegrityViolationException.class)
				.isThrownBy(() -> this.jdbc.sql(insert).param("ADMIN").update());
			assertThatExceptionOfType(DataIntegrityViolationException.class)
				.isThrownBy(() -> this.jdbc.sql(insert).param("Head.Commander").update());

			String fresh = "khac." + UUID.randomUUID().toString().substring(0, 8);
			assertThat(this.jdbc.sql(insert).param(fresh).update()).isEqualTo(1);
			this.jdbc.sql("delete from app_user where username = ?").param(fresh).update();
		}

	}

}
