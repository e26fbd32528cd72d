package vn.thidua.summary.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.summary.Organisers;
import vn.thidua.summary.Organisers.Organiser;
import vn.thidua.shared.web.NotFoundException;

/**
 * The statistical forms of an organiser's year, computed in SQL: one statement names the
 * organiser, one counts every leaf cell of a form (grouped by its row and column leaf
 * codes); the lines of the form are sums of leaf cells, so that totals add up by
 * construction. A cell's list is one more statement over the same leaf codes, so the
 * records behind a cell are exactly the ones it counts.
 * <p>
 * The forms are the organiser's: the provincial staff and leadership see their whole
 * subtree; administrators and unit users are answered "not found" (a unit does not send
 * these forms, ADR 0019).
 */
@Service
@RequiredArgsConstructor
public class FormQueries {

	/** The first and last reporting years accepted. */
	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	private final JdbcClient jdbc;

	private final Organisers organisers;

	/** A row of a computed form: its printed number and one count per column. */
	public record FormRow(FormLine line, String number, List<Long> counts) {

	}

	/** A computed form. */
	public record FormTable(StatisticalForm form, int year, Organiser organiser, List<FormLine> columns,
			List<FormRow> rows) {

		/** The count of a cell by its row and column codes. */
		public long count(String row, String column) {
			int c = indexOf(this.columns, column);
			return this.rows.stream()
				.filter(r -> r.line().code().equals(row) && !r.line().isHeading())
				.findFirst()
				.map(r -> r.counts().get(c))
				.orElseThrow();
		}

		private static int indexOf(List<FormLine> lines, String code) {
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).code().equals(code)) {
					return i;
				}
			}
			throw new IllegalArgumentException(code);
		}

	}

	/** An award record behind a cell. */
	public record CellRecord(long id, long decisionId, String number, LocalDate decidedOn, String authority,
			String kind, String recipientName, String rank, String position, String unitName, String itemVi,
			String itemEn, boolean collective, boolean leader, long unitId, Long officerId) {

		public String itemName(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.itemEn : this.itemVi;
		}

	}

	/** A campaign behind a cell. */
	public record CellCampaign(long id, String name, String kind, String organiserName, LocalDate startDate,
			LocalDate endDate, long clusters, long units, String state) {

	}

	/** What a cell counts. */
	public record CellList(StatisticalForm form, int year, Organiser organiser, FormLine row, FormLine column,
			List<CellRecord> records, List<CellCampaign> campaigns) {

		public int count() {
			return this.records.size() + this.campaigns.size();
		}

	}

	/**
	 * The organiser whose forms are asked for: the user's own unit, or, for a user above
	 * the province (the ministry), one provincial police below it, as the summary narrows
	 * ({@link Organisers}); 404 for anything else and for users who do not see a subtree.
	 */
	@Transactional(readOnly = true)
	public Organiser organiser(Long organizerId) {
		CurrentUser user = CurrentUser.get();
		if (!user.role().seesSubtree() || user.unitId() == null) {
			throw new NotFoundException();
		}
		return this.organisers.of(user.unitId(), organizerId);
	}

	/** A form of the organiser's year: two statements. */
	@Transactional(readOnly = true)
	public FormTable table(StatisticalForm form, int year) {
		return table(form, year, (Long) null);
	}

	/** A form of the year of an organiser ({@link #organiser(Long)}): two statements. */
	@Transactional(readOnly = true)
	public FormTable table(StatisticalForm form, int year, Long organizerId) {
		checkYear(year);
		return table(form, year, organiser(organizerId));
	}

	/** A form of the year of an organiser already resolved: one statement. */
	private FormTable table(StatisticalForm form, int year, Organiser organiser) {
		Map<String, Map<String, Long>> leaves = new HashMap<>();
		this.jdbc.sql("select c.row_code, c.col_code, sum(c.objects) from (" + form.countsSql() + ") c group by 1, 2")
			.param("year", year)
			.param("prefix", organiser.prefix())
			.query((java.sql.ResultSet rs) -> {
				leaves.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
			});
		List<FormRow> rows = new ArrayList<>();
		int number = 0;
		for (FormLine row : form.rows()) {
			if (row.isHeading()) {
				rows.add(new FormRow(row, null, null));
				continue;
			}
			List<Long> counts = new ArrayList<>();
			for (FormLine column : form.columns()) {
				long sum = 0;
				for (String r : row.leaves()) {
					Map<String, Long> byColumn = leaves.getOrDefault(r, Map.of());
					for (String c : column.leaves()) {
						sum += byColumn.getOrDefault(c, 0L);
					}
				}
				counts.add(sum);
			}
			number++;
			rows.add(new FormRow(row, String.format(Locale.ROOT, "%02d", number), List.copyOf(counts)));
		}
		return new FormTable(form, year, organiser, form.columns(), rows);
	}

	/** The three forms of the organiser's year. */
	@Transactional(readOnly = true)
	public List<FormTable> tables(int year, Long organizerId) {
		checkYear(year);
		Organiser organiser = organiser(organizerId);
		List<FormTable> tables = new ArrayList<>();
		for (StatisticalForm form : StatisticalForm.values()) {
			tables.add(table(form, year, organiser));
		}
		return tables;
	}

	/** The records or campaigns a cell counts; 404 for a line the form does not have. */
	@Transactional(readOnly = true)
	public CellList cell(StatisticalForm form, int year, String rowCode, String columnCode) {
		return cell(form, year, rowCode, columnCode, null);
	}

	/** The records or campaigns a cell of an organiser's form counts. */
	@Transactional(readOnly = true)
	public CellList cell(StatisticalForm form, int year, String rowCode, String columnCode, Long organizerId) {
		checkYear(year);
		Organiser organiser = organiser(organizerId);
		FormLine row = form.row(rowCode).orElseThrow(NotFoundException::new);
		FormLine column = form.column(columnCode).orElseThrow(NotFoundException::new);
		String objects = "select c.object_id from (" + form.leavesSql()
				+ ") c where c.row_code in (:rows) and c.col_code in (:cols)";
		if (form.counted() == StatisticalForm.Counted.CAMPAIGNS) {
			List<CellCampaign> campaigns = this.jdbc.sql("""
					select k.id, k.name, k.kind, u.name, k.start_date, k.end_date, k.clusters, k.units, k.state
					from campaign_statistic_v k join organization_unit_v u on u.id = k.organizer_id
					where k.id in (""" + objects + ") order by k.start_date, k.sort_key, k.id")
				.param("year", year)
				.param("prefix", organiser.prefix())
				.param("rows", row.leaves())
				.param("cols", column.leaves())
				.query((rs, i) -> new CellCampaign(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getLong(7),
						rs.getLong(8), rs.getString(9)))
				.list();
			return new CellList(form, year, organiser, row, column, List.of(), campaigns);
		}
		List<CellRecord> records = this.jdbc.sql("""
				select r.record_id, r.decision_id, r.number, r.decided_on, r.authority, r.kind, r.recipient_name,
				       r.rank, r.position, r.unit_name, r.item_name_vi, r.item_name_en, r.collective, r.leader,
				       r.unit_id, r.officer_id
				from award_statistic_record_v r
				where r.record_id in (""" + objects + ") order by r.decided_on, r.number, r.record_id")
			.param("year", year)
			.param("prefix", organiser.prefix())
			.param("rows", row.leaves())
			.param("cols", column.leaves())
			.query((rs, i) -> new CellRecord(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
					rs.getBoolean(13), rs.getBoolean(14), rs.getLong(15), (Long) rs.getObject(16, Long.class)))
			.list();
		return new CellList(form, year, organiser, row, column, records, List.of());
	}

	static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new NotFoundException();
		}
	}

}
