package vn.thidua.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.award.decision.SearchWords;
import vn.thidua.shared.text.VietnameseText;

/**
 * The award data set of national size the benchmarks generate in SQL: commune police
 * units ("Công an xã Thử tải 0001" …) under the units a benchmark gives them, a number of
 * officers each, and for a year one recorded decision of the director of each unit's
 * parent per unit, numbered "{unit}/QĐ-CAT", with the unit's collective title on line 1
 * (Đơn vị quyết thắng for one unit in five, Đơn vị tiên tiến otherwise) and a title for
 * each officer on the following lines (Chiến sĩ thi đua cơ sở for one in eight, Chiến sĩ
 * tiên tiến otherwise), with the recipient's name, unit and search text as the
 * application writes them. Names, folded search text, search words and sort keys of the
 * unit names and of 3,840 officer names are computed by {@link VietnameseText} and
 * {@link SearchWords}, as the application does, into two work tables ({@code bm_unit},
 * {@code bm_name}, kept with the data); everything else is INSERT … SELECT (a record's
 * search words are its name's, its unit's and number's and the pairs where the name meets
 * the unit).
 */
final class AwardDataSet {

	static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
			"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	static final String[] MIDDLE_NAMES = { "Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc" };

	static final String[] GIVEN_NAMES = { "An", "Ân", "Anh", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh",
			"Hiếu", "Hoa", "Hùng", "Huy", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân",
			"Sơn", "Thảo", "Trung", "Tuấn", "Vân", "Việt" };

	static final String[] RANKS = { "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá" };

	static final String NUMBER_SUFFIX = "/QĐ-CAT";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final String username;

	/**
	 * @param username who created and recorded the decisions (an account of the
	 * benchmark)
	 */
	AwardDataSet(JdbcClient jdbc, JdbcTemplate template, String username) {
		this.jdbc = jdbc;
		this.template = template;
		this.username = username;
	}

	/**
	 * The units {@code codePrefix-1} … {@code codePrefix-units} (commune police,
	 * headcount {@code officers}) under the parents {@code parentOf} gives each, and
	 * their officers (names spread over the 3,840 combinations, the first of a unit its
	 * head, the next two its deputies), with the work tables.
	 */
	void generateUnits(String codePrefix, int units, int officers, IntToLongFunction parentOf) {
		this.jdbc.sql("drop table if exists bm_unit").update();
		this.jdbc.sql("drop table if exists bm_name").update();
		this.jdbc.sql("""
				create unlogged table bm_unit (seq int primary key, unit_id bigint, parent_id bigint, code text,
				                               name text, folded text, unit_search text, sort_key bytea, words text,
				                               suffix_words text, first_prefixes text)""").update();
		this.jdbc.sql("""
				create unlogged table bm_name (seq int primary key, name text, folded text, sort_key bytea,
				                               rank text, rank_folded text, words text, last_word text)""").update();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= units; i++) {
			String code = codePrefix + "-" + i;
			String name = "Công an xã Thử tải " + String.format("%04d", i);
			String folded = VietnameseText.fold(name);
			// the words of the records' search text (SearchWords, V45): the unit's own
			// record, and what follows an officer's name in an officer's
			String number = i + VietnameseText.fold(NUMBER_SUFFIX);
			String suffix = folded + " " + number;
			rows.add(new Object[] { i, parentOf.applyAsLong(i), code, name, folded,
					VietnameseText.searchText(code, name, null), VietnameseText.sortKey(name),
					SearchWords.lexemes(folded + " " + suffix), SearchWords.lexemes(suffix),
					prefixes(SearchWords.of(suffix).words().get(0)) });
		}
		this.template.batchUpdate("""
				insert into bm_unit (seq, parent_id, code, name, folded, unit_search, sort_key, words, suffix_words,
				                     first_prefixes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
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
		this.jdbc
			.sql("""
					insert into unit (code, name, kind, parent_id, path, depth, headcount, valid_from, search_text, sort_key)
					select b.code, b.name, 'COMMUNE_POLICE', b.parent_id, '/', 1, :officers, date '2010-01-01',
					       b.unit_search, b.sort_key
					from bm_unit b order by b.seq
					""")
			.param("officers", officers)
			.update();
		this.jdbc.sql("update bm_unit b set unit_id = u.id from unit u where u.code = b.code").update();
		this.jdbc.sql("""
				update unit u set path = p.path || u.id || '/', depth = p.depth + 1
				from bm_unit b join unit p on p.id = b.parent_id where u.id = b.unit_id
				""").update();
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
				""").param("per", officers).update();
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
	 * One year: a recorded decision of the director of each unit's parent per unit,
	 * numbered "{unit}/QĐ-CAT", with the unit's collective title on line 1 and its
	 * officers' titles on the following lines.
	 */
	void generateYear(int year) {
		long base = year < 2024 ? 1_800_000 : 2_340_000;
		this.jdbc
			.sql("""
					insert into award_decision (issuer_unit_id, authority, number, number_key, number_scope, year, decided_on,
					                            signer, kind, summary, state, base_salary, created_by, recorded_by,
					                            recorded_at)
					select b.parent_id, 'DIRECTOR', b.seq || :suffix, upper(b.seq || :suffix), b.parent_id, :year,
					       make_date(:year, 12, 20), 'Đại tá Nguyễn Văn Thử', 'REGULAR', 'Khen thưởng tổng kết năm ' || :year,
					       'RECORDED', :base, :user, :user, now()
					from bm_unit b order by b.seq
					""")
			.param("suffix", NUMBER_SUFFIX)
			.param("year", year)
			.param("base", base)
			.param("user", this.username)
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
					join award_decision d on d.authority = 'DIRECTOR' and d.year = :year and d.number_scope = b.parent_id
					 and d.number_key = upper(b.seq || :suffix)
					join award_catalogue_item i on i.recipient = 'COLLECTIVE' and i.valid_to is null
					 and i.code = case when b.seq % 5 = 0 then 'DVQT' else 'DVTT' end
					order by d.id
					""")
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
				join award_decision d on d.authority = 'DIRECTOR' and d.year = :year and d.number_scope = b.parent_id
				 and d.number_key = upper(b.seq || :suffix)
				join award_catalogue_item i on i.recipient = 'INDIVIDUAL' and i.valid_to is null
				 and i.code = case when (o.id + :year) % 8 = 0 then 'CSTDCS' else 'CSTT' end
				order by d.id, o.id
				""")
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
	List<String> dropRecordIndexes() {
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

	void createIndexes(List<String> definitions) {
		this.template.execute((ConnectionCallback<Void>) connection -> {
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

	void analyze() {
		this.jdbc.sql("analyze unit").update();
		this.jdbc.sql("analyze officer").update();
		this.jdbc.sql("analyze award_decision").update();
		this.jdbc.sql("analyze award_record").update();
	}

	/** The number of units, officers, decisions and records generated. */
	String counts() {
		return this.jdbc.sql("""
				select (select count(*) from bm_unit) || ' units, '
				    || (select count(*) from officer o join bm_unit b on b.unit_id = o.unit_id) || ' officers, '
				    || (select count(*) from award_decision d where d.issuer_unit_id in (select parent_id from bm_unit))
				    || ' decisions, '
				    || (select count(*) from award_record r join bm_unit b on b.unit_id = r.unit_id) || ' award records'
				""").query(String.class).single();
	}

	/**
	 * Removes the decisions the parents issued, their records, the units and their
	 * officers, and the work tables.
	 */
	void remove() {
		this.jdbc.sql("""
				delete from award_record r using award_decision d
				where d.id = r.decision_id and d.issuer_unit_id in (select parent_id from bm_unit)
				""").update();
		this.jdbc.sql("delete from award_decision where issuer_unit_id in (select parent_id from bm_unit)").update();
		this.jdbc.sql("delete from officer o using bm_unit b where b.unit_id = o.unit_id").update();
		this.jdbc.sql("delete from unit u using bm_unit b where b.unit_id = u.id").update();
		this.jdbc.sql("drop table if exists bm_unit").update();
		this.jdbc.sql("drop table if exists bm_name").update();
	}

}
