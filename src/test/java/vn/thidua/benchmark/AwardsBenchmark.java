package vn.thidua.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.shared.db.SqlStatementCounter;
import vn.thidua.shared.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The benchmark of the award records at national size (not a test:
 * {@code ./mvnw -B -Pbenchmark test -Dtest=AwardsBenchmark}, see README). Generates in
 * SQL a province of 5,000 commune police units with 60 officers each (300,000 officers)
 * and, for each of the ten years 2016–2025, one recorded yearly decision per unit of the
 * provincial director with the unit's collective title and a title for each of its 60
 * officers (Chiến sĩ tiên tiến, one in eight Chiến sĩ thi đua cơ sở): 50,000 decisions
 * and about 3,050,000 award records, with the recipient's name, unit and search text as
 * the application writes them (sort keys and folded text computed by
 * {@link VietnameseText}, search words by {@code SearchWords}, {@link AwardDataSet}); the
 * secondary indexes of award_record are dropped while the records are written and built
 * again after. Then, signed in as provincial staff of the generated province, it measures
 * through MockMvc an officer's record page, a unit's record page (its officers' records
 * of one year) and the search (opened without criteria, a name typed without diacritics,
 * words in every record, a decision number), and prints the median and 90th percentile of
 * each beside the bare time of the SELECT statements the page sends (captured from one
 * request and replayed on one connection), and the number of statements per request after
 * the first year and after ten years, which must be the same.
 * <p>
 * {@code -Dbenchmark.runs} (default 30), {@code -Dbenchmark.warmup} (default 10),
 * {@code -Dbenchmark.keep=true} (keep the generated data; on a database kept between
 * runs, {@code -Dthidua.embedded-db.data-dir=…}, the next run measures it again without
 * generating it).
 */
// generating 300,000 records a year takes statements longer than a request may
@SpringBootTest(properties = { "thidua.db.statement-timeout=0", "thidua.db.lock-timeout=0",
		"thidua.db.idle-in-transaction-timeout=0", "spring.transaction.default-timeout=-1s" })
@AutoConfigureMockMvc
class AwardsBenchmark {

	static final int UNITS = 5_000;

	static final int OFFICERS_PER_UNIT = 60;

	static final int FIRST_YEAR = 2016;

	static final int LAST_YEAR = 2025;

	static final String NUMBER_SUFFIX = AwardDataSet.NUMBER_SUFFIX;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwordEncoder;

	final BenchmarkSupport.Report report = new BenchmarkSupport.Report("awards-benchmark.txt");

	@Test
	void measureTheAwardRecordPages() throws Exception {
		int runs = Integer.getInteger("benchmark.runs", 30);
		int warmup = Integer.getInteger("benchmark.warmup", 10);
		long started = System.nanoTime();
		AwardDataSet awards = new AwardDataSet(this.jdbc, this.template, "bm.awards");
		Long kept = keptRoot();
		long root;
		List<String> indexes = List.of();
		Map<String, Long> oneYear = new LinkedHashMap<>();
		List<Page> pages;
		try {
			if (kept != null) {
				// the data of an earlier run with -Dbenchmark.keep=true on a kept
				// database
				// (-Dthidua.embedded-db.data-dir=…): measured as it is, without the
				// statements of one year
				root = kept;
				awards.analyze();
				this.report.print("Reused the data kept by an earlier run: %s", awards.counts());
				pages = pages(root);
			}
			else {
				root = generateOrganisation(awards);
				this.report.print("Units and officers generated in %.1f s", (System.nanoTime() - started) / 1e9);
				indexes = awards.dropRecordIndexes();
				long yearStarted = System.nanoTime();
				awards.generateYear(LAST_YEAR);
				awards.analyze();
				this.report.print("Year %d generated in %.1f s", LAST_YEAR, (System.nanoTime() - yearStarted) / 1e9);
				pages = pages(root);
				for (Page page : pages) {
					oneYear.put(page.name(), BenchmarkSupport.statements(page(page.path())));
				}
				for (int year = FIRST_YEAR; year < LAST_YEAR; year++) {
					yearStarted = System.nanoTime();
					awards.generateYear(year);
					this.report.print("Year %d generated in %.1f s", year, (System.nanoTime() - yearStarted) / 1e9);
				}
				long indexing = System.nanoTime();
				awards.createIndexes(indexes);
				indexes = List.of();
				this.report.print("Indexes of award_record built again in %.1f s",
						(System.nanoTime() - indexing) / 1e9);
				awards.analyze();
				this.report.print("Generated in %.1f s: %s", (System.nanoTime() - started) / 1e9, awards.counts());
				// the words written here are those the application writes (the database's
				// rule of V45 is checked against the application's in the tests)
				assertThat(this.jdbc
					.sql("""
							select count(*) from (select search_text, search_words from award_record tablesample system (0.1)) r
							where r.search_words <> award_record_words(r.search_text)""")
					.query(Long.class)
					.single()).as("records whose search words differ from the application's").isZero();
			}
			this.report.print("");
			this.report.print("%-46s %8s %8s %9s %10s %10s %7s", "page (" + UNITS + " units, 10 years), MockMvc",
					"median", "p90", "bare SQL", "statements", "(1 year)", "rows");
			// every page is warmed up before any is measured: the first would otherwise
			// pay for all
			for (int i = 0; i < warmup; i++) {
				for (Page page : pages) {
					page(page.path()).call();
				}
			}
			for (Page page : pages) {
				double[] times = BenchmarkSupport.measure(page(page.path()), warmup, runs);
				long statements = BenchmarkSupport.statements(page(page.path()));
				page(page.path()).call();
				SqlStatementCounter.capture();
				page(page.path()).call();
				List<SqlStatementCounter.Statement> selects = BenchmarkSupport.selects(SqlStatementCounter.captured());
				BenchmarkSupport.Replay sql = BenchmarkSupport.replay(this.dataSource, null, selects, warmup, runs);
				Long firstYear = oneYear.get(page.name());
				this.report.print("%-46s %6.1f ms %6.1f ms %6.1f ms %10d %10s %7d", page.name(),
						BenchmarkSupport.percentile(times, 50), BenchmarkSupport.percentile(times, 90),
						BenchmarkSupport.percentile(sql.times(), 50), statements,
						firstYear == null ? "-" : firstYear.toString(), sql.rows());
				if (firstYear != null) {
					assertThat(statements).as(page.name()).isEqualTo(firstYear);
				}
			}
			this.report
				.print("(signed in as provincial staff of the generated province; %d requests after %d to warm up;"
						+ " bare SQL: the page's SELECT statements run one after the other on one connection, median of"
						+ " %d runs; statements of one request with 10 years and with 1 year of data; rows: rows the"
						+ " statements return)", runs, warmup, runs);
		}
		finally {
			awards.createIndexes(indexes);
			Long generated = this.jdbc.sql("select id from unit where code = 'BMA'")
				.query(Long.class)
				.optional()
				.orElse(null);
			if (!Boolean.getBoolean("benchmark.keep") && generated != null) {
				long removing = System.nanoTime();
				this.jdbc.sql("delete from audit_event where actor = 'bm.awards'").update();
				this.jdbc.sql("delete from app_user where username = 'bm.awards'").update();
				awards.remove();
				this.jdbc.sql("delete from unit where id = :root").param("root", generated).update();
				this.report.print("Removed in %.1f s", (System.nanoTime() - removing) / 1e9);
			}
			this.report.write();
		}
	}

	/**
	 * The root unit of the province an earlier run generated and kept, or {@code null}.
	 */
	private Long keptRoot() {
		return this.jdbc.sql("""
				select u.id from unit u where u.code = 'BMA'
				and exists (select 1 from award_decision d where d.issuer_unit_id = u.id)
				and to_regclass('bm_unit') is not null""").query(Long.class).optional().orElse(null);
	}

	/** A page of the benchmark. */
	record Page(String name, String path) {

	}

	private List<Page> pages(long root) {
		long unit = this.jdbc.sql("select unit_id from bm_unit where seq = :seq")
			.param("seq", UNITS / 2)
			.query(Long.class)
			.single();
		long officer = this.jdbc.sql("select min(id) + 29 from officer where unit_id = :unit")
			.param("unit", unit)
			.query(Long.class)
			.single();
		return List.of(new Page("officer record /awards/records/officers/{id}", "/awards/records/officers/" + officer),
				new Page("unit record /awards/records/units/{id} (latest year)", "/awards/records/units/" + unit),
				new Page("unit record, year=2020", "/awards/records/units/" + unit + "?year=2020"),
				new Page("search, no criteria (first page)", "/awards/records"),
				new Page("search q=nguyen van an", "/awards/records?q=" + query("nguyen van an")),
				new Page("search q=nguyen van an, page 3", "/awards/records?page=2&q=" + query("nguyen van an")),
				new Page("search q=cong an xa (all, > 10,000)", "/awards/records?q=" + query("cong an xa")),
				new Page("search number=" + (UNITS / 2) + NUMBER_SUFFIX,
						"/awards/records?number=" + query((UNITS / 2) + NUMBER_SUFFIX)),
				new Page("search q=" + VietnameseText.fold((UNITS / 2) + NUMBER_SUFFIX) + " year=2020",
						"/awards/records?year=2020&q=" + VietnameseText.fold((UNITS / 2) + NUMBER_SUFFIX)));
	}

	/** A query parameter's value as a browser sends it (MockMvc decodes %20, not +). */
	private static String query(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	// ----------------------------------------------------------------- measuring

	private Callable<Integer> page(String path) {
		return () -> {
			int status = this.mvc.perform(get(java.net.URI.create(path)).with(TestUsers.as(this.users, "bm.awards")))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(path).isEqualTo(200);
			return status;
		};
	}

	// ----------------------------------------------------------------- data set

	/**
	 * The province, its units and officers ({@link AwardDataSet}), and the staff account;
	 * returns the root unit.
	 */
	private long generateOrganisation(AwardDataSet awards) {
		String rootName = "Công an tỉnh Thử tải hồ sơ";
		long root = this.jdbc.sql("""
				insert into unit (code, name, kind, headcount, valid_from, search_text, sort_key)
				values ('BMA', :name, 'PROVINCIAL_POLICE', 300000, date '2010-01-01', :search, :sortKey)
				returning id
				""")
			.param("name", rootName)
			.param("search", VietnameseText.searchText("BMA", rootName, null))
			.param("sortKey", VietnameseText.sortKey(rootName))
			.query(Long.class)
			.single();
		this.jdbc.sql("update unit set path = '/' || id || '/' where id = :root").param("root", root).update();
		awards.generateUnits("BMA", UNITS, OFFICERS_PER_UNIT, seq -> root);
		BenchmarkSupport.insertUser(this.jdbc, this.passwordEncoder, "bm.awards", "PROVINCE_STAFF", root);
		return root;
	}

}
