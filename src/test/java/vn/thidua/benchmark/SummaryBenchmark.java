package vn.thidua.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
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
 * The benchmark of the year-end summary and the statistical forms at national size (not a
 * test: {@code ./mvnw -B -Pbenchmark test -Dtest=SummaryBenchmark}, see README).
 * Generates in SQL a ministry ("Bộ Công an") with 34 provincial police beneath it and the
 * award data set of {@link AwardDataSet} spread over them (5,000 commune police units,
 * about 147 a province, 60 officers each, a yearly decision per unit of its province's
 * director for ten years), plus a few ministry- and state-level commendations a year for
 * the forms 0602.N and 0603.N, good deeds, and for each province and each of the four
 * years the summary compares: clusters of 12 units, a launched regular campaign of 10
 * monthly indicators over all the clusters with a scoring table, covenants in force
 * signed by the members, approved monthly reports with their values, a tallied review
 * session per cluster, and a thematic campaign (and a peak one every other year) of 20
 * single units.
 * <p>
 * Then it measures through real HTTP, on the application started in a JVM of its own with
 * {@code -Xmx512m}: the summary page and the three form pages of a province's staff, and
 * the same pages of the ministry's staff (the whole country); for each the median and
 * 95th percentile beside the bare time of the SELECT statements the page sends (captured
 * from one request through MockMvc, replayed on one connection), the ratio, and the
 * number of SQL statements of one request, beside the same page for the demo province.
 * Goals: under 100 ms at the median for a province's page and each form, under 1 s for
 * the whole country, each at most 1.5 times its bare SQL, the same number of statements
 * whatever the size.
 * <p>
 * {@code -Dbenchmark.runs} (default 30), {@code -Dbenchmark.warmup} (default 10),
 * {@code -Dbenchmark.httpWarmup} (seconds of every page in turn before measuring, default
 * 90), {@code -Dbenchmark.heap} (default 512m), {@code -Dbenchmark.year} (default this
 * year), {@code -Dbenchmark.units} (default 5000), {@code -Dbenchmark.officers} (default
 * 60), {@code -Dbenchmark.awardYears} (default 10), {@code -Dbenchmark.explain=true}
 * (write the plans of every page's statements to
 * {@code target/benchmark/summary-explain.txt}), {@code -Dbenchmark.keep=true} (keep the
 * generated data; on a database kept between runs,
 * {@code -Dthidua.embedded-db.data-dir=…}, the next run measures it again without
 * generating it).
 */
// generating the country takes statements longer than a request may
@SpringBootTest(properties = { "thidua.db.statement-timeout=0", "thidua.db.lock-timeout=0",
		"thidua.db.idle-in-transaction-timeout=0", "spring.transaction.default-timeout=-1s" })
@AutoConfigureMockMvc
class SummaryBenchmark {

	static final int PROVINCES = 34;

	static final int CLUSTER_SIZE = 12;

	static final int INDICATORS_PER_CONTENT = 5;

	static final int CONTENTS = 2;

	static final String PROVINCE_USER = "bms.province";

	static final String MINISTRY_USER = "bms.ministry";

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

	@Autowired
	Environment environment;

	final BenchmarkSupport.Report report = new BenchmarkSupport.Report("summary-benchmark.txt");

	/**
	 * A page of the benchmark: who asks for it, where, and the time it must answer in.
	 */
	record Page(String name, String user, String path, double goalMs) {

	}

	@Test
	void measureTheSummaryAndTheForms() throws Exception {
		int runs = Integer.getInteger("benchmark.runs", 30);
		int warmup = Integer.getInteger("benchmark.warmup", 10);
		int year = Integer.getInteger("benchmark.year", Year.now().getValue());
		int units = Integer.getInteger("benchmark.units", 5_000);
		int officers = Integer.getInteger("benchmark.officers", 60);
		int awardYears = Integer.getInteger("benchmark.awardYears", 10);
		AwardDataSet awards = new AwardDataSet(this.jdbc, this.template, MINISTRY_USER);
		long started = System.nanoTime();
		Long kept = keptRoot();
		List<String> indexes = List.of();
		try {
			if (kept != null) {
				this.jdbc.sql("analyze").update();
				this.report.print("Reused the data kept by an earlier run: %s; %s", awards.counts(), counts());
			}
			else {
				long root = generateOrganisation(awards, units, officers);
				this.report.print("Ministry, %d provinces, units and officers generated in %.1f s", PROVINCES,
						(System.nanoTime() - started) / 1e9);
				indexes = awards.dropRecordIndexes();
				for (int y = year - awardYears + 1; y <= year; y++) {
					long yearStarted = System.nanoTime();
					awards.generateYear(y);
					generateHigherAwards(root, y);
					this.report.print("Awards of %d generated in %.1f s", y, (System.nanoTime() - yearStarted) / 1e9);
				}
				long indexing = System.nanoTime();
				awards.createIndexes(indexes);
				indexes = List.of();
				this.report.print("Indexes of award_record built again in %.1f s",
						(System.nanoTime() - indexing) / 1e9);
				long movement = System.nanoTime();
				this.jdbc.sql("analyze").update();
				generateMovement(year);
				this.report.print("Clusters, campaigns, covenants, reports and votes of %d–%d generated in %.1f s",
						year - 3, year, (System.nanoTime() - movement) / 1e9);
				this.jdbc.sql("analyze").update();
				this.report.print("Generated in %.1f s: %s; %s", (System.nanoTime() - started) / 1e9, awards.counts(),
						counts());
			}
			measure(pages(year), warmup, runs);
		}
		finally {
			awards.createIndexes(indexes);
			if (!Boolean.getBoolean("benchmark.keep")) {
				long removing = System.nanoTime();
				remove(awards);
				this.report.print("Removed in %.1f s", (System.nanoTime() - removing) / 1e9);
			}
			this.report.write();
		}
	}

	private List<Page> pages(int year) {
		List<Page> pages = new ArrayList<>();
		pages.add(new Page("province: summary /summary", PROVINCE_USER, "/summary?year=" + year, 100));
		for (String form : List.of("0601", "0602", "0603")) {
			pages.add(
					new Page("province: form " + form, PROVINCE_USER, "/summary/forms/" + form + "?year=" + year, 100));
		}
		pages.add(new Page("country: summary /summary", MINISTRY_USER, "/summary?year=" + year, 1000));
		for (String form : List.of("0601", "0602", "0603")) {
			pages.add(
					new Page("country: form " + form, MINISTRY_USER, "/summary/forms/" + form + "?year=" + year, 1000));
		}
		return pages;
	}

	// ----------------------------------------------------------------- measuring

	/**
	 * The statements of each page captured through MockMvc, then the pages measured
	 * through real HTTP on an instance of the application with a small heap.
	 */
	private void measure(List<Page> pages, int warmup, int runs) throws Exception {
		Map<String, List<SqlStatementCounter.Statement>> statements = new LinkedHashMap<>();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Page page : pages) {
			counts.put(page.name(), BenchmarkSupport.statements(page(page.user(), page.path())));
			statements.put(page.name(),
					BenchmarkSupport.selects(BenchmarkSupport.captured(page(page.user(), page.path()))));
		}
		Map<String, Long> demo = demoStatements(pages);
		if (Boolean.getBoolean("benchmark.explain")) {
			List<String> plans = new ArrayList<>();
			for (Page page : pages) {
				plans.add("==== " + page.name() + " " + page.path());
				plans.addAll(BenchmarkSupport.explain(this.dataSource,
						this.environment.getProperty("spring.datasource.hikari.connection-init-sql"),
						statements.get(page.name())));
			}
			Path file = Path.of("target", "benchmark", "summary-explain.txt");
			java.nio.file.Files.createDirectories(file.getParent());
			java.nio.file.Files.write(file, plans);
		}
		String url;
		String username;
		try (Connection connection = this.dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
			username = connection.getMetaData().getUserName();
		}
		String heap = System.getProperty("benchmark.heap", "512m");
		String init = this.environment.getProperty("spring.datasource.hikari.connection-init-sql");
		try (HttpInstance instance = HttpInstance.start(url, username, heap,
				Path.of("target", "benchmark", "http-instance.log"))) {
			Map<String, String> sessions = new LinkedHashMap<>();
			for (Page page : pages) {
				sessions.computeIfAbsent(page.user(), user -> signIn(instance, user));
			}
			// every page is warmed up before any is measured: the first would otherwise
			// pay for all
			List<HttpInstance.Request> requests = pages.stream()
				.map(page -> new HttpInstance.Request(page.path(), sessions.get(page.user())))
				.toList();
			// 90 s: the country's summary (about 0.4 s a request) takes most of the
			// warm-up,
			// so that in 30 s each of the other pages was answered only about 80 times,
			// too
			// few for the JVM to have compiled what it runs
			Duration warming = BenchmarkSupport.httpWarmUp(90);
			instance.warmUp(requests, Integer.getInteger("benchmark.clients", 4), warming);
			this.report.print("");
			this.report.print("instance warmed up: every page below in turn from %d clients for %d s",
					Integer.getInteger("benchmark.clients", 4), warming.toSeconds());
			this.report.print("load average of the machine at the start: %s", BenchmarkSupport.loadAverage());
			this.report.print("%-30s %9s %9s %9s %7s %6s %6s %6s  %s", "page, HTTP, -Xmx" + heap, "median", "p95",
					"bare SQL", "ratio", "SQL", "(demo)", "rows", "goal");
			for (Page page : pages) {
				double[] times = instance.time(page.path(), sessions.get(page.user()), warmup, runs);
				BenchmarkSupport.Replay sql = BenchmarkSupport.replay(this.dataSource, init,
						statements.get(page.name()), warmup, runs);
				double median = BenchmarkSupport.percentile(times, 50);
				double sqlMedian = BenchmarkSupport.percentile(sql.times(), 50);
				double ratio = median / sqlMedian;
				Long small = demo.get(page.name());
				this.report.print("%-30s %6.1f ms %6.1f ms %6.1f ms %6.2f× %6d %6s %6d  %s", page.name(), median,
						BenchmarkSupport.percentile(times, 95), sqlMedian, ratio, counts.get(page.name()),
						small == null ? "-" : small.toString(), sql.rows(),
						(median < page.goalMs() ? "< " : "MISSED < ") + (int) page.goalMs() + " ms, "
								+ (ratio <= 1.5 ? "≤ 1.5×" : "MISSED ≤ 1.5×"));
			}
			this.report.print("load average of the machine at the end: %s", BenchmarkSupport.loadAverage());
			this.report.print("(median and 95th percentile of %d requests after %d to warm up; bare SQL: the page's"
					+ " SELECT statements, captured from one request, run one after the other on one connection,"
					+ " median of %d runs; ratio = page / bare SQL; SQL: statements of one request, (demo): the same"
					+ " page of the demo province's staff; rows: rows the SELECT statements return)", runs, warmup,
					runs);
		}
	}

	private Callable<Integer> page(String user, String path) {
		return () -> {
			int status = this.mvc.perform(get(path).with(TestUsers.as(this.users, user)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(path).isEqualTo(200);
			return status;
		};
	}

	/** The statements of the province's pages for the demo province's staff. */
	private Map<String, Long> demoStatements(List<Page> pages) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (this.jdbc.sql("select count(*) from app_user where username = 'staff'").query(Long.class).single() == 0) {
			return counts;
		}
		for (Page page : pages) {
			if (page.user().equals(PROVINCE_USER)) {
				counts.put(page.name(), BenchmarkSupport.statements(page("staff", page.path())));
			}
		}
		return counts;
	}

	private static String signIn(HttpInstance instance, String user) {
		try {
			return instance.signIn(user, BenchmarkSupport.PASSWORD);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ----------------------------------------------------------------- data set

	/** The ministry of an earlier run kept with its data, or {@code null}. */
	private Long keptRoot() {
		if (!this.jdbc.sql("select to_regclass('bm_unit') is not null and to_regclass('bm_province') is not null")
			.query(Boolean.class)
			.single()) {
			return null;
		}
		return this.jdbc.sql("""
				select u.id from unit u where u.code = 'BMS'
				and exists (select 1 from campaign k join bm_province p on p.unit_id = k.organizer_id)""")
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The ministry, its 34 provinces (work table {@code bm_province}), the commune units
	 * spread over them in blocks and their officers, and the two accounts; returns the
	 * ministry.
	 */
	private long generateOrganisation(AwardDataSet awards, int units, int officers) {
		String rootName = "Bộ Công an";
		long root = this.jdbc.sql("""
				insert into unit (code, name, kind, headcount, valid_from, search_text, sort_key)
				values ('BMS', :name, 'MINISTRY', 300000, date '2010-01-01', :search, :sortKey)
				returning id
				""")
			.param("name", rootName)
			.param("search", VietnameseText.searchText("BMS", rootName, null))
			.param("sortKey", VietnameseText.sortKey(rootName))
			.query(Long.class)
			.single();
		this.jdbc.sql("update unit set path = '/' || id || '/', depth = 0 where id = :root")
			.param("root", root)
			.update();
		this.jdbc.sql("drop table if exists bm_province").update();
		this.jdbc.sql("create unlogged table bm_province (seq int primary key, unit_id bigint)").update();
		for (int p = 1; p <= PROVINCES; p++) {
			String code = "BMS-P" + String.format("%02d", p);
			String name = "Công an tỉnh Thử tải " + String.format("%02d", p);
			long province = this.jdbc
				.sql("""
						insert into unit (code, name, kind, parent_id, path, depth, headcount, valid_from, search_text,
						                  sort_key)
						values (:code, :name, 'PROVINCIAL_POLICE', :root, '/', 1, 9000, date '2010-01-01', :search, :sortKey)
						returning id
						""")
				.param("code", code)
				.param("name", name)
				.param("root", root)
				.param("search", VietnameseText.searchText(code, name, null))
				.param("sortKey", VietnameseText.sortKey(name))
				.query(Long.class)
				.single();
			this.jdbc.sql("insert into bm_province (seq, unit_id) values (:seq, :id)")
				.param("seq", p)
				.param("id", province)
				.update();
		}
		this.jdbc.sql("update unit u set path = '/' || :root || '/' || u.id || '/' where u.parent_id = :root")
			.param("root", root)
			.update();
		List<Long> provinces = this.jdbc.sql("select unit_id from bm_province order by seq").query(Long.class).list();
		// contiguous blocks: units 1–148 in the first province, and so on
		awards.generateUnits("BMS", units, officers,
				seq -> provinces.get((int) ((long) (seq - 1) * PROVINCES / units)));
		BenchmarkSupport.insertUser(this.jdbc, this.passwordEncoder, PROVINCE_USER, "PROVINCE_STAFF",
				provinces.get(PROVINCES / 2));
		BenchmarkSupport.insertUser(this.jdbc, this.passwordEncoder, MINISTRY_USER, "PROVINCE_STAFF", root);
		return root;
	}

	/**
	 * The commendations above the province the forms 0602.N and 0603.N count, in one
	 * decision of the minister and one of the president per province and year: Bằng khen
	 * of the minister to one unit in 20 and one officer in 40, Chiến sĩ thi đua toàn lực
	 * lượng to one officer in 300, Cờ thi đua of the ministry to one unit in 50, and the
	 * Huân chương Bảo vệ Tổ quốc hạng Ba to one officer in 1,000 and one unit in 100.
	 */
	private void generateHigherAwards(long root, int year) {
		long base = year < 2024 ? 1_800_000 : 2_340_000;
		this.jdbc
			.sql("""
					insert into award_decision (issuer_unit_id, authority, number, number_key, number_scope, year, decided_on,
					                            signer, kind, summary, state, base_salary, created_by, recorded_by,
					                            recorded_at)
					select :root, a.authority, p.seq || a.suffix, upper(p.seq || a.suffix), 0, :year, make_date(:year, 12, 1),
					       'Đại tướng Thử tải', a.kind, 'Khen thưởng năm ' || :year, 'RECORDED', :base, 'bms.ministry',
					       'bms.ministry', now()
					from bm_province p
					cross join (values ('MINISTER', '-BMS/QĐ-BCA', 'REGULAR'), ('PRESIDENT', '-BMS/QĐ-CTN', 'ONE_OFF'))
					     a(authority, suffix, kind)
					""")
			.param("root", root)
			.param("year", year)
			.param("base", base)
			.update();
		this.jdbc
			.sql("""
					insert into award_record (decision_id, line_no, unit_id, officer_id, recipient_name, unit_name, rank,
					                          position, item_id, achievement, cash_multiple, catalogue_amount, amount,
					                          search_text, sort_key)
					with x as materialized (
					    select b.unit_id, null::bigint as officer_id, b.name as recipient_name, null as rank,
					           null as position, b.folded as search_text, b.sort_key, 'COLLECTIVE' as recipient,
					           case when b.seq % 100 = 0 then 'HC_BVTQ_3' when b.seq % 50 = 0 then 'CO_BO'
					                when b.seq % 20 = 0 then 'BK_BO' end as code, b.name as unit_name, p.seq as province
					    from bm_unit b join bm_province p on p.unit_id = b.parent_id
					    where b.seq % 20 = 0
					    union all
					    select o.unit_id, o.id, o.full_name, o.rank, o.position, o.search_text, o.sort_key, 'INDIVIDUAL',
					           case when (o.id + :year) % 1000 = 0 then 'HC_BVTQ_3' when (o.id + :year) % 300 = 0 then 'CSTD_BO'
					                when (o.id + :year) % 40 = 0 then 'BK_BO' end, b.name, p.seq
					    from officer o join bm_unit b on b.unit_id = o.unit_id join bm_province p on p.unit_id = b.parent_id
					    where (o.id + :year) % 40 = 0 or (o.id + :year) % 300 = 0 or (o.id + :year) % 1000 = 0),
					y as materialized (
					    select x.*, case when x.code = 'HC_BVTQ_3' then 'PRESIDENT' else 'MINISTER' end as authority,
					           upper(x.province || case when x.code = 'HC_BVTQ_3' then '-BMS/QĐ-CTN' else '-BMS/QĐ-BCA' end)
					               as number_key
					    from x)
					select d.id, row_number() over (partition by d.id order by y.unit_id, y.officer_id nulls first),
					       y.unit_id, y.officer_id, y.recipient_name, y.unit_name, y.rank, y.position, i.id,
					       'Thành tích xuất sắc năm ' || :year, i.cash_multiple,
					       ceil(i.cash_multiple * :base / 10000.0) * 10000, ceil(i.cash_multiple * :base / 10000.0) * 10000,
					       y.search_text, y.sort_key
					from y
					join award_catalogue_item i on i.code = y.code and i.recipient = y.recipient and i.valid_to is null
					join award_decision d on d.authority = y.authority and d.year = :year and d.number_scope = 0
					 and d.number_key = y.number_key
					""")
			.param("year", year)
			.param("base", base)
			.update();
	}

	/**
	 * The emulation movement of each province in the four years the summary compares:
	 * clusters, campaigns, covenants, monthly reports, review sessions, good deeds.
	 */
	private void generateMovement(int year) {
		int from = year - 3;
		YearMonth lastMonth = year == YearMonth.now().getYear() ? YearMonth.now().minusMonths(1)
				: YearMonth.of(year, 12);
		// clusters of 12 of a province's units, the same members every year, the first
		// member heads and the second is deputy
		this.jdbc.sql("drop table if exists bm_member").update();
		this.jdbc.sql("""
				create unlogged table bm_member as
				select b.unit_id, b.parent_id, b.seq,
				       (row_number() over (partition by b.parent_id order by b.seq) - 1) / :size + 1 as cluster_no,
				       row_number() over (partition by b.parent_id order by b.seq) as no
				from bm_unit b
				""").param("size", CLUSTER_SIZE).update();
		this.jdbc.sql("""
				insert into emulation_cluster (organizer_id, year, name, sort_key)
				select distinct m.parent_id, y, 'Cụm thử tải ' || lpad(m.cluster_no::text, 2, '0'),
				       convert_to('Cụm thử tải ' || lpad(m.cluster_no::text, 2, '0'), 'UTF8')
				from bm_member m cross join generate_series(:from, :year) y
				""").param("from", from).param("year", year).update();
		this.jdbc.sql("""
				insert into cluster_member (cluster_id, unit_id, organizer_id, year)
				select c.id, m.unit_id, m.parent_id, c.year
				from bm_member m join emulation_cluster c on c.organizer_id = m.parent_id
				 and c.name = 'Cụm thử tải ' || lpad(m.cluster_no::text, 2, '0')
				""").update();
		this.jdbc.sql("""
				update emulation_cluster c set head_unit_id = m.first, deputy_unit_id = m.second
				from (select cm.cluster_id, min(cm.unit_id) as first,
				             (array_agg(cm.unit_id order by cm.unit_id))[2] as second
				      from cluster_member cm join bm_province p on p.unit_id = cm.organizer_id group by cm.cluster_id) m
				where m.cluster_id = c.id
				""").update();
		// a regular campaign a year over all the clusters; a thematic one of 20 single
		// units, and a peak one every other year
		this.jdbc
			.sql("""
					insert into campaign (organizer_id, name, kind, year, start_date, end_date, state, launched_at,
					                      launched_by, sort_key)
					select p.unit_id, k.name || ' năm ' || y, k.kind, y, make_date(y, k.month, 1),
					       make_date(y, 12, 31), 'LAUNCHED', now(), 'bms.ministry', convert_to(k.name || ' năm ' || y, 'UTF8')
					from bm_province p cross join generate_series(:from, :year) y
					cross join (values ('Thi đua thử tải', 'REGULAR', 1), ('Chuyên đề thử tải', 'THEMATIC', 3),
					                   ('Cao điểm thử tải', 'PEAK', 10)) k(name, kind, month)
					where k.kind <> 'PEAK' or y % 2 = 0
					""")
			.param("from", from)
			.param("year", year)
			.update();
		this.jdbc.sql("""
				insert into campaign_cluster (campaign_id, cluster_id)
				select k.id, c.id from campaign k join bm_province p on p.unit_id = k.organizer_id
				join emulation_cluster c on c.organizer_id = k.organizer_id and c.year = k.year
				where k.kind = 'REGULAR'
				""").update();
		this.jdbc.sql("""
				insert into campaign_unit (campaign_id, unit_id)
				select k.id, m.unit_id from campaign k join bm_member m on m.parent_id = k.organizer_id and m.no <= 20
				where k.kind <> 'REGULAR'
				""").update();
		this.jdbc.sql("""
				insert into campaign_content (campaign_id, position, title)
				select k.id, c, 'Nội dung ' || c from campaign k join bm_province p on p.unit_id = k.organizer_id
				cross join generate_series(1, :contents) c
				""").param("contents", CONTENTS).update();
		this.jdbc.sql("""
				insert into indicator (campaign_id, content_id, position, code, name, measure_unit, direction,
				                       input_shape, period, target)
				select k.id, cc.id, i, cc.position || '.' || i, 'Chỉ tiêu thử tải ' || cc.position || '.' || i,
				       case d.dir when 'DONE_OR_NOT' then null when 'LOWER_IS_BETTER' then 'vụ'
				                  when 'CHANGE_VS_LAST_YEAR' then 'vụ' else '%' end,
				       d.dir, case when d.dir in ('HIGHER_IS_BETTER', 'EXACT') then 'RATIO' else 'VALUE' end, 'MONTH',
				       case d.dir when 'HIGHER_IS_BETTER' then 75 when 'LOWER_IS_BETTER' then 2
				                  when 'CHANGE_VS_LAST_YEAR' then 5 when 'EXACT' then 100 end
				from campaign k join bm_province p on p.unit_id = k.organizer_id
				join campaign_content cc on cc.campaign_id = k.id
				cross join generate_series(1, :per) i
				cross join lateral (select (array['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'CHANGE_VS_LAST_YEAR', 'EXACT',
				                                  'DONE_OR_NOT'])[1 + (cc.position * 10 + i) % 5] as dir) d
				""").param("per", INDICATORS_PER_CONTENT).update();
		this.jdbc.sql("""
				insert into scoring_table (campaign_id, scale)
				select k.id, 10 * (select count(*) from indicator i where i.campaign_id = k.id)
				from campaign k join bm_province p on p.unit_id = k.organizer_id
				""").update();
		this.jdbc.sql("""
				insert into scoring_rule (table_id, indicator_id, max_points)
				select t.id, i.id, 10 from scoring_table t join indicator i on i.campaign_id = t.campaign_id
				join campaign k on k.id = t.campaign_id join bm_province p on p.unit_id = k.organizer_id
				""").update();
		// a covenant per cluster of the regular campaign, in force, signed by its
		// members (but one unit in ten)
		this.jdbc.sql("""
				insert into covenant (campaign_id, cluster_id, created_by)
				select cc.campaign_id, cc.cluster_id, 'bms.ministry' from campaign_cluster cc
				join campaign k on k.id = cc.campaign_id join bm_province p on p.unit_id = k.organizer_id
				""").update();
		this.jdbc
			.sql("""
					insert into covenant_version (covenant_id, number, state, slogan, content_text, content_hash, created_by,
					                              opened_at, opened_by, in_force_at)
					select v.id, 1, 'IN_FORCE', 'Đoàn kết, kỷ cương', 'Giao ước thi đua thử tải', repeat('a', 64),
					       'bms.ministry', now(), 'bms.ministry', now()
					from covenant v join campaign k on k.id = v.campaign_id join bm_province p on p.unit_id = k.organizer_id
					""")
			.update();
		this.jdbc.sql("""
				insert into covenant_party (version_id, unit_id, signed_at, signed_by, signer_name, signature_hash)
				select cv.id, cm.unit_id, s.at, s.who, s.name, s.hash
				from covenant_version cv join covenant v on v.id = cv.covenant_id
				join campaign k on k.id = v.campaign_id join bm_province p on p.unit_id = k.organizer_id
				join cluster_member cm on cm.cluster_id = v.cluster_id
				cross join lateral (select case when cm.unit_id % 10 <> 0 then now() end as at,
				                           case when cm.unit_id % 10 <> 0 then 'bms.ministry' end as who,
				                           case when cm.unit_id % 10 <> 0 then 'Thử tải' end as name,
				                           case when cm.unit_id % 10 <> 0 then repeat('b', 64) end as hash) s
				""").update();
		this.jdbc.sql("analyze").update();
		// approved reports of every member of the regular campaign for every month up to
		// the last one, with the values of the 10 indicators
		this.jdbc.sql("""
				insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, state,
				                           submitted_at, submitted_by, reviewed_at, reviewed_by, created_by)
				select k.id, m.unit_id, m.cluster_id, make_date(k.year, mo, 1),
				       (make_date(k.year, mo, 1) + interval '1 month 4 days')::date, 'APPROVED',
				       now(), 'bms.ministry', now(), 'bms.ministry', 'bms.ministry'
				from campaign k join bm_province p on p.unit_id = k.organizer_id
				join campaign_cluster cc on cc.campaign_id = k.id
				join cluster_member m on m.cluster_id = cc.cluster_id
				cross join generate_series(1, 12) mo
				where make_date(k.year, mo, 1) <= :last
				""").param("last", lastMonth.atDay(1)).update();
		this.jdbc
			.sql("""
					insert into result_value (report_id, indicator_id, position, amount, numerator, denominator, last_year,
					                          done, target, self_points, self_bonus, self_measured, self_reason,
					                          reviewed_points, reviewed_bonus, reviewed_measured, reviewed_reason)
					select r.id, i.id, i.position,
					       case when i.input_shape = 'VALUE' and i.direction <> 'DONE_OR_NOT' then (r.id + i.id) % 20 end,
					       case when i.input_shape = 'RATIO' then 40 + (r.id + i.id) % 11 end,
					       case when i.input_shape = 'RATIO' then 50 end,
					       case when i.direction = 'CHANGE_VS_LAST_YEAR' then 15 + (r.id * 3 + i.id) % 10 end,
					       case when i.direction = 'DONE_OR_NOT' then (r.id + i.id) % 7 <> 0 end,
					       i.target, p.points, 0, null, o.reason, p.points, 0, null, o.reason
					from result_report r join campaign k on k.id = r.campaign_id
					join bm_province bp on bp.unit_id = k.organizer_id
					join indicator i on i.campaign_id = r.campaign_id
					cross join lateral (select round(((r.id * 31 + i.id * 17) % 1001) / 100.0, 2) as points) p
					cross join lateral (select case when (r.id + i.id) % 6 = 0 then 'BELOW_TARGET' else 'MET' end as reason) o
					""")
			.update();
		this.jdbc.sql("""
				update result_report r set self_points = s.total, reviewed_points = s.total
				from (select v.report_id, sum(v.reviewed_points) as total from result_value v
				      join result_report r2 on r2.id = v.report_id join campaign k on k.id = r2.campaign_id
				      join bm_province p on p.unit_id = k.organizer_id group by v.report_id) s
				where s.report_id = r.id
				""").update();
		// a tallied review session per cluster and year (minutes signed every other
		// year): Đơn vị quyết thắng for the head
		this.jdbc.sql("""
				insert into voting_session (cluster_id, year, campaign_id, title, electorate_kind, state, opened_at,
				                            closed_at, tallied_at, electorate_size, voter_count, quorum_reached,
				                            ballot_count, created_by)
				select c.id, c.year, cc.campaign_id, 'Bình xét thi đua năm ' || c.year, 'UNITS',
				       case when c.year % 2 = 0 then 'MINUTES_SIGNED' else 'TALLIED' end, now(), now(), now(), 12, 12,
				       true, 12, 'bms.ministry'
				from emulation_cluster c join bm_province p on p.unit_id = c.organizer_id
				join campaign_cluster cc on cc.cluster_id = c.id
				""").update();
		this.jdbc.sql("""
				insert into voting_question (session_id, position, award, text, places, threshold, outcome)
				select s.id, 1, 'DVQT', 'Đơn vị quyết thắng', 1, 50, 'DECIDED'
				from voting_session s join emulation_cluster c on c.id = s.cluster_id
				join bm_province p on p.unit_id = c.organizer_id
				""").update();
		this.jdbc.sql("""
				insert into voting_candidate (question_id, unit_id, name, approvals, disapprovals, abstentions, result)
				select q.id, c.head_unit_id, u.name, 11, 1, 0, 'PASSED'
				from voting_question q join voting_session s on s.id = q.session_id
				join emulation_cluster c on c.id = s.cluster_id join bm_province p on p.unit_id = c.organizer_id
				join unit u on u.id = c.head_unit_id
				""").update();
		this.jdbc.sql("""
				insert into voting_proposal (session_id, question_id, candidate_id, unit_id, name, award, year)
				select q.session_id, q.id, v.id, v.unit_id, v.name, q.award, s.year
				from voting_candidate v join voting_question q on q.id = v.question_id
				join voting_session s on s.id = q.session_id
				join emulation_cluster c on c.id = s.cluster_id join bm_province p on p.unit_id = c.organizer_id
				""").update();
		// good deeds: one a year in one unit in three
		this.jdbc
			.sql("""
					insert into award_good_deed (unit_id, kind, happened_on, place, description, recorded_by)
					select b.unit_id, (array['THANK_YOU_LETTER', 'ON_THE_SPOT', 'OTHER'])[1 + (b.seq / 3 + y) % 3],
					       make_date(y, 1 + b.seq % 11, 1 + b.seq % 28), 'Địa bàn thử tải', 'Việc tốt thử tải', 'bms.ministry'
					from bm_unit b cross join generate_series(:from, :year) y
					where b.seq % 3 = 0
					""")
			.param("from", from)
			.param("year", year)
			.update();
	}

	private String counts() {
		return this.jdbc
			.sql("""
					select (select count(*) from emulation_cluster c join bm_province p on p.unit_id = c.organizer_id)
					       || ' clusters, '
					    || (select count(*) from campaign k join bm_province p on p.unit_id = k.organizer_id) || ' campaigns, '
					    || (select count(*) from covenant_party cp join bm_unit b on b.unit_id = cp.unit_id)
					       || ' covenant parties, '
					    || (select count(*) from result_report r join bm_unit b on b.unit_id = r.unit_id) || ' reports, '
					    || (select count(*) from result_value v join result_report r on r.id = v.report_id
					        join bm_unit b on b.unit_id = r.unit_id) || ' values, '
					    || (select count(*) from voting_session s join emulation_cluster c on c.id = s.cluster_id
					        join bm_province p on p.unit_id = c.organizer_id) || ' review sessions, '
					    || (select count(*) from award_good_deed g join bm_unit b on b.unit_id = g.unit_id) || ' good deeds'
					""")
			.query(String.class)
			.single();
	}

	private void remove(AwardDataSet awards) {
		if (this.jdbc.sql("select to_regclass('bm_province') is not null").query(Boolean.class).single()) {
			this.jdbc.sql("""
					delete from voting_proposal v using voting_session s, emulation_cluster c, bm_province p
					where s.id = v.session_id and c.id = s.cluster_id and p.unit_id = c.organizer_id""").update();
			this.jdbc.sql("""
					delete from voting_candidate v using voting_question q, voting_session s, emulation_cluster c,
					                                     bm_province p
					where q.id = v.question_id and s.id = q.session_id and c.id = s.cluster_id
					  and p.unit_id = c.organizer_id""").update();
			this.jdbc.sql("""
					delete from voting_question q using voting_session s, emulation_cluster c, bm_province p
					where s.id = q.session_id and c.id = s.cluster_id and p.unit_id = c.organizer_id""").update();
			this.jdbc.sql("""
					delete from voting_session s using emulation_cluster c, bm_province p
					where c.id = s.cluster_id and p.unit_id = c.organizer_id""").update();
			this.jdbc.sql("delete from campaign k using bm_province p where p.unit_id = k.organizer_id").update();
			this.jdbc.sql("delete from emulation_cluster c using bm_province p where p.unit_id = c.organizer_id")
				.update();
		}
		if (this.jdbc.sql("select to_regclass('bm_unit') is not null").query(Boolean.class).single()) {
			this.jdbc.sql("delete from award_good_deed g using bm_unit b where b.unit_id = g.unit_id").update();
			this.jdbc.sql("""
					delete from award_record r using award_decision d, unit u
					where d.id = r.decision_id and u.id = d.issuer_unit_id and u.code = 'BMS'""").update();
			this.jdbc.sql("""
					delete from award_decision d using unit u where u.id = d.issuer_unit_id and u.code = 'BMS'""")
				.update();
		}
		this.jdbc.sql("delete from audit_event where actor in (:users)")
			.param("users", List.of(PROVINCE_USER, MINISTRY_USER))
			.update();
		this.jdbc.sql("delete from app_user where username in (:users)")
			.param("users", List.of(PROVINCE_USER, MINISTRY_USER))
			.update();
		if (this.jdbc.sql("select to_regclass('bm_unit') is not null").query(Boolean.class).single()) {
			awards.remove();
		}
		this.jdbc.sql("delete from unit where code like 'BMS-P%'").update();
		this.jdbc.sql("delete from unit where code = 'BMS'").update();
		this.jdbc.sql("drop table if exists bm_province").update();
		this.jdbc.sql("drop table if exists bm_member").update();
	}

}
