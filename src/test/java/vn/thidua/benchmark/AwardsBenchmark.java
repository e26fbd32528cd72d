package vn.thidua.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

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
import vn.thidua.award.decision.SearchWords;
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
 * {@link VietnameseText}, search words by {@link SearchWords}); the secondary indexes of
 * award_record are dropped while the records are written and built again after. Then,
 * signed in as provincial staff of the generated province, it measures through MockMvc an
 * officer's record page, a unit's record page (its officers' records of one year) and the
 * search (opened without criteria, a name typed without diacritics, words in every
 * record, a decision number), and prints the median and 90th percentile of each beside
 * the bare time of the SELECT statements the page sends (captured from one request and
 * replayed on one connection), and the number of statements per request after the first
 * year and after ten years, which must be the same.
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

	static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
			"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	static final String[] MIDDLE_NAMES = { "Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc" };

	static final String[] GIVEN_NAMES = { "An", "Ân", "Anh", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh",
			"Hiếu", "Hoa", "Hùng", "Huy", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân",
			"Sơn", "Thảo", "Trung", "Tuấn", "Vân", "Việt" };

	static final String[] RANKS = { "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá" };

	static final String NUMBER_SUFFIX = "/QĐ-CAT";

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

	final List<String> lines = new ArrayList<>();

	@Test
	void measureTheAwardRecordPages() throws Exception {
		int runs = Integer.getInteger("benchmark.runs", 30);
		int warmup = Integer.getInteger("benchmark.warmup", 10);
		long started = System.nanoTime();
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
				analyze();
				print("Reused the data kept by an earlier run: %s", counts(root));
				pages = pages(root);
			}
			else {
				root = generateOrganisation();
				print("Units and officers generated in %.1f s", (System.nanoTime() - started) / 1e9);
				indexes = dropRecordIndexes();
				long yearStarted = System.nanoTime();
				generateYear(root, LAST_YEAR);
				analyze();
				print("Year %d generated in %.1f s", LAST_YEAR, (System.nanoTime() - yearStarted) / 1e9);
				pages = pages(root);
				for (Page page : pages) {
					oneYear.put(page.name(), statements(page(page.path())));
				}
				for (int year = FIRST_YEAR; year < LAST_YEAR; year++) {
					yearStarted = System.nanoTime();
					generateYear(root, year);
					print("Year %d generated in %.1f s", year, (System.nanoTime() - yearStarted) / 1e9);
				}
				long indexing = System.nanoTime();
				createIndexes(indexes);
				indexes = List.of();
				print("Indexes of award_record built again in %.1f s", (System.nanoTime() - indexing) / 1e9);
				analyze();
				print("Generated in %.1f s: %s", (System.nanoTime() - started) / 1e9, counts(root));
				// the words written here are those the application writes (the database's
				// rule of V45 is checked against the application's in the tests)
				assertThat(this.jdbc
					.sql("""
							select count(*) from (select search_text, search_words from award_record tablesample system (0.1)) r
							where r.search_words <> award_record_words(r.search_text)""")
					.query(Long.class)
					.single()).as("records whose search words differ from the application's").isZero();
			}
			print("");
			print("%-46s %8s %8s %9s %10s %10s %7s", "page (" + UNITS + " units, 10 years), MockMvc", "median", "p90",
					"bare SQL", "statements", "(1 year)", "rows");
			// every page is warmed up before any is measured: the first would otherwise
			// pay for all
			for (int i = 0; i < warmup; i++) {
				for (Page page : pages) {
					page(page.path()).call();
				}
			}
			for (Page page : pages) {
				double[] times = measure(page(page.path()), warmup, runs);
				long statements = statements(page(page.path()));
				page(page.path()).call();
				SqlStatementCounter.capture();
				page(page.path()).call();
				List<SqlStatementCounter.Statement> selects = selects(SqlStatementCounter.captured());
				Replay sql = replay(selects, warmup, runs);
				Long firstYear = oneYear.get(page.name());
				print("%-46s %6.1f ms %6.1f ms %6.1f ms %10d %10s %7d", page.name(), percentile(times, 50),
						percentile(times, 90), percentile(sql.times(), 50), statements,
						firstYear == null ? "-" : firstYear.toString(), sql.rows());
				if (firstYear != null) {
					assertThat(statements).as(page.name()).isEqualTo(firstYear);
				}
			}
			print("(signed in as provincial staff of the generated province; %d requests after %d to warm up;"
					+ " bare SQL: the page's SELECT statements run one after the other on one connection, median of"
					+ " %d runs; statements of one request with 10 years and with 1 year of data; rows: rows the"
					+ " statements return)", runs, warmup, runs);
		}
		finally {
			createIndexes(indexes);
			Long generated = this.jdbc.sql("select id from unit where code = 'BMA'")
				.query(Long.class)
				.optional()
				.orElse(null);
			if (!Boolean.getBoolean("benchmark.keep") && generated != null) {
				long removing = System.nanoTime();
				remove(generated);
				print("Removed in %.1f s", (System.nanoTime() - removing) / 1e9);
			}
			write();
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

	private static long statements(Callable<Integer> page) throws Exception {
		page.call();
		SqlStatementCounter.reset();
		page.call();
		return SqlStatementCounter.current();
	}

	private static double[] measure(Callable<Integer> page, int warmup, int runs) throws Exception {
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

	private static double percentile(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/** Only what a page reads: writes of the session store are not replayed. */
	private static List<SqlStatementCounter.Statement> selects(List<SqlStatementCounter.Statement> all) {
		return all.stream().filter(statement -> {
			String sql = statement.sql().stripLeading().toLowerCase(java.util.Locale.ROOT);
			return sql.startsWith("select") || sql.startsWith("with");
		}).toList();
	}

	record Replay(double[] times, long rows) {

	}

	private Replay replay(List<SqlStatementCounter.Statement> statements, int warmup, int runs) throws Exception {
		double[] times = new double[runs];
		long rowCount = 0;
		try (Connection connection = this.dataSource.getConnection()) {
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

	// ----------------------------------------------------------------- data set

	/**
	 * The province, its units and officers, and the staff account; returns the root unit.
	 * Names, folded search text, search words and sort keys of the 5,000 unit names and
	 * the 3,840 officer names are computed here by {@link VietnameseText} and
	 * {@link SearchWords}, as the application does, into two work tables; everything else
	 * is INSERT … SELECT (a record's search words are its name's, its unit's and number's
	 * and the pairs where the name meets the unit).
	 */
	private long generateOrganisation() {
		this.jdbc.sql("drop table if exists bm_unit").update();
		this.jdbc.sql("drop table if exists bm_name").update();
		this.jdbc.sql("""
				create unlogged table bm_unit (seq int primary key, unit_id bigint, code text, name text,
				                               folded text, unit_search text, sort_key bytea, words text,
				                               suffix_words text, first_prefixes text)""").update();
		this.jdbc.sql("""
				create unlogged table bm_name (seq int primary key, name text, folded text, sort_key bytea,
				                               rank text, rank_folded text, words text, last_word text)""").update();
		List<Object[]> units = new ArrayList<>();
		for (int i = 1; i <= UNITS; i++) {
			String code = "BMA-" + i;
			String name = "Công an xã Thử tải " + String.format("%04d", i);
			String folded = VietnameseText.fold(name);
			// the words of the records' search text (SearchWords, V45): the unit's own
			// record, and what follows an officer's name in an officer's
			String number = i + VietnameseText.fold(NUMBER_SUFFIX);
			String suffix = folded + " " + number;
			units.add(new Object[] { i, code, name, folded, VietnameseText.searchText(code, name, null),
					VietnameseText.sortKey(name), SearchWords.lexemes(folded + " " + suffix),
					SearchWords.lexemes(suffix), prefixes(SearchWords.of(suffix).words().get(0)) });
		}
		this.template.batchUpdate(
				"""
						insert into bm_unit (seq, code, name, folded, unit_search, sort_key, words, suffix_words, first_prefixes)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				units);
		List<Object[]> names = new ArrayList<>();
		int seq = 0;
		for (String given : GIVEN_NAMES) {
			for (String middle : MIDDLE_NAMES) {
				for (String surname : SURNAMES) {
					String name = surname + " " + middle + " " + given;
					String rank = RANKS[seq % RANKS.length];
					List<String> words = SearchWords.of(name).words();
					names.add(new Object[] { seq++, name, VietnameseText.fold(name), VietnameseText.sortKey(name), rank,
							VietnameseText.fold(rank), SearchWords.lexemes(name), words.get(words.size() - 1) });
				}
			}
		}
		this.template.batchUpdate("""
				insert into bm_name (seq, name, folded, sort_key, rank, rank_folded, words, last_word)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", names);
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
		this.jdbc
			.sql("""
					insert into unit (code, name, kind, parent_id, path, depth, headcount, valid_from, search_text, sort_key)
					select b.code, b.name, 'COMMUNE_POLICE', :root, '/', 1, :officers, date '2010-01-01', b.unit_search,
					       b.sort_key
					from bm_unit b order by b.seq
					""")
			.param("root", root)
			.param("officers", OFFICERS_PER_UNIT)
			.update();
		this.jdbc.sql("update unit set path = '/' || :root || '/' || id || '/' where parent_id = :root")
			.param("root", root)
			.update();
		this.jdbc.sql("update bm_unit b set unit_id = u.id from unit u where u.code = b.code").update();
		// 60 officers a unit, names spread over the 3,840 combinations
		this.jdbc.sql("""
				insert into officer (full_name, rank, position, unit_id, search_text, sort_key)
				select n.name, n.rank, p.position, b.unit_id,
				       n.folded || ' ' || n.rank_folded || ' ' || p.folded, n.sort_key
				from bm_unit b cross join generate_series(1, :per) k
				join bm_name n on n.seq = ((b.seq * :per + k)::bigint * 7919) % 3840
				cross join lateral (select case when k = 1 then 'Trưởng Công an xã'
				                                when k <= 3 then 'Phó Trưởng Công an xã' else 'Cán bộ' end as position,
				                           case when k = 1 then 'truong cong an xa'
				                                when k <= 3 then 'pho truong cong an xa' else 'can bo' end as folded) p
				order by b.seq, k
				""").param("per", OFFICERS_PER_UNIT).update();
		insertUser("bm.awards", "PROVINCE_STAFF", root);
		return root;
	}

	/** Every beginning of a word, longest last: "cong" → "c co con cong". */
	private static String prefixes(String word) {
		List<String> prefixes = new ArrayList<>();
		for (int k = 1; k <= word.length(); k++) {
			prefixes.add(word.substring(0, k));
		}
		return String.join(" ", prefixes);
	}

	/**
	 * One year: a recorded decision of the provincial director per unit, numbered
	 * "{unit}/QĐ-CAT", with the unit's collective title on line 1 and its 60 officers'
	 * titles on the following lines.
	 */
	private void generateYear(long root, int year) {
		long base = year < 2024 ? 1_800_000 : 2_340_000;
		this.jdbc
			.sql("""
					insert into award_decision (issuer_unit_id, authority, number, number_key, number_scope, year, decided_on,
					                            signer, kind, summary, state, base_salary, created_by, recorded_by,
					                            recorded_at)
					select :root, 'DIRECTOR', b.seq || :suffix, upper(b.seq || :suffix), :root, :year, make_date(:year, 12, 20),
					       'Đại tá Nguyễn Văn Thử', 'REGULAR', 'Khen thưởng tổng kết năm ' || :year, 'RECORDED', :base,
					       'bm.awards', 'bm.awards', now()
					from bm_unit b order by b.seq
					""")
			.param("root", root)
			.param("suffix", NUMBER_SUFFIX)
			.param("year", year)
			.param("base", base)
			.update();
		String foldedSuffix = VietnameseText.fold(NUMBER_SUFFIX);
		// the collective title: Đơn vị quyết thắng for one unit in five, Đơn vị tiên tiến
		// otherwise
		this.jdbc
			.sql("""
					insert into award_record (decision_id, line_no, unit_id, officer_id, recipient_name, unit_name, item_id,
					                          achievement, cash_multiple, catalogue_amount, amount, search_text, search_words,
					                          sort_key)
					select d.id, 1, b.unit_id, null, b.name, b.name, i.id, 'Hoàn thành xuất sắc nhiệm vụ năm ' || :year,
					       i.cash_multiple, ceil(i.cash_multiple * :base / 10000.0) * 10000,
					       ceil(i.cash_multiple * :base / 10000.0) * 10000,
					       b.folded || ' ' || b.folded || ' ' || b.seq || :folded, cast(b.words as tsvector), b.sort_key
					from bm_unit b
					join award_decision d on d.authority = 'DIRECTOR' and d.year = :year and d.number_scope = :root
					 and d.number_key = upper(b.seq || :suffix)
					join award_catalogue_item i on i.recipient = 'COLLECTIVE' and i.valid_to is null
					 and i.code = case when b.seq % 5 = 0 then 'DVQT' else 'DVTT' end
					order by d.id
					""")
			.param("root", root)
			.param("suffix", NUMBER_SUFFIX)
			.param("folded", foldedSuffix)
			.param("year", year)
			.param("base", base)
			.update();
		// each officer: Chiến sĩ thi đua cơ sở for one in eight, Chiến sĩ tiên tiến
		// otherwise
		this.jdbc.sql("""
				insert into award_record (decision_id, line_no, unit_id, officer_id, recipient_name, unit_name, rank,
				                          position, item_id, achievement, cash_multiple, catalogue_amount, amount,
				                          search_text, search_words, sort_key)
				select d.id, 1 + row_number() over (partition by o.unit_id order by o.id), b.unit_id, o.id, o.full_name,
				       b.name, o.rank, o.position, i.id, 'Hoàn thành tốt nhiệm vụ năm ' || :year, i.cash_multiple,
				       ceil(i.cash_multiple * :base / 10000.0) * 10000, ceil(i.cash_multiple * :base / 10000.0) * 10000,
				       n.folded || ' ' || b.folded || ' ' || b.seq || :folded,
				       cast(n.words || ' ' || b.suffix_words
				           || replace(' ' || b.first_prefixes, ' ', ' ' || n.last_word || '_') as tsvector),
				       o.sort_key
				from bm_unit b
				join officer o on o.unit_id = b.unit_id
				join bm_name n on n.name = o.full_name
				join award_decision d on d.authority = 'DIRECTOR' and d.year = :year and d.number_scope = :root
				 and d.number_key = upper(b.seq || :suffix)
				join award_catalogue_item i on i.recipient = 'INDIVIDUAL' and i.valid_to is null
				 and i.code = case when (o.id + :year) % 8 = 0 then 'CSTDCS' else 'CSTT' end
				order by d.id, o.id
				""")
			.param("root", root)
			.param("suffix", NUMBER_SUFFIX)
			.param("folded", foldedSuffix)
			.param("year", year)
			.param("base", base)
			.update();
	}

	/**
	 * Drops the secondary indexes of award_record (not its keys) while the records are
	 * written, and returns their definitions to build them again after: the schema is the
	 * application's, only built faster.
	 */
	private List<String> dropRecordIndexes() {
		List<String> definitions = this.jdbc.sql("""
				select pg_get_indexdef(i.indexrelid) from pg_index i
				where i.indrelid = 'award_record'::regclass and not i.indisunique and not i.indisprimary
				order by i.indexrelid::regclass::text
				""").query(String.class).list();
		List<String> names = this.jdbc.sql("""
				select i.indexrelid::regclass::text from pg_index i
				where i.indrelid = 'award_record'::regclass and not i.indisunique and not i.indisprimary
				""").query(String.class).list();
		for (String name : names) {
			this.jdbc.sql("drop index " + name).update();
		}
		return definitions;
	}

	private void createIndexes(List<String> definitions) {
		this.template.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
			try (java.sql.Statement statement = connection.createStatement()) {
				statement.execute("set maintenance_work_mem = '256MB'");
				for (String definition : definitions) {
					statement.execute(definition);
				}
				statement.execute("reset maintenance_work_mem");
			}
			return null;
		});
	}

	private void analyze() {
		this.jdbc.sql("analyze unit").update();
		this.jdbc.sql("analyze officer").update();
		this.jdbc.sql("analyze award_decision").update();
		this.jdbc.sql("analyze award_record").update();
	}

	private String counts(long root) {
		return this.jdbc.sql("""
				select (select count(*) from unit where parent_id = :root) || ' units, '
				    || (select count(*) from officer o join unit u on u.id = o.unit_id where u.parent_id = :root)
				    || ' officers, '
				    || (select count(*) from award_decision where issuer_unit_id = :root) || ' decisions, '
				    || (select count(*) from award_record r join award_decision d on d.id = r.decision_id
				        where d.issuer_unit_id = :root) || ' award records'
				""").param("root", root).query(String.class).single();
	}

	private void remove(long root) {
		this.jdbc.sql("delete from audit_event where actor = 'bm.awards'").update();
		this.jdbc.sql("delete from app_user where username = 'bm.awards'").update();
		this.jdbc
			.sql("""
					delete from award_record r using award_decision d where d.id = r.decision_id and d.issuer_unit_id = :root
					""")
			.param("root", root)
			.update();
		this.jdbc.sql("delete from award_decision where issuer_unit_id = :root").param("root", root).update();
		this.jdbc.sql("delete from officer o using unit u where u.id = o.unit_id and u.parent_id = :root")
			.param("root", root)
			.update();
		this.jdbc.sql("delete from unit where parent_id = :root").param("root", root).update();
		this.jdbc.sql("delete from unit where id = :root").param("root", root).update();
		this.jdbc.sql("drop table if exists bm_unit").update();
		this.jdbc.sql("drop table if exists bm_name").update();
	}

	private void insertUser(String username, String role, long unit) {
		this.jdbc.sql("""
				insert into app_user (username, full_name, password_hash, role, unit_id, must_change_password,
				                      search_text, sort_key)
				values (:username, :username, :hash, :role, :unit, false, :username, convert_to(:username, 'UTF8'))
				""")
			.param("username", username)
			.param("hash", this.passwordEncoder.encode("Demo@2026"))
			.param("role", role)
			.param("unit", unit)
			.update();
	}

	private void print(String format, Object... arguments) {
		String line = String.format(format, arguments);
		this.lines.add(line);
		System.out.println(line);
	}

	private void write() throws IOException {
		Path file = Path.of("target", "benchmark", "awards-benchmark.txt");
		Files.createDirectories(file.getParent());
		Files.write(file, this.lines);
	}

}
