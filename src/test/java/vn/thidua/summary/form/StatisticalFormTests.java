package vn.thidua.summary.form;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.TestUsers;
import vn.thidua.shared.document.LibreOfficeReadBack;
import vn.thidua.shared.document.PdfChecks;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.summary.form.FormChecks.Kind;
import vn.thidua.summary.form.FormQueries.FormTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The three forms of a small province made for this test (removed afterwards), every cell
 * worked out by hand below, checked through the service, the page, the API and the
 * workbook read back.
 * <p>
 * The province "Công an tỉnh Thử Biểu" (P) has departments D1, D2, D3 (D4 dissolved in
 * 2025), commune police C1 and team T1 under D1. Campaigns of 2026 (not drafts):
 * <ul>
 * <li>K1 P regular, 01/01-31/12, a cluster: province, regular, clusters, ≥ 1 year;</li>
 * <li>K2 P peak, 01/03-30/05 (one day short of 3 months): province, thematic, units, &lt;
 * 3 months;</li>
 * <li>K3 D1 thematic, 01/02-31/07: department, thematic, units, 3 months-1 year;</li>
 * <li>K8 D2 regular, 01/03-31/05 (exactly 3 months): department, regular, units, 3
 * months-1 year;</li>
 * <li>K4 C1 celebration, August: commune, thematic, units, &lt; 3 months;</li>
 * <li>K5 T1 regular, the year, a cluster: team, regular, clusters, ≥ 1 year;</li>
 * <li>not counted: K6 (P, a draft) and K7 (P, 2025).</li>
 * </ul>
 * Award records of 2026 (issuer P), with officers O1 "Trưởng phòng" (D1), O2 "Cán bộ"
 * (D1), O3 "Phó Đội trưởng" (T1), O4 no position (C1), O5 "Đội phó" (D2), O6 "Chiến sĩ"
 * (C1):
 * <ul>
 * <li>A1 minister, regular: r1 BK Bộ D1, r2 BK Bộ O1, r3 CSTĐ Bộ O2, r4 Cờ Bộ D2;</li>
 * <li>A2 province chair, thematic: r5 BK tỉnh O3, r6 BK tỉnh O4, r7 Cờ tỉnh C1;</li>
 * <li>A3 one-off: r8 KNC O5; A4 length of service: r9 KNC O6; A5 foreign: r10 BK Bộ O6;
 * A6 career: r11 BK Bộ T1;</li>
 * <li>A7 (regular, CSTĐ Bộ O2) is superseded by A8 (regular: r12 BK Bộ D3): only r12
 * counts;</li>
 * <li>S1 president: HC Chiến công hạng Ba D1, HC BVTQ hạng Nhì O1, HCCSVV hạng Nhất O2,
 * HCCSVV hạng Ba O3, and a test item of the president that no form counts (O6);</li>
 * <li>S2 prime minister: BK TTg D2, BK TTg O5, CSTĐ toàn quốc O1, Cờ Chính phủ P;</li>
 * <li>G1 director: Giấy khen O2, ĐVQT D1, ĐVTT C1 (in no form);</li>
 * <li>not counted: a draft (BK Bộ O1), a recorded decision without lines, a 2025 decision
 * (BK Bộ D1).</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticalFormTests {

	static final int YEAR = 2026;

	static final String PREFIX = "TBX-";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FormQueries queries;

	@Autowired
	FormChecks checks;

	@Autowired
	UserDetailsService users;

	final Map<String, Long> ids = new HashMap<>();

	final List<Long> units = new ArrayList<>();

	CurrentUser staff;

	// ------------------------------------------------------------------ hand-computed

	/** 0601.N: rows TOTAL, province, department, commune, team. */
	static final long[][] F0601 = {
			// TOTAL, REGULAR, THEMATIC, CLUSTERS, UNITS, <3m, 3m-1y, >=1y
			{ 6, 3, 3, 2, 4, 2, 2, 2 }, // total
			{ 2, 1, 1, 1, 1, 1, 0, 1 }, // K1, K2
			{ 2, 1, 1, 0, 2, 0, 2, 0 }, // K3, K8
			{ 1, 0, 1, 0, 1, 1, 0, 0 }, // K4
			{ 1, 1, 0, 1, 0, 0, 0, 1 } }; // K5

	/** 0602.N rows in order, columns TOTAL, collectives, individuals. */
	static final Map<String, long[]> F0602 = Map.ofEntries(Map.entry("TOTAL", new long[] { 8, 3, 5 }),
			Map.entry("HUAN_CHUONG", new long[] { 2, 1, 1 }), Map.entry("HC_1", new long[] { 0, 0, 0 }),
			Map.entry("HC_2", new long[] { 1, 0, 1 }), Map.entry("HC_3", new long[] { 1, 1, 0 }),
			Map.entry("HUY_CHUONG", new long[] { 2, 0, 2 }), Map.entry("HCH_1", new long[] { 1, 0, 1 }),
			Map.entry("HCH_2", new long[] { 0, 0, 0 }), Map.entry("HCH_3", new long[] { 1, 0, 1 }),
			Map.entry("VINH_DU", new long[] { 0, 0, 0 }), Map.entry("CSTD_TQ", new long[] { 1, 0, 1 }),
			Map.entry("CO_CP", new long[] { 1, 1, 0 }), Map.entry("BK_TTG", new long[] { 2, 1, 1 }));

	/** 0603.N, columns TOTAL, Bằng khen, CSTĐ, Cờ, KNC. */
	static final Map<String, long[]> F0603 = Map.ofEntries(Map.entry("TOTAL", new long[] { 12, 7, 1, 2, 2 }),
			// r1, r4, r7, r11, r12
			Map.entry("R_COLLECTIVE", new long[] { 5, 3, 0, 2, 0 }),
			Map.entry("R_INDIVIDUAL", new long[] { 7, 4, 1, 0, 2 }),
			// r2, r5, r8
			Map.entry("R_LEADER", new long[] { 3, 2, 0, 0, 1 }),
			// r3, r6, r9, r10
			Map.entry("R_FRONTLINE", new long[] { 4, 2, 1, 0, 1 }),
			// r1, r2, r3, r4, r12
			Map.entry("K_REGULAR", new long[] { 5, 3, 1, 1, 0 }),
			// r5, r6, r7
			Map.entry("K_THEMATIC", new long[] { 3, 2, 0, 1, 0 }), Map.entry("K_ONE_OFF", new long[] { 1, 0, 0, 0, 1 }),
			Map.entry("K_FOREIGN", new long[] { 1, 1, 0, 0, 0 }), Map.entry("K_CAREER", new long[] { 1, 1, 0, 0, 0 }),
			Map.entry("K_LENGTH_OF_SERVICE", new long[] { 1, 0, 0, 0, 1 }));

	// ------------------------------------------------------------------ the data set

	@BeforeAll
	void makeTheProvince() {
		long p = unit("P", "Công an tỉnh Thử Biểu", "PROVINCIAL_POLICE", null, null);
		long d1 = unit("D1", "Phòng Thử Một", "DEPARTMENT", p, null);
		long d2 = unit("D2", "Phòng Thử Hai", "DEPARTMENT", p, null);
		long d3 = unit("D3", "Phòng Thử Ba", "DEPARTMENT", p, null);
		unit("D4", "Phòng Thử Bốn", "DEPARTMENT", p, LocalDate.of(2025, 6, 30));
		long c1 = unit("C1", "Công an xã Thử Năm", "COMMUNE_POLICE", p, null);
		long t1 = unit("T1", "Đội Thử Sáu", "TEAM", d1, null);
		String pPath = this.jdbc.sql("select path from unit where id = :id")
			.param("id", p)
			.query(String.class)
			.single();
		this.staff = new CurrentUser(-77, "tbx.staff", "Cán bộ thử", Role.PROVINCE_STAFF, p, pPath, null, true, true,
				false);
		long cluster = this.jdbc.sql("""
				insert into emulation_cluster (organizer_id, year, name, sort_key)
				values (:p, 2026, 'Khối Thử', '\\x01'::bytea) returning id""").param("p", p).query(Long.class).single();
		this.ids.put("cluster", cluster);
		campaign("K1", p, "REGULAR", 2026, "2026-01-01", "2026-12-31", "LAUNCHED", cluster);
		campaign("K2", p, "PEAK", 2026, "2026-03-01", "2026-05-30", "CLOSED", null);
		campaign("K3", d1, "THEMATIC", 2026, "2026-02-01", "2026-07-31", "SUMMARISED", null);
		campaign("K8", d2, "REGULAR", 2026, "2026-03-01", "2026-05-31", "LAUNCHED", null);
		campaign("K4", c1, "CELEBRATION", 2026, "2026-08-01", "2026-08-31", "LAUNCHED", null);
		campaign("K5", t1, "REGULAR", 2026, "2026-01-01", "2026-12-31", "LAUNCHED", cluster);
		campaign("K6", p, "THEMATIC", 2026, "2026-04-01", "2026-04-30", "DRAFT", null);
		campaign("K7", p, "REGULAR", 2025, "2025-01-01", "2025-12-31", "CLOSED", null);

		long o1 = officer("O1", "Nguyễn Thử Một", "Trưởng phòng", d1);
		long o2 = officer("O2", "Trần Thử Hai", "Cán bộ", d1);
		long o3 = officer("O3", "Lê Thử Ba", "Phó Đội trưởng", t1);
		long o4 = officer("O4", "Phạm Thử Bốn", null, c1);
		long o5 = officer("O5", "Hoàng Thử Năm", "Đội phó", d2);
		long o6 = officer("O6", "Vũ Thử Sáu", "Chiến sĩ", c1);
		this.jdbc.sql("""
				insert into award_catalogue_item (code, category, recipient, name_vi, name_en, authority, valid_from,
				    sort_order)
				values ('TBX_HC_LD', 'FORM', 'INDIVIDUAL', 'Huân chương Lao động (thử)', 'Labour Order (test)',
				    'PRESIDENT', '2018-01-01', 999)""").update();

		long a1 = decision("A1", p, "MINISTER", "REGULAR", "2026-06-01", "RECORDED");
		line(a1, d1, null, "BK_BO");
		line(a1, d1, o1, "BK_BO");
		line(a1, d1, o2, "CSTD_BO");
		line(a1, d2, null, "CO_BO");
		long a2 = decision("A2", p, "PROVINCE_CHAIR", "THEMATIC", "2026-07-01", "RECORDED");
		line(a2, t1, o3, "BK_TINH");
		line(a2, c1, o4, "BK_TINH");
		line(a2, c1, null, "CO_TINH");
		line(decision("A3", p, "MINISTER", "ONE_OFF", "2026-03-15", "RECORDED"), d2, o5, "KY_NIEM_CHUONG");
		line(decision("A4", p, "MINISTER", "LENGTH_OF_SERVICE", "2026-08-19", "RECORDED"), c1, o6, "KY_NIEM_CHUONG");
		line(decision("A5", p, "MINISTER", "FOREIGN", "2026-09-02", "RECORDED"), c1, o6, "BK_BO");
		line(decision("A6", p, "MINISTER", "CAREER", "2026-10-10", "RECORDED"), t1, null, "BK_BO");
		long a7 = decision("A7", p, "MINISTER", "REGULAR", "2026-04-01", "RECORDED");
		line(a7, d1, o2, "CSTD_BO");
		long a8 = decision("A8", p, "MINISTER", "REGULAR", "2026-04-20", "RECORDED");
		line(a8, d3, null, "BK_BO");
		this.jdbc
			.sql("update award_decision set amends_id = :a7, amendment_reason = 'Sửa người được khen' where id = :a8")
			.param("a7", a7)
			.param("a8", a8)
			.update();
		this.jdbc.sql("update award_decision set superseded_by_id = :a8 where id = :a7")
			.param("a7", a7)
			.param("a8", a8)
			.update();
		long s1 = decision("S1", p, "PRESIDENT", "REGULAR", "2026-05-05", "RECORDED");
		line(s1, d1, null, "HC_CHIEN_CONG_3");
		line(s1, d1, o1, "HC_BVTQ_2");
		line(s1, d1, o2, "HCCSVV_1");
		line(s1, t1, o3, "HCCSVV_3");
		line(s1, c1, o6, "TBX_HC_LD");
		long s2 = decision("S2", p, "PRIME_MINISTER", "REGULAR", "2026-05-06", "RECORDED");
		line(s2, d2, null, "BK_TTG");
		line(s2, d2, o5, "BK_TTG");
		line(s2, d1, o1, "CSTD_TOAN_QUOC");
		line(s2, p, null, "CO_CHINH_PHU");
		long g1 = decision("G1", p, "DIRECTOR", "REGULAR", "2026-12-01", "RECORDED");
		line(g1, d1, o2, "GIAY_KHEN");
		line(g1, d1, null, "DVQT");
		line(g1, c1, null, "DVTT");
		line(decision("DR", p, "MINISTER", "REGULAR", "2026-11-01", "DRAFT"), d1, o1, "BK_BO");
		decision("E1", p, "MINISTER", "REGULAR", "2026-11-02", "RECORDED");
		line(decision("Y1", p, "MINISTER", "REGULAR", "2025-06-01", "RECORDED"), d1, null, "BK_BO");
	}

	@AfterAll
	void removeTheProvince() {
		this.jdbc.sql("update award_decision set superseded_by_id = null where number like 'TBX-%'").update();
		this.jdbc.sql("delete from award_decision where amends_id is not null and number like 'TBX-%'").update();
		this.jdbc.sql("delete from award_decision where number like 'TBX-%'").update();
		this.jdbc.sql("delete from award_catalogue_item where code = 'TBX_HC_LD'").update();
		this.jdbc.sql("delete from campaign where name like 'TBX-%'").update();
		this.jdbc.sql("delete from emulation_cluster where name = 'Khối Thử' and organizer_id = :p")
			.param("p", this.units.get(0))
			.update();
		this.jdbc.sql("delete from officer where search_text like 'tbx-%'").update();
		List<Long> reversed = new ArrayList<>(this.units);
		java.util.Collections.reverse(reversed);
		for (long unit : reversed) {
			this.jdbc.sql("delete from unit where id = :id").param("id", unit).update();
		}
	}

	private long unit(String key, String name, String kind, Long parent, LocalDate validTo) {
		String parentPath = parent == null ? "/"
				: this.jdbc.sql("select path from unit where id = :id")
					.param("id", parent)
					.query(String.class)
					.single();
		long id = this.jdbc.sql("""
				insert into unit (code, name, kind, parent_id, path, depth, headcount, valid_from, valid_to,
				    search_text, sort_key)
				values (:code, :name, :kind, :parent, '/', :depth, 10, '2020-01-01', :to, :search, '\\x01'::bytea)
				returning id""")
			.param("code", PREFIX + key)
			.param("name", name)
			.param("kind", kind)
			.param("parent", parent)
			.param("depth", parent == null ? 0 : parentPath.split("/").length - 1)
			.param("to", validTo)
			.param("search", "tbx-" + key.toLowerCase())
			.query(Long.class)
			.single();
		this.jdbc.sql("update unit set path = :path where id = :id")
			.param("path", parentPath + id + "/")
			.param("id", id)
			.update();
		this.ids.put(key, id);
		this.units.add(id);
		return id;
	}

	private void campaign(String key, long organiser, String kind, int year, String start, String end, String state,
			Long cluster) {
		long id = this.jdbc
			.sql("""
					insert into campaign (organizer_id, name, kind, year, start_date, end_date, state, launched_at, sort_key)
					values (:o, :name, :kind, :year, cast(:start as date), cast(:end as date), :state,
					    case when :state = 'DRAFT' then null else now() end, '\\x01'::bytea) returning id""")
			.param("o", organiser)
			.param("name", PREFIX + key)
			.param("kind", kind)
			.param("year", year)
			.param("start", start)
			.param("end", end)
			.param("state", state)
			.query(Long.class)
			.single();
		if (cluster != null) {
			this.jdbc.sql("insert into campaign_cluster (campaign_id, cluster_id) values (:k, :c)")
				.param("k", id)
				.param("c", cluster)
				.update();
		}
		else {
			this.jdbc.sql("insert into campaign_unit (campaign_id, unit_id) values (:k, :u)")
				.param("k", id)
				.param("u", organiser)
				.update();
		}
		this.ids.put(key, id);
	}

	private long officer(String key, String name, String position, long unit) {
		long id = this.jdbc.sql("""
				insert into officer (full_name, rank, position, unit_id, search_text, sort_key)
				values (:name, 'Đại úy', :position, :unit, :search, '\\x01'::bytea) returning id""")
			.param("name", name)
			.param("position", position)
			.param("unit", unit)
			.param("search", "tbx-" + key.toLowerCase())
			.query(Long.class)
			.single();
		this.ids.put(key, id);
		return id;
	}

	private long decision(String key, long issuer, String authority, String kind, String date, String state) {
		long id = this.jdbc.sql("""
				insert into award_decision (issuer_unit_id, authority, number, number_key, number_scope, year,
				    decided_on, signer, kind, state, base_salary, created_by, recorded_by, recorded_at)
				values (:issuer, :authority, :number, :number, 0, extract(year from cast(:date as date)),
				    cast(:date as date), 'Người ký thử', :kind, :state, 2340000, 'tbx',
				    case when :state = 'RECORDED' then 'tbx' end, case when :state = 'RECORDED' then now() end)
				returning id""")
			.param("issuer", issuer)
			.param("authority", authority)
			.param("number", PREFIX + key + "/QĐ")
			.param("date", date)
			.param("kind", kind)
			.param("state", state)
			.query(Long.class)
			.single();
		this.ids.put(key, id);
		return id;
	}

	private void line(long decision, long unit, Long officer, String item) {
		String recipient = officer == null ? "COLLECTIVE" : "INDIVIDUAL";
		this.jdbc.sql("""
				insert into award_record (decision_id, line_no, unit_id, officer_id, recipient_name, unit_name, rank,
				    position, item_id, achievement, catalogue_amount, amount, search_text, sort_key)
				select :d, coalesce((select max(line_no) from award_record where decision_id = :d), 0) + 1, u.id, o.id,
				       coalesce(o.full_name, u.name), u.name, o.rank, o.position,
				       (select i.id from award_catalogue_item i where i.code = :item and i.recipient = :recipient
				        order by i.valid_from desc limit 1),
				       'Thành tích thử', 0, 0, 'tbx', '\\x01'::bytea
				from unit u left join officer o on o.id = :officer where u.id = :unit""")
			.param("d", decision)
			.param("item", item)
			.param("recipient", recipient)
			.param("officer", officer)
			.param("unit", unit)
			.update();
	}

	private <T> T asStaff(java.util.function.Supplier<T> work) {
		return CurrentUser.runAs(this.staff, work);
	}

	private RequestPostProcessor staff() {
		return user(this.staff);
	}

	// ------------------------------------------------------------------ the service

	@Test
	void form0601CountsTheCampaignsLaunchedInTheYearCellByCell() {
		FormTable table = asStaff(() -> this.queries.table(StatisticalForm.F0601, YEAR));
		List<String> rows = List.of("TOTAL", "L_PROVINCE", "L_DEPARTMENT", "L_COMMUNE", "L_TEAM");
		List<String> columns = columns(StatisticalForm.F0601);
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				assertThat(table.count(rows.get(r), columns.get(c))).as(rows.get(r) + " × " + columns.get(c))
					.isEqualTo(F0601[r][c]);
			}
		}
	}

	@Test
	void form0602CountsTheStateLevelCommendationsCellByCell() {
		FormTable table = asStaff(() -> this.queries.table(StatisticalForm.F0602, YEAR));
		assertCells(table, F0602);
	}

	@Test
	void form0603CountsTheMinistryAndProvinceCommendationsCellByCell() {
		FormTable table = asStaff(() -> this.queries.table(StatisticalForm.F0603, YEAR));
		assertCells(table, F0603);
	}

	@Test
	void totalsAddUpAlongEveryRowAndColumn() {
		for (StatisticalForm form : StatisticalForm.values()) {
			FormTable table = asStaff(() -> this.queries.table(form, YEAR));
			for (FormQueries.FormRow row : table.rows()) {
				if (row.counts() == null) {
					continue;
				}
				// each column group (or the plain columns) adds up to the total column
				Map<String, Long> byGroup = new HashMap<>();
				for (int c = 1; c < form.columns().size(); c++) {
					String group = String.valueOf(form.columns().get(c).group());
					byGroup.merge(group, row.counts().get(c), Long::sum);
				}
				byGroup.forEach((group, sum) -> assertThat(sum).as(form + " " + row.line().code() + " " + group)
					.isEqualTo(row.counts().get(0)));
			}
		}
		FormTable f0603 = asStaff(() -> this.queries.table(StatisticalForm.F0603, YEAR));
		for (String column : columns(StatisticalForm.F0603)) {
			long total = f0603.count("TOTAL", column);
			assertThat(f0603.count("R_COLLECTIVE", column) + f0603.count("R_INDIVIDUAL", column)).isEqualTo(total);
			assertThat(f0603.count("R_LEADER", column) + f0603.count("R_FRONTLINE", column))
				.isEqualTo(f0603.count("R_INDIVIDUAL", column));
			assertThat(List.of("K_REGULAR", "K_THEMATIC", "K_ONE_OFF", "K_FOREIGN", "K_CAREER", "K_LENGTH_OF_SERVICE")
				.stream()
				.mapToLong(k -> f0603.count(k, column))
				.sum()).isEqualTo(total);
		}
		FormTable f0602 = asStaff(() -> this.queries.table(StatisticalForm.F0602, YEAR));
		for (String column : columns(StatisticalForm.F0602)) {
			assertThat(List.of("HUAN_CHUONG", "HUY_CHUONG", "VINH_DU", "CSTD_TQ", "CO_CP", "BK_TTG")
				.stream()
				.mapToLong(k -> f0602.count(k, column))
				.sum()).isEqualTo(f0602.count("TOTAL", column));
		}
	}

	@Test
	void eachCellListsExactlyTheRecordsItCounts() {
		for (StatisticalForm form : StatisticalForm.values()) {
			FormTable table = asStaff(() -> this.queries.table(form, YEAR));
			for (FormQueries.FormRow row : table.rows()) {
				if (row.counts() == null) {
					continue;
				}
				for (int c = 0; c < form.columns().size(); c++) {
					String column = form.columns().get(c).code();
					FormQueries.CellList cell = asStaff(() -> this.queries.cell(form, YEAR, row.line().code(), column));
					assertThat((long) cell.count()).as(form + " " + row.line().code() + " × " + column)
						.isEqualTo(row.counts().get(c));
				}
			}
		}
		FormQueries.CellList leaders = asStaff(
				() -> this.queries.cell(StatisticalForm.F0603, YEAR, "R_LEADER", "BANG_KHEN"));
		assertThat(leaders.records()).extracting(FormQueries.CellRecord::recipientName)
			.containsExactly("Nguyễn Thử Một", "Lê Thử Ba");
		FormQueries.CellList medium = asStaff(
				() -> this.queries.cell(StatisticalForm.F0601, YEAR, "L_DEPARTMENT", "D_MEDIUM"));
		assertThat(medium.campaigns()).extracting(FormQueries.CellCampaign::name).containsExactly("TBX-K3", "TBX-K8");
	}

	@Test
	void theChecksListWhatIsMissingBeforeSending() {
		Map<Kind, List<String>> found = asStaff(() -> this.checks.check(YEAR, null)).stream()
			.collect(Collectors.toMap(FormChecks.Group::kind,
					g -> g.findings().stream().map(FormChecks.Finding::name).toList()));
		assertThat(found.get(Kind.DECISION_WITHOUT_RECIPIENTS)).containsExactly("TBX-E1/QĐ");
		assertThat(found.get(Kind.DRAFT_DECISION)).containsExactly("TBX-DR/QĐ");
		assertThat(found.get(Kind.ITEM_WITHOUT_COLUMN)).containsExactly("Vũ Thử Sáu");
		assertThat(found.get(Kind.RECORD_WITHOUT_POSITION)).containsExactly("Phạm Thử Bốn");
		assertThat(found.get(Kind.UNIT_WITHOUT_TITLE)).containsExactly("Phòng Thử Ba");
		assertThat(found.get(Kind.DRAFT_CAMPAIGN)).containsExactly("TBX-K6");
	}

	@Test
	void eachFormCostsTwoStatementsAndEachCellListTwo() {
		for (StatisticalForm form : StatisticalForm.values()) {
			vn.thidua.shared.db.SqlStatementCounter.reset();
			asStaff(() -> this.queries.table(form, YEAR));
			assertThat(vn.thidua.shared.db.SqlStatementCounter.current()).as(form + " table").isEqualTo(2);
			vn.thidua.shared.db.SqlStatementCounter.reset();
			asStaff(() -> this.queries.cell(form, YEAR, "TOTAL", "TOTAL"));
			assertThat(vn.thidua.shared.db.SqlStatementCounter.current()).as(form + " cell").isEqualTo(2);
		}
		vn.thidua.shared.db.SqlStatementCounter.reset();
		asStaff(() -> this.checks.check(YEAR, null));
		assertThat(vn.thidua.shared.db.SqlStatementCounter.current()).as("checks")
			.isEqualTo(1 + FormChecks.Kind.values().length);
	}

	// ------------------------------------------------------------------ pages, API

	@Test
	void thePagesShowTheFormsWithEveryCellLinkedToItsRecords() throws Exception {
		this.mvc.perform(get("/summary/forms").param("year", "2026").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-open-0603\"")));
		this.mvc.perform(get("/summary/forms/0603").param("year", "2026").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cell-R_LEADER-BANG_KHEN\"")))
			.andExpect(content().string(containsString(
					"/summary/forms/0603/cells?year=2026&amp;organizerId=&amp;row=R_LEADER&amp;col=BANG_KHEN\"")));
		this.mvc
			.perform(get("/summary/forms/0603/cells").param("year", "2026")
				.param("row", "R_LEADER")
				.param("col", "BANG_KHEN")
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lê Thử Ba")));
		this.mvc
			.perform(get("/summary/forms/0601/cells").param("year", "2026")
				.param("row", "TOTAL")
				.param("col", "S_CLUSTERS")
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("TBX-K5")));
		this.mvc.perform(get("/summary/forms/check").param("year", "2026").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phòng Thử Ba")));
		this.mvc.perform(get("/summary/forms/0604").param("year", "2026").with(staff()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/summary/forms/0603/cells").param("year", "2026")
				.param("row", "BY_KIND")
				.param("col", "TOTAL")
				.with(staff()))
			.andExpect(status().isNotFound());
	}

	@Test
	void unitUsersAndAdministratorsAreAnsweredNotFound() throws Exception {
		for (String who : List.of("other.officer", "member.commander", "admin")) {
			this.mvc.perform(get("/summary/forms/0601").param("year", "2026").with(TestUsers.as(this.users, who)))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(get("/api/v1/summary/forms/0601").param("year", "2026").with(TestUsers.as(this.users, who)))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void theApiGivesTheFormAsJson() throws Exception {
		this.mvc.perform(get("/api/v1/summary/forms/0603").param("year", "2026").with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.form").value("0603.N"))
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.rows[0].code").value("TOTAL"))
			.andExpect(jsonPath("$.rows[0].cells.TOTAL").value(12))
			.andExpect(jsonPath("$.rows[?(@.code == 'R_LEADER')].cells.BANG_KHEN").value(2))
			.andExpect(jsonPath("$.rows[?(@.code == 'K_FOREIGN')].cells.BANG_KHEN").value(1));
		this.mvc.perform(get("/api/v1/summary/forms/0601").param("year", "2026").with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.code == 'L_DEPARTMENT')].cells.D_MEDIUM").value(2));
	}

	// ------------------------------------------------------------------ documents

	@Test
	void theWorkbookHasTheFormsHeaderAndItsNumbersAsNumberCells() throws Exception {
		for (StatisticalForm form : StatisticalForm.values()) {
			byte[] xlsx = this.mvc
				.perform(get("/summary/forms/" + form.code() + "/export.xlsx").param("year", "2026").with(staff()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			Map<String, long[]> expected = expected(form);
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
				List<Row> rows = workbook.getFirstSheet().read();
				assertThat(rows.get(0).getCellText(0)).isEqualTo("Biểu số: " + form.number());
				assertThat(rows.get(1).getCellText(0)).contains("02/2023/TT-BNV");
				assertThat(rows.get(0).getCellText(rows.get(0).getCellCount() - 1)).contains("Công an tỉnh Thử Biểu");
				assertThat(rows)
					.anySatisfy(r -> assertThat(r.getCellText(0)).startsWith("Năm 2026 (từ ngày 01/01/2026"));
				int checked = 0;
				for (Row row : rows) {
					String code = codeOf(form, row.getCellText(1));
					if (code == null) {
						continue;
					}
					long[] values = expected.get(code);
					for (int c = 0; c < values.length; c++) {
						assertThat(row.getCell(2 + c).getType()).as(form + " " + code + " type")
							.isEqualTo(CellType.NUMBER);
						assertThat(row.getCell(2 + c).asNumber().longValue()).as(form + " " + code + " " + c)
							.isEqualTo(values[c]);
					}
					checked++;
				}
				assertThat(checked).isEqualTo(expected.size());
			}
			readBackWithLibreOffice(form, xlsx, expected);
		}
	}

	/**
	 * LibreOffice opens the workbook and reads the same numbers, held as numbers (not
	 * text).
	 */
	private void readBackWithLibreOffice(StatisticalForm form, byte[] xlsx, Map<String, long[]> expected)
			throws Exception {
		int checked = 0;
		for (List<LibreOfficeReadBack.Cell> cells : LibreOfficeReadBack.firstSheet(xlsx)) {
			if (cells.size() < 2) {
				continue;
			}
			String code = codeOf(form, cells.get(1).text());
			if (code == null) {
				continue;
			}
			long[] values = expected.get(code);
			for (int c = 0; c < values.length; c++) {
				assertThat(cells.get(2 + c).asLong()).as("LibreOffice " + form + " " + code + " " + c)
					.isEqualTo(values[c]);
			}
			checked++;
		}
		assertThat(checked).isEqualTo(expected.size());
	}

	@Test
	void thePrintViewAndPdfShowTheForm() throws Exception {
		this.mvc.perform(get("/summary/forms/0602/print").param("year", "2026").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Biểu số: 0602.N")))
			.andExpect(content().string(containsString("Đơn vị báo cáo: Công an tỉnh Thử Biểu")));
		for (StatisticalForm form : StatisticalForm.values()) {
			byte[] pdf = this.mvc
				.perform(get("/summary/forms/" + form.code() + "/print.pdf").param("year", "2026").with(staff()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			PdfChecks.save(pdf, "summary-form-" + form.code());
			PdfChecks.assertFontsEmbedded(pdf);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				PDPage page = document.getPage(0);
				boolean landscape = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
				assertThat(landscape).as(form + " landscape").isEqualTo(form == StatisticalForm.F0601);
			}
			if (form != StatisticalForm.F0601) {
				PdfChecks.assertA4WithinMargins(pdf);
			}
			String text = PdfChecks.pdftotext(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Biểu số: " + form.number(), "Công an tỉnh Thử Biểu", "Năm 2026");
		}
	}

	// ------------------------------------------------------------------ helpers

	private static List<String> columns(StatisticalForm form) {
		return form.columns().stream().map(FormLine::code).toList();
	}

	private static void assertCells(FormTable table, Map<String, long[]> expected) {
		List<String> columns = columns(table.form());
		expected.forEach((row, values) -> {
			for (int c = 0; c < columns.size(); c++) {
				assertThat(table.count(row, columns.get(c))).as(row + " × " + columns.get(c)).isEqualTo(values[c]);
			}
		});
		assertThat(table.rows().stream().filter(r -> r.counts() != null).count()).isEqualTo(expected.size());
	}

	private static Map<String, long[]> expected(StatisticalForm form) {
		if (form == StatisticalForm.F0601) {
			List<String> rows = List.of("TOTAL", "L_PROVINCE", "L_DEPARTMENT", "L_COMMUNE", "L_TEAM");
			Map<String, long[]> map = new HashMap<>();
			for (int i = 0; i < rows.size(); i++) {
				map.put(rows.get(i), F0601[i]);
			}
			return map;
		}
		return form == StatisticalForm.F0602 ? F0602 : F0603;
	}

	/** The row code of a printed row number ("01" is the form's first counted row). */
	private static String codeOf(StatisticalForm form, String number) {
		if (number == null || !number.matches("\\d\\d")) {
			return null;
		}
		int n = Integer.parseInt(number);
		List<FormLine> counted = form.rows().stream().filter(l -> !l.isHeading()).toList();
		return n >= 1 && n <= counted.size() ? counted.get(n - 1).code() : null;
	}

}
