package vn.thidua.award.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Award records as the pages, the exports and the API read them, each in one statement
 * (plus one count for a page of results, which stops at {@link #COUNT_LIMIT} records so
 * that a broad search does not count millions). Only the lines of recorded decisions that
 * no later decision has superseded count. A record is visible when the unit it was given
 * in is in the user's scope, or when it is an officer's and the officer's current unit
 * is: an officer who moved keeps their whole record, and a dissolved unit's records stay
 * with the subtree it belonged to.
 */
@Service
@RequiredArgsConstructor
public class AwardRecordQueries {

	/** Rows of one page of the search. */
	public static final int PAGE_SIZE = 50;

	/**
	 * The most records a search counts: beyond, the page says "more than" this number,
	 * pages through the first ones only and does not add up their amounts.
	 */
	public static final int COUNT_LIMIT = 10_000;

	/** The most rows an export writes; a larger search is refused with a message. */
	public static final int MAX_EXPORT_ROWS = 20_000;

	private static final String COLUMN_LIST = """
			r.id, d.id as decision_key, d.number, d.decided_on, d.authority, d.kind, r.unit_id, r.officer_id,
			       r.recipient_name, r.unit_name, r.rank, i.code, i.name_vi, i.name_en, i.category,
			       r.cash_multiple, r.amount, r.amount_reason, r.achievement
			""";

	private static final String COLUMNS = "select " + COLUMN_LIST;

	private static final String RECORDS = """
			from award_record r
			join award_decision d on d.id = r.decision_id and d.state = 'RECORDED' and d.superseded_by_id is null
			join award_catalogue_item i on i.id = r.item_id
			""";

	private static final String SELECT = COLUMNS + RECORDS;

	/**
	 * The scope rule of the search, row by row through the unit the record was given in
	 * (one lookup by id), and only when that unit is out of scope through the officer's
	 * current unit: never a list of every visible unit's officers, which at national size
	 * is hundreds of thousands.
	 */
	private static final String SCOPED = """
			join organization_unit_v ru on ru.id = r.unit_id
			""";

	private static final String VISIBLE = """
			(unit_visible(ru.id, ru.path, :all, :prefix, :unitId)
			 or exists (select 1 from organization_officer_v o join organization_unit_v ou on ou.id = o.unit_id
			            where o.id = r.officer_id and unit_visible(ou.id, ou.path, :all, :prefix, :unitId)))
			""";

	/** The search's order, newest decision first. */
	private static final String ORDER = " order by d.decided_on desc, d.id desc, r.line_no";

	private final JdbcClient jdbc;

	/**
	 * A page of the search, with the number of records found and the sum of their
	 * amounts; when more than {@link #COUNT_LIMIT} are found, {@code more} is set,
	 * {@code total} is the limit and the sum is unknown ({@code null}).
	 */
	public record Page(List<RecordRow> rows, long total, boolean more, Long totalAmount, int page, int totalPages) {

	}

	/**
	 * A page of the search, in one statement when at most {@link #COUNT_LIMIT} records
	 * are found: they are found once (words typed by the word index of V45, see
	 * {@link SearchWords}) with only what counting, adding up and sorting them needs, and
	 * only the page's rows are read whole. When more are found, a second statement reads
	 * the records in the decisions' order and stops at the page.
	 */
	@Transactional(readOnly = true)
	public Page search(RecordFilter filter) {
		Where where = where(filter);
		int size = PAGE_SIZE;
		long[] summary = new long[2];
		List<RecordRow> rows = this.jdbc.sql("with found as materialized (select r.id, r.amount, d.decided_on, "
				+ "d.id as decision_key, r.line_no from award_record r join award_decision d on d.id = r.decision_id "
				+ "and d.state = 'RECORDED' and d.superseded_by_id is null " + SCOPED + " where " + where.sql()
				+ " limit :cap), " + "summary as (select count(*) as found, coalesce(sum(f.amount), 0) as amount, "
				+ "least(:offset, greatest(count(*) - 1, 0) / :size * :size) as first from found f), "
				// past the limit the page comes from the second statement: nothing is
				// sorted
				+ "numbered as (select f.id, row_number() over (order by f.decided_on desc, f.decision_key desc, "
				+ "f.line_no) as n from found f where (select s.found from summary s) <= :limit), "
				+ "page as (select x.id, x.n from numbered x, summary s where x.n > s.first and x.n <= s.first + :size) "
				+ "select s.found, s.amount, " + COLUMN_LIST
				+ "from summary s left join (page p join award_record r on r.id = p.id "
				+ "join award_decision d on d.id = r.decision_id join award_catalogue_item i on i.id = r.item_id) on true "
				+ "order by p.n")
			.params(where.params())
			.param("cap", COUNT_LIMIT + 1)
			.param("limit", COUNT_LIMIT)
			.param("offset", (long) filter.pageOrFirst() * size)
			.param("size", size)
			.query((rs, i) -> {
				summary[0] = rs.getLong(1);
				summary[1] = rs.getLong(2);
				return rs.getObject(3) == null ? null : rowAfter(rs, 2);
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
		boolean more = summary[0] > COUNT_LIMIT;
		long total = Math.min(summary[0], COUNT_LIMIT);
		int pages = (int) Math.max(1, (total + size - 1) / size);
		int page = Math.min(filter.pageOrFirst(), pages - 1);
		if (more) {
			rows = this.jdbc.sql(SELECT + SCOPED + " where " + where.sql() + ORDER + " limit :limit offset :offset")
				.params(where.params())
				.param("limit", size)
				.param("offset", page * size)
				.query(AwardRecordQueries::row)
				.list();
		}
		return new Page(rows, total, more, more ? null : summary[1], page, pages);
	}

	/**
	 * Every record the search finds, for the export (at most {@link #MAX_EXPORT_ROWS}).
	 */
	@Transactional(readOnly = true)
	public List<RecordRow> export(RecordFilter filter) {
		Where where = where(filter);
		List<RecordRow> rows = this.jdbc.sql(SELECT + SCOPED + " where " + where.sql() + ORDER + " limit :limit")
			.params(where.params())
			.param("limit", MAX_EXPORT_ROWS + 1)
			.query(AwardRecordQueries::row)
			.list();
		if (rows.size() > MAX_EXPORT_ROWS) {
			throw new BusinessRuleException("award.record.error.exportTooLarge", MAX_EXPORT_ROWS);
		}
		return rows;
	}

	/** An officer as the record page heads it. */
	public record OfficerHead(long id, String fullName, String rank, String position, long unitId, String unitName) {

	}

	/**
	 * An officer's whole record, under whatever unit each was given; 404 outside scope.
	 */
	@Transactional(readOnly = true)
	public OfficerHead officer(long officerId) {
		Scope scope = CurrentUser.get().scope();
		return this.jdbc.sql("""
				select o.id, o.full_name, o.rank, o.position, u.id, u.name
				from organization_officer_v o join organization_unit_v u on u.id = o.unit_id
				where o.id = :officer and unit_visible(u.id, u.path, :all, :prefix, :unitId)""")
			.param("officer", officerId)
			.params(scope.parameters())
			.query((rs, i) -> new OfficerHead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6)))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<RecordRow> officerRecords(long officerId) {
		officer(officerId);
		return this.jdbc.sql(SELECT + " where r.officer_id = :officer order by d.decided_on desc, d.id desc")
			.param("officer", officerId)
			.query(AwardRecordQueries::row)
			.list();
	}

	/** A unit as the record page heads it, dissolved or not. */
	public record UnitHead(long id, String code, String name, LocalDate validTo) {

	}

	@Transactional(readOnly = true)
	public UnitHead unit(long unitId) {
		Scope scope = CurrentUser.get().scope();
		return this.jdbc.sql("""
				select u.id, u.code, u.name, u.valid_to from organization_unit_v u
				where u.id = :unit and unit_visible(u.id, u.path, :all, :prefix, :unitId)""")
			.param("unit", unitId)
			.params(scope.parameters())
			.query((rs, i) -> new UnitHead(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The records given in a unit: its own (collective) ones and its officers' while they
	 * served there.
	 */
	@Transactional(readOnly = true)
	public List<RecordRow> unitRecords(long unitId) {
		unit(unitId);
		return this.jdbc
			.sql(SELECT + " where r.unit_id = :unit order by r.officer_id nulls first, d.decided_on desc, d.id desc")
			.param("unit", unitId)
			.query(AwardRecordQueries::row)
			.list();
	}

	/**
	 * A unit's record page: the unit, the years in which its officers received awards
	 * there (newest first), the year shown and the records shown: the unit's own of every
	 * year and its officers' of that year only, since ten years of a unit's officers are
	 * hundreds of lines.
	 */
	public record UnitRecord(UnitHead unit, List<Integer> years, Integer year, List<RecordRow> records) {

	}

	/**
	 * The unit's record page for a year, or for the latest year with officers' records
	 * when none is asked; 404 outside scope.
	 */
	@Transactional(readOnly = true)
	public UnitRecord unitRecord(long unitId, Integer year) {
		UnitHead unit = unit(unitId);
		List<Integer> years = this.jdbc.sql("""
				select distinct d.year from award_record r
				join award_decision d on d.id = r.decision_id and d.state = 'RECORDED' and d.superseded_by_id is null
				where r.unit_id = :unit and r.officer_id is not null order by d.year desc""")
			.param("unit", unitId)
			.query(Integer.class)
			.list();
		Integer shown = year != null ? year : years.isEmpty() ? null : years.get(0);
		List<RecordRow> records = this.jdbc.sql(SELECT + """
				where r.unit_id = :unit and (r.officer_id is null or d.year = :year)
				order by r.officer_id nulls first, d.decided_on desc, d.id desc""")
			.param("unit", unitId)
			.param("year", shown == null ? -1 : shown)
			.query(AwardRecordQueries::row)
			.list();
		return new UnitRecord(unit, years, shown, records);
	}

	/**
	 * A decision's lines as records, for the API (the caller has checked the decision).
	 */
	List<RecordRow> decisionRecords(long decisionId) {
		return this.jdbc.sql("""
				select r.id, d.id, d.number, d.decided_on, d.authority, d.kind, r.unit_id, r.officer_id,
				       r.recipient_name, r.unit_name, r.rank, i.code, i.name_vi, i.name_en, i.category,
				       r.cash_multiple, r.amount, r.amount_reason, r.achievement
				from award_record r join award_decision d on d.id = r.decision_id
				join award_catalogue_item i on i.id = r.item_id
				where d.id = :id order by r.line_no""").param("id", decisionId).query(AwardRecordQueries::row).list();
	}

	/** The decisions a user reads in the list: issued within their scope. */
	public record DecisionRow(long id, String number, LocalDate decidedOn, String authority, String kind, String state,
			boolean superseded, long lines, long total) {

	}

	@Transactional(readOnly = true)
	public List<DecisionRow> decisions(Integer year) {
		Scope scope = CurrentUser.get().scope();
		if (CurrentUser.get().role().isUnitLevel()) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select d.id, d.number, d.decided_on, d.authority, d.kind, d.state, d.superseded_by_id is not null,
					       count(r.id), coalesce(sum(r.amount), 0)
					from award_decision d join organization_unit_v u on u.id = d.issuer_unit_id
					left join award_record r on r.decision_id = d.id
					where unit_visible(u.id, u.path, :all, :prefix, :unitId) and (cast(:year as int) is null or d.year = :year)
					group by d.id
					order by d.decided_on desc, d.id desc
					limit 500""")
			.params(scope.parameters())
			.param("year", year)
			.query((rs, i) -> new DecisionRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getLong(8), rs.getLong(9)))
			.list();
	}

	private record Where(String sql, Map<String, Object> params) {

	}

	private static Where where(RecordFilter filter) {
		Map<String, Object> params = CurrentUser.get().scope().parameters();
		StringBuilder sql = new StringBuilder(VISIBLE);
		if (filter.q() != null && !filter.q().isBlank()) {
			SearchWords words = SearchWords.typed(filter.q());
			if (words.isEmpty()) {
				// only signs, no letter or digit: no record holds such a word
				sql.append(" and false");
			}
			else {
				// written as a literal, not bound, so that each search is planned for its
				// own words: the planner's estimate of how many records hold them (from
				// the
				// column's statistics) decides between the index and reading the records
				// in
				// order, never a generic plan made for any words
				sql.append(" and r.search_words @@ cast('").append(words.tsquery()).append("' as tsquery)");
				if (words.phrase() != null) {
					sql.append(" and r.search_text ~ :phrase");
					params.put("phrase", words.phrase());
				}
			}
		}
		if (filter.unitId() != null) {
			sql.append(" and r.unit_id = :unit");
			params.put("unit", filter.unitId());
		}
		if (filter.item() != null && !filter.item().isBlank()) {
			sql.append(" and r.item_id in (select c.id from award_catalogue_item c where c.code = :item)");
			params.put("item", filter.item().strip());
		}
		if (filter.year() != null) {
			sql.append(" and d.year = :year");
			params.put("year", filter.year());
		}
		if (filter.number() != null && !filter.number().isBlank()) {
			sql.append(" and d.number_key like :number");
			params.put("number",
					"%" + AwardDecision.numberKey(filter.number())
						.replace("\\", "\\\\")
						.replace("%", "\\%")
						.replace("_", "\\_") + "%");
		}
		return new Where(sql.toString(), params);
	}

	private static RecordRow row(ResultSet rs, int i) throws SQLException {
		return rowAfter(rs, 0);
	}

	/** A record whose 19 columns follow the first {@code skip} of the result. */
	private static RecordRow rowAfter(ResultSet rs, int skip) throws SQLException {
		int c = skip;
		return new RecordRow(rs.getLong(c + 1), rs.getLong(c + 2), rs.getString(c + 3),
				rs.getObject(c + 4, LocalDate.class), rs.getString(c + 5), rs.getString(c + 6), rs.getLong(c + 7),
				(Long) rs.getObject(c + 8), rs.getString(c + 9), rs.getString(c + 10), rs.getString(c + 11),
				rs.getString(c + 12), rs.getString(c + 13), rs.getString(c + 14), rs.getString(c + 15),
				rs.getBigDecimal(c + 16), rs.getLong(c + 17), rs.getString(c + 18), rs.getString(c + 19));
	}

}
