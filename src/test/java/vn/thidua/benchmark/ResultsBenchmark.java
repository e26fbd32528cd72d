package vn.thidua.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.result.ReportWorkflowService;
import vn.thidua.shared.db.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The benchmark of the result pages (not a test: {@code ./mvnw -Pbenchmark test}, see
 * README). Generates in SQL a province of 300 commune police units in 25 clusters of 12,
 * with one launched campaign a year of 30 indicators of mixed directions and a scoring
 * table, and approved monthly reports with their 30 values for the five years before the
 * current one and the months of this year up to the last one (about 21,000 reports and
 * 630,000 values, a few with bonus or penalty items). Then it warms up and measures,
 * through MockMvc with a signed-in user, the cluster ranking, the provincial overview,
 * the entry page of a report and the page of its bonus and penalty items, and prints the
 * median and 95th percentile times and the SQL statements of each request, beside the
 * statements of the same pages on the small demo province.
 * <p>
 * Runs on the embedded PostgreSQL of the tests, or on {@code SPRING_DATASOURCE_URL};
 * removes what it generated at the end unless {@code -Dbenchmark.keep=true}.
 * {@code -Dbenchmark.runs} (default 50) and {@code -Dbenchmark.warmup} (default 20) set
 * the number of requests.
 */
// generating five years of a province takes statements longer than a request may
@SpringBootTest(properties = { "thidua.db.statement-timeout=0", "thidua.db.lock-timeout=0",
		"thidua.db.idle-in-transaction-timeout=0", "spring.transaction.default-timeout=-1s" })
@AutoConfigureMockMvc
class ResultsBenchmark {

	static final int UNITS = 300;

	static final int CLUSTER_SIZE = 12;

	static final int INDICATORS_PER_CONTENT = 10;

	static final int CONTENTS = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	ReportWorkflowService results;

	@Autowired
	org.springframework.core.env.Environment environment;

	final BenchmarkSupport.Report report = new BenchmarkSupport.Report("results-benchmark.txt");

	@Test
	void measureTheResultPages() throws Exception {
		int runs = Integer.getInteger("benchmark.runs", 50);
		int warmup = Integer.getInteger("benchmark.warmup", 20);
		YearMonth lastMonth = YearMonth.now().minusMonths(1);
		int firstYear = lastMonth.getYear() - 5;
		long started = System.nanoTime();
		long root = generate(firstYear, lastMonth);
		this.report.print("Generated in %.1f s: %s", (System.nanoTime() - started) / 1e9, counts(root));
		try {
			long campaign = this.jdbc.sql("select id from campaign where organizer_id = :root and year = :y")
				.param("root", root)
				.param("y", lastMonth.getYear())
				.query(Long.class)
				.single();
			long cluster = this.jdbc.sql("select min(cc.cluster_id) from campaign_cluster cc where cc.campaign_id = :c")
				.param("c", campaign)
				.query(Long.class)
				.single();
			long report = openThisMonth(campaign);
			long approved = this.jdbc.sql("""
					select max(r.id) from result_report r join cluster_member m on m.unit_id = r.unit_id
					where r.campaign_id = :c and m.cluster_id = :k and r.state = 'APPROVED'
					""").param("c", campaign).param("k", cluster).query(Long.class).single();
			String month = lastMonth.toString();
			List<Page> pages = List.of(
					new Page("cluster ranking (staff)", "bm.staff",
							"/results/rankings?campaign=" + campaign + "&cluster=" + cluster + "&month=" + month),
					new Page("cluster ranking (unit)", "bm.commander", "/results/rankings?campaign=" + campaign),
					new Page("provincial overview (staff)", "bm.staff",
							"/results/overview?campaign=" + campaign + "&month=" + month),
					new Page("entry page /results/{id}/edit", "bm.commander", "/results/" + report + "/edit"),
					new Page("bonus and penalty items of a report", "bm.staff",
							"/results/" + approved + "/score-items"));
			Map<String, Long> small = demoStatements();
			this.report.print("");
			this.report.print("%-58s %8s %8s %8s %12s %14s", "page (" + UNITS + " units), MockMvc", "median", "p95",
					"max", "statements", "demo province");
			for (Page page : pages) {
				double[] times = BenchmarkSupport.measure(page(page.user(), page.path()), warmup, runs);
				SqlStatementCounter.reset();
				page(page.user(), page.path()).call();
				long statements = SqlStatementCounter.current();
				Long demo = small.get(page.name());
				this.report.print("%-58s %6.1f ms %6.1f ms %6.1f ms %12d %14s", page.name(),
						BenchmarkSupport.percentile(times, 50), BenchmarkSupport.percentile(times, 95),
						times[times.length - 1], statements, demo == null ? "" : demo);
			}
			this.report
				.print("(%d requests after %d to warm up; statements of one request; demo province: the same page for"
						+ " the demo movement and \"Khối An ninh\")", runs, warmup);
			if (!"false".equals(System.getProperty("benchmark.http"))) {
				measureThroughHttp(pages, warmup, runs);
			}
		}
		finally {
			if (!Boolean.getBoolean("benchmark.keep")) {
				remove(root);
			}
			this.report.write();
		}
	}

	// ----------------------------------------------------------------- through HTTP

	/** A page of the benchmark: who asks for it and where. */
	record Page(String name, String user, String path) {

	}

	/**
	 * The same pages through real HTTP on the application started in a JVM of its own
	 * with {@code -Xmx512m} ({@code -Dbenchmark.heap}), each beside the time of its own
	 * SELECT statements run directly on the database (captured from one request, replayed
	 * with their values), and the throughput of the heaviest page beside that of a
	 * trivial signed-in page in the same run. Goals: each page at most 1.5 times its SQL,
	 * the heaviest page at least half the trivial page's throughput.
	 */
	private void measureThroughHttp(List<Page> pages, int warmup, int runs) throws Exception {
		Map<String, List<SqlStatementCounter.Statement>> statements = new LinkedHashMap<>();
		for (Page page : pages) {
			page(page.user(), page.path()).call();
			SqlStatementCounter.capture();
			page(page.user(), page.path()).call();
			statements.put(page.name(), BenchmarkSupport.selects(SqlStatementCounter.captured()));
		}
		String url;
		String username;
		try (Connection connection = this.dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
			username = connection.getMetaData().getUserName();
		}
		String heap = System.getProperty("benchmark.heap", "512m");
		int clients = Integer.getInteger("benchmark.clients", 4);
		Duration during = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 10));
		try (HttpInstance instance = HttpInstance.start(url, username, heap,
				Path.of("target", "benchmark", "http-instance.log"))) {
			Map<String, String> sessions = new LinkedHashMap<>();
			for (Page page : pages) {
				sessions.computeIfAbsent(page.user(), user -> signIn(instance, user));
			}
			String trivialPath = "/account/password";
			List<HttpInstance.Request> requests = new ArrayList<>();
			pages.forEach(page -> requests.add(new HttpInstance.Request(page.path(), sessions.get(page.user()))));
			requests.add(new HttpInstance.Request(trivialPath, sessions.get("bm.staff")));
			Duration warming = BenchmarkSupport.httpWarmUp();
			instance.warmUp(requests, clients, warming);
			this.report.print("");
			this.report.print("instance warmed up: every page below in turn from %d clients for %d s", clients,
					warming.toSeconds());
			this.report.print("load average of the machine at the start: %s", BenchmarkSupport.loadAverage());
			this.report.print("%-58s %8s %8s %9s %7s %6s", "page (" + UNITS + " units), HTTP, -Xmx" + heap, "median",
					"p95", "bare SQL", "ratio", "SQL");
			Page heaviest = null;
			double heaviestMedian = -1;
			for (Page page : pages) {
				double[] times = instance.time(page.path(), sessions.get(page.user()), warmup, runs);
				double[] sql = BenchmarkSupport
					.replay(this.dataSource,
							this.environment.getProperty("spring.datasource.hikari.connection-init-sql"),
							statements.get(page.name()), warmup, runs)
					.times();
				double median = BenchmarkSupport.percentile(times, 50);
				double sqlMedian = BenchmarkSupport.percentile(sql, 50);
				this.report.print("%-58s %6.1f ms %6.1f ms %6.1f ms %6.2f× %6d", page.name(), median,
						BenchmarkSupport.percentile(times, 95), sqlMedian, median / sqlMedian,
						statements.get(page.name()).size());
				if (median > heaviestMedian) {
					heaviestMedian = median;
					heaviest = page;
				}
			}
			this.report.print(
					"(median of %d requests after %d; bare SQL: the page's SELECT statements run one after the other"
							+ " on one connection, median of %d runs; ratio = page / bare SQL, goal ≤ 1,5)",
					runs, warmup, runs);
			double trivial = instance.throughput(trivialPath, sessions.get("bm.staff"), clients, during);
			double heavy = instance.throughput(heaviest.path(), sessions.get(heaviest.user()), clients, during);
			this.report.print("");
			this.report.print(
					"throughput, %d clients for %d s: trivial signed-in page %s %.1f requests/s; heaviest page (%s)"
							+ " %.1f requests/s; ratio %.0f%% (goal ≥ 50%%)",
					clients, during.toSeconds(), trivialPath, trivial, heaviest.name(), heavy, 100 * heavy / trivial);
			this.report.print("load average of the machine at the end: %s", BenchmarkSupport.loadAverage());
		}
	}

	private static String signIn(HttpInstance instance, String user) {
		try {
			return instance.signIn(user, BenchmarkSupport.PASSWORD);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ----------------------------------------------------------------- measuring

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

	/**
	 * The statements of the ranking and overview on the demo province, for comparison.
	 */
	private Map<String, Long> demoStatements() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		Long movement = this.jdbc.sql("select min(id) from campaign where name like 'Phong trào thi đua%Vì an ninh%'")
			.query(Long.class)
			.single();
		Long cluster = this.jdbc.sql("select min(id) from emulation_cluster where name = 'Khối An ninh' and year = :y")
			.param("y", YearMonth.now().getYear())
			.query(Long.class)
			.single();
		if (movement == null || cluster == null) {
			return counts;
		}
		String month = YearMonth.now().minusMonths(1).toString();
		counts.put("cluster ranking (staff)", BenchmarkSupport.statements(
				page("staff", "/results/rankings?campaign=" + movement + "&cluster=" + cluster + "&month=" + month)));
		counts.put("cluster ranking (unit)",
				BenchmarkSupport.statements(page("member.commander", "/results/rankings?campaign=" + movement)));
		counts.put("provincial overview (staff)", BenchmarkSupport
			.statements(page("staff", "/results/overview?campaign=" + movement + "&month=" + month)));
		return counts;
	}

	// ----------------------------------------------------------------- data set

	/**
	 * Generates the province and returns the id of its root unit. A few large INSERT …
	 * SELECT statements; the figures are made up from the ids, not random, so that two
	 * runs measure the same data.
	 */
	private long generate(int firstYear, YearMonth lastMonth) {
		LocalDate from = LocalDate.of(firstYear, 1, 1);
		long root = this.jdbc.sql("""
				insert into unit (code, name, kind, headcount, valid_from, search_text, sort_key)
				values ('BM', 'Công an tỉnh Thử tải', 'PROVINCIAL_POLICE', 3000, :from, 'bm cong an tinh thu tai',
				        convert_to('Công an tỉnh Thử tải', 'UTF8'))
				returning id
				""").param("from", from).query(Long.class).single();
		sql("update unit set path = '/' || id || '/' where id = :root", root);
		this.jdbc.sql("""
				insert into unit (code, name, kind, parent_id, headcount, valid_from, search_text, sort_key)
				select 'BM-' || i, 'Công an xã Thử tải ' || lpad(i::text, 3, '0'), 'COMMUNE_POLICE', :root,
				       20 + i % 30, :from, 'bm-' || i || ' cong an xa thu tai ' || i,
				       convert_to('Công an xã Thử tải ' || lpad(i::text, 3, '0'), 'UTF8')
				from generate_series(1, :n) i
				""").param("root", root).param("from", from).param("n", UNITS).update();
		sql("update unit set path = '/' || :root || '/' || id || '/', depth = 1 where parent_id = :root", root);
		// 25 clusters of 12 a year, the same members every year, the first member heads
		this.jdbc.sql("""
				insert into emulation_cluster (organizer_id, year, name, sort_key)
				select :root, y, 'Cụm thử tải ' || lpad(c::text, 2, '0'),
				       convert_to('Cụm thử tải ' || lpad(c::text, 2, '0'), 'UTF8')
				from generate_series(:y0, :y1) y cross join generate_series(1, :clusters) c
				""")
			.param("root", root)
			.param("y0", firstYear)
			.param("y1", lastMonth.getYear())
			.param("clusters", UNITS / CLUSTER_SIZE)
			.update();
		this.jdbc.sql("""
				insert into cluster_member (cluster_id, unit_id, organizer_id, year)
				select cl.id, u.id, :root, cl.year
				from (select id, row_number() over (order by id) as rn from unit where parent_id = :root) u
				join emulation_cluster cl on cl.organizer_id = :root
				 and cl.name = 'Cụm thử tải ' || lpad(((u.rn - 1) / :size + 1)::text, 2, '0')
				""").param("root", root).param("size", CLUSTER_SIZE).update();
		sql("""
				update emulation_cluster cl set head_unit_id = m.first, deputy_unit_id = m.first + 1
				from (select cluster_id, min(unit_id) as first from cluster_member group by cluster_id) m
				where m.cluster_id = cl.id and cl.organizer_id = :root
				""", root);
		// a launched campaign a year, 3 contents of 10 indicators, directions in turn
		sql("""
				insert into campaign (organizer_id, name, kind, year, start_date, end_date, state, launched_at,
				                      launched_by, sort_key)
				select :root, 'Thi đua thử tải năm ' || y, 'REGULAR', y, make_date(y, 1, 1), make_date(y, 12, 31),
				       'LAUNCHED', now(), 'bm.staff', convert_to('Thi đua thử tải năm ' || y, 'UTF8')
				from (select distinct year as y from emulation_cluster where organizer_id = :root) years
				""", root);
		sql("""
				insert into campaign_cluster (campaign_id, cluster_id)
				select k.id, cl.id from campaign k join emulation_cluster cl
				  on cl.organizer_id = k.organizer_id and cl.year = k.year
				where k.organizer_id = :root
				""", root);
		this.jdbc.sql("""
				insert into campaign_content (campaign_id, position, title)
				select k.id, p, 'Nội dung ' || p from campaign k cross join generate_series(1, :contents) p
				where k.organizer_id = :root
				""").param("root", root).param("contents", CONTENTS).update();
		this.jdbc.sql("""
				insert into indicator (campaign_id, content_id, position, code, name, measure_unit, direction,
				                       input_shape, period, target)
				select k.id, cc.id, i, cc.position || '.' || i, 'Chỉ tiêu thử tải ' || cc.position || '.' || i,
				       case d.dir when 'DONE_OR_NOT' then null when 'LOWER_IS_BETTER' then 'vụ'
				                  when 'CHANGE_VS_LAST_YEAR' then 'vụ' else '%' end,
				       d.dir, case when d.dir in ('HIGHER_IS_BETTER', 'EXACT') then 'RATIO' else 'VALUE' end, 'MONTH',
				       case d.dir when 'HIGHER_IS_BETTER' then 75 when 'LOWER_IS_BETTER' then 2
				                  when 'CHANGE_VS_LAST_YEAR' then 5 when 'EXACT' then 100 end
				from campaign k join campaign_content cc on cc.campaign_id = k.id
				cross join generate_series(1, :per) i
				cross join lateral (select (array['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'CHANGE_VS_LAST_YEAR', 'EXACT',
				                                  'DONE_OR_NOT'])[1 + (cc.position * 10 + i) % 5] as dir) d
				where k.organizer_id = :root
				""").param("root", root).param("per", INDICATORS_PER_CONTENT).update();
		sql("""
				insert into scoring_table (campaign_id, scale)
				select k.id, 10 * (select count(*) from indicator i where i.campaign_id = k.id)
				from campaign k where k.organizer_id = :root
				""", root);
		sql("""
				insert into scoring_rule (table_id, indicator_id, max_points)
				select t.id, i.id, 10 from scoring_table t join indicator i on i.campaign_id = t.campaign_id
				join campaign k on k.id = t.campaign_id where k.organizer_id = :root
				""", root);
		sql("""
				insert into scoring_item (table_id, position, code, name, kind, points)
				select t.id, s.position, s.code, s.name, s.kind, s.points from scoring_table t
				join campaign k on k.id = t.campaign_id
				cross join (values (1, 'KT.1', 'Được Bộ Công an khen thưởng', 'BONUS', 5),
				                   (2, 'TR.1', 'Cán bộ vi phạm kỷ luật', 'PENALTY', 10)) s(position, code, name, kind, points)
				where k.organizer_id = :root
				""",
				root);
		// approved reports of every member for every month before this one
		this.jdbc.sql("""
				insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, state,
				                           submitted_at, submitted_by, reviewed_at, reviewed_by, created_by)
				select k.id, m.unit_id, m.cluster_id, make_date(k.year, mo, 1),
				       (make_date(k.year, mo, 1) + interval '1 month 4 days')::date, 'APPROVED',
				       now(), 'bm.commander', now(), 'bm.staff', 'bm.commander'
				from campaign k join campaign_cluster cc on cc.campaign_id = k.id
				join cluster_member m on m.cluster_id = cc.cluster_id
				cross join generate_series(1, 12) mo
				where k.organizer_id = :root and make_date(k.year, mo, 1) <= :last
				""").param("root", root).param("last", lastMonth.atDay(1)).update();
		sql("""
				insert into result_value (report_id, indicator_id, position, amount, numerator, denominator, last_year,
				                          done, target, self_points, self_bonus, self_measured, self_reason,
				                          reviewed_points, reviewed_bonus, reviewed_measured, reviewed_reason)
				select r.id, i.id, i.position,
				       case when i.input_shape = 'VALUE' and i.direction <> 'DONE_OR_NOT' then (r.id + i.id) % 20 end,
				       case when i.input_shape = 'RATIO' then 40 + (r.id + i.id) % 11 end,
				       case when i.input_shape = 'RATIO' then 50 end,
				       case when i.direction = 'CHANGE_VS_LAST_YEAR' then 15 + (r.id * 3 + i.id) % 10 end,
				       case when i.direction = 'DONE_OR_NOT' then (r.id + i.id) % 7 <> 0 end,
				       i.target, p.points, 0, null, 'MET', p.points, 0, null, 'MET'
				from result_report r join campaign k on k.id = r.campaign_id
				join indicator i on i.campaign_id = r.campaign_id
				cross join lateral (select round(((r.id * 31 + i.id * 17) % 1001) / 100.0, 2) as points) p
				where k.organizer_id = :root
				""", root);
		sql("""
				update result_report r set self_points = s.total, reviewed_points = s.total
				from (select v.report_id, sum(v.reviewed_points) as total from result_value v
				      join result_report r2 on r2.id = v.report_id join campaign k on k.id = r2.campaign_id
				      where k.organizer_id = :root group by v.report_id) s
				where s.report_id = r.id
				""", root);
		sql("""
				insert into result_score_item (report_id, item_code, item_name, kind, points, occurrences, reason,
				                               recorded_by)
				select r.id, case when r.id % 2 = 0 then 'TR.1' else 'KT.1' end,
				       case when r.id % 2 = 0 then 'Cán bộ vi phạm kỷ luật' else 'Được Bộ Công an khen thưởng' end,
				       case when r.id % 2 = 0 then 'PENALTY' else 'BONUS' end,
				       case when r.id % 2 = 0 then 10 else 5 end, 1, 'Thử tải', 'bm.staff'
				from result_report r join campaign k on k.id = r.campaign_id
				where k.organizer_id = :root and r.id % 29 = 0
				""", root);
		long firstUnit = this.jdbc.sql("select min(id) from unit where parent_id = :root")
			.param("root", root)
			.query(Long.class)
			.single();
		BenchmarkSupport.insertUser(this.jdbc, this.passwordEncoder, "bm.staff", "PROVINCE_STAFF", root);
		BenchmarkSupport.insertUser(this.jdbc, this.passwordEncoder, "bm.commander", "UNIT_COMMANDER", firstUnit + 1);
		this.jdbc.sql("analyze").update();
		return root;
	}

	/**
	 * The current month's report of the second unit (a member of the first cluster), as a
	 * draft.
	 */
	private long openThisMonth(long campaign) {
		long unit = this.jdbc.sql("select unit_id from app_user where username = 'bm.commander'")
			.query(Long.class)
			.single();
		return TestUsers.runAs(this.users, "bm.commander",
				() -> this.results.open(campaign, unit, LocalDate.now()).getId());
	}

	private String counts(long root) {
		return this.jdbc.sql("""
				select (select count(*) from unit where parent_id = :root) || ' units, '
				    || (select count(*) from emulation_cluster where organizer_id = :root) || ' clusters, '
				    || (select count(*) from campaign where organizer_id = :root) || ' campaigns, '
				    || (select count(*) from indicator i join campaign k on k.id = i.campaign_id
				        where k.organizer_id = :root) || ' indicators, '
				    || (select count(*) from result_report r join campaign k on k.id = r.campaign_id
				        where k.organizer_id = :root) || ' reports, '
				    || (select count(*) from result_value v join result_report r on r.id = v.report_id
				        join campaign k on k.id = r.campaign_id where k.organizer_id = :root) || ' values, '
				    || (select count(*) from result_score_item s join result_report r on r.id = s.report_id
				        join campaign k on k.id = r.campaign_id where k.organizer_id = :root) || ' bonus/penalty items'
				""").param("root", root).query(String.class).single();
	}

	private void remove(long root) {
		sql("delete from audit_event where actor in ('bm.staff', 'bm.commander')", root);
		sql("delete from app_user where username in ('bm.staff', 'bm.commander')", root);
		sql("delete from campaign where organizer_id = :root", root);
		sql("delete from emulation_cluster where organizer_id = :root", root);
		sql("delete from unit where parent_id = :root", root);
		sql("delete from unit where id = :root", root);
	}

	private void sql(String statement, long root) {
		if (statement.contains(":root")) {
			this.jdbc.sql(statement).param("root", root).update();
		}
		else {
			this.jdbc.sql(statement).update();
		}
	}

}
