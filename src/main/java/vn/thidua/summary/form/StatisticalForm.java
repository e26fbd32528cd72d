package vn.thidua.summary.form;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static vn.thidua.summary.form.FormLine.heading;
import static vn.thidua.summary.form.FormLine.leaf;
import static vn.thidua.summary.form.FormLine.sum;

/**
 * The national statistical forms of the emulation and commendation work (Circular
 * 02/2023/TT-BNV of the Ministry of Home Affairs, "Chế độ báo cáo thống kê ngành Nội
 * vụ"), with their rows and columns as ADR 0019 derives them, and the SQL that gives each
 * counted object its leaf codes. Every statement takes {@code :year} and the organiser's
 * subtree {@code :prefix} and reads only what the campaign and award modules publish (ADR
 * 0008) and the summary's own {@code summary_form_item}.
 */
public enum StatisticalForm {

	/** Số phong trào thi đua: campaigns launched in the year. */
	F0601("0601", Counted.CAMPAIGNS,
			List.of(sum("TOTAL", 0, "L_PROVINCE", "L_DEPARTMENT", "L_COMMUNE", "L_TEAM"), leaf("L_PROVINCE", 1),
					leaf("L_DEPARTMENT", 1), leaf("L_COMMUNE", 1), leaf("L_TEAM", 1)),
			List.of(sum("TOTAL", 0, "K_REGULAR", "K_THEMATIC"), leaf("K_REGULAR", "kind"), leaf("K_THEMATIC", "kind"),
					leaf("S_CLUSTERS", "scope"), leaf("S_UNITS", "scope"), leaf("D_SHORT", "duration"),
					leaf("D_MEDIUM", "duration"), leaf("D_LONG", "duration")),
			"""
					select case when u.kind in ('MINISTRY', 'PROVINCIAL_POLICE') then 'L_PROVINCE'
					            when u.kind in ('DEPARTMENT', 'DISTRICT_POLICE') then 'L_DEPARTMENT'
					            when u.kind = 'COMMUNE_POLICE' then 'L_COMMUNE' else 'L_TEAM' end as row_code,
					       x.col_code, k.id as object_id
					from campaign_statistic_v k
					join organization_unit_v u on u.id = k.organizer_id
					cross join lateral (values
					    (case when k.kind = 'REGULAR' then 'K_REGULAR' else 'K_THEMATIC' end),
					    (case when k.clusters > 0 then 'S_CLUSTERS' else 'S_UNITS' end),
					    (case when k.end_date >= k.start_date + interval '1 year' - interval '1 day' then 'D_LONG'
					          when k.end_date >= k.start_date + interval '3 months' - interval '1 day' then 'D_MEDIUM'
					          else 'D_SHORT' end)) x(col_code)
					where k.year = :year and k.state <> 'DRAFT'
					  and k.organizer_id in (select s.id from subtree_unit_ids(:prefix) s)
					""", null),

	/** Khen thưởng cấp Nhà nước: state-level commendations decided in the year. */
	F0602("0602", Counted.RECORDS,
			List.of(sum("TOTAL", 0, "HC_1", "HC_2", "HC_3", "HCH_1", "HCH_2", "HCH_3", "VINH_DU", "CSTD_TQ", "CO_CP",
					"BK_TTG"), sum("HUAN_CHUONG", 0, "HC_1", "HC_2", "HC_3"), leaf("HC_1", 1), leaf("HC_2", 1),
					leaf("HC_3", 1), sum("HUY_CHUONG", 0, "HCH_1", "HCH_2", "HCH_3"), leaf("HCH_1", 1),
					leaf("HCH_2", 1), leaf("HCH_3", 1), leaf("VINH_DU", 0), leaf("CSTD_TQ", 0), leaf("CO_CP", 0),
					leaf("BK_TTG", 0)),
			List.of(sum("TOTAL", 0, "C_COLLECTIVE", "C_INDIVIDUAL"), leaf("C_COLLECTIVE", null),
					leaf("C_INDIVIDUAL", null)),
			"""
					select m.line_code as row_code,
					       case when r.collective then 'C_COLLECTIVE' else 'C_INDIVIDUAL' end as col_code,
					       r.record_id as object_id
					from award_statistic_record_v r
					join summary_form_item m on m.form_code = '0602' and m.item_code = r.item_code
					where r.year = :year and r.unit_id in (select s.id from subtree_unit_ids(:prefix) s)
					""", """
					select m.line_code as row_code,
					       case when t.collective then 'C_COLLECTIVE' else 'C_INDIVIDUAL' end as col_code,
					       t.records as objects
					from award_record_tally_v t
					join summary_form_item m on m.form_code = '0602' and m.item_code = t.item_code
					where t.year = :year and t.unit_id in (select s.id from subtree_unit_ids(:prefix) s)
					"""),

	/**
	 * Khen thưởng cấp Bộ, ngành, tỉnh: ministry- and province-level commendations decided
	 * in the year.
	 */
	F0603("0603", Counted.RECORDS,
			List.of(sum("TOTAL", 0, "R_COLLECTIVE", "R_LEADER", "R_FRONTLINE"), heading("BY_RECIPIENT"),
					leaf("R_COLLECTIVE", 0), sum("R_INDIVIDUAL", 0, "R_LEADER", "R_FRONTLINE"), leaf("R_LEADER", 1),
					leaf("R_FRONTLINE", 1), heading("BY_KIND"), leaf("K_REGULAR", 0), leaf("K_THEMATIC", 0),
					leaf("K_ONE_OFF", 0), leaf("K_FOREIGN", 0), leaf("K_CAREER", 0), leaf("K_LENGTH_OF_SERVICE", 0)),
			List.of(sum("TOTAL", 0, "BANG_KHEN", "CSTD", "CO", "KNC"), leaf("BANG_KHEN", null), leaf("CSTD", null),
					leaf("CO", null), leaf("KNC", null)),
			"""
					select x.row_code, m.line_code as col_code, r.record_id as object_id
					from award_statistic_record_v r
					join summary_form_item m on m.form_code = '0603' and m.item_code = r.item_code
					cross join lateral (values
					    (case when r.collective then 'R_COLLECTIVE' when r.leader then 'R_LEADER' else 'R_FRONTLINE' end),
					    ('K_' || r.kind)) x(row_code)
					where r.year = :year and r.unit_id in (select s.id from subtree_unit_ids(:prefix) s)
					""",
			"""
					select x.row_code, m.line_code as col_code, t.records as objects
					from award_record_tally_v t
					join summary_form_item m on m.form_code = '0603' and m.item_code = t.item_code
					cross join lateral (values
					    (case when t.collective then 'R_COLLECTIVE' when t.leader then 'R_LEADER' else 'R_FRONTLINE' end),
					    ('K_' || t.decision_kind)) x(row_code)
					where t.year = :year and t.unit_id in (select s.id from subtree_unit_ids(:prefix) s)
					""");

	/** What a form counts, which decides the list of a cell. */
	public enum Counted {

		CAMPAIGNS, RECORDS

	}

	private final String code;

	private final Counted counted;

	private final List<FormLine> rows;

	private final List<FormLine> columns;

	private final String leavesSql;

	private final String countsSql;

	/**
	 * @param leavesSql each counted object with its leaf codes
	 * @param countsSql the same counts from the award module's tally (ADR 0021), each row
	 * (row_code, col_code, objects) a number of objects; {@code null} to count the leaves
	 */
	StatisticalForm(String code, Counted counted, List<FormLine> rows, List<FormLine> columns, String leavesSql,
			String countsSql) {
		this.code = code;
		this.counted = counted;
		this.rows = rows;
		this.columns = columns;
		this.leavesSql = leavesSql;
		this.countsSql = countsSql != null ? countsSql
				: "select l.row_code, l.col_code, 1 as objects from (" + leavesSql + ") l";
	}

	/** "0601", as in the URL. */
	public String code() {
		return this.code;
	}

	/** "0601.N", as printed on the form. */
	public String number() {
		return this.code + ".N";
	}

	public Counted counted() {
		return this.counted;
	}

	public List<FormLine> rows() {
		return this.rows;
	}

	public List<FormLine> columns() {
		return this.columns;
	}

	/** The statement giving each counted object its leaf codes (row_code, col_code). */
	String leavesSql() {
		return this.leavesSql;
	}

	/**
	 * The statement giving numbers of objects by leaf codes (row_code, col_code,
	 * objects): the same objects as {@link #leavesSql()}, counted from a tally where the
	 * records are many (StatisticalFormTests checks every cell against its list).
	 */
	String countsSql() {
		return this.countsSql;
	}

	public Optional<FormLine> row(String code) {
		return this.rows.stream().filter(l -> l.code().equals(code) && !l.isHeading()).findFirst();
	}

	public Optional<FormLine> column(String code) {
		return this.columns.stream().filter(l -> l.code().equals(code)).findFirst();
	}

	/** The message key of a line's label: "summary.form.0601.row.L_PROVINCE". */
	public String rowKey(FormLine line) {
		return "summary.form." + this.code + ".row." + line.code();
	}

	public String columnKey(FormLine line) {
		return "summary.form." + this.code + ".col." + line.code();
	}

	/** The form of a URL ("0601" or "0601.N"), if there is one. */
	public static Optional<StatisticalForm> of(String code) {
		String plain = code == null ? "" : code.replace(".N", "").replace(".n", "");
		return Arrays.stream(values()).filter(f -> f.code.equals(plain)).findFirst();
	}

}
