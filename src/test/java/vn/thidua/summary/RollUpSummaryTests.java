package vn.thidua.summary;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.shared.db.SqlStatementCounter;
import vn.thidua.shared.document.PdfChecks;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.NotFoundException;
import vn.thidua.summary.SummaryFigures.OrganiserLine;
import vn.thidua.summary.form.FormQueries;
import vn.thidua.summary.form.StatisticalForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The summary above the province on {@link SummaryTestData#ministryWithTwoProvinces()}: a
 * ministry of its own holding two provinces, made in SQL before the tests and removed
 * after, where every figure of the rolled-up summary and of its table by organiser is
 * counted by hand (the data set's comment says what is there).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollUpSummaryTests {

	private static final int YEAR = 2026;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SummaryQueries queries;

	@Autowired
	FormQueries forms;

	SummaryTestData data;

	long ministry;

	long one;

	long two;

	long a1;

	long b1;

	long a2;

	long md;

	long cluster1;

	@BeforeAll
	void makeTheMinistry() {
		this.data = new SummaryTestData(this.jdbc);
		SummaryTestData.Ministry m = this.data.ministryWithTwoProvinces();
		this.ministry = m.ministry();
		this.md = m.md();
		this.one = m.one();
		this.a1 = m.a1();
		this.b1 = m.b1();
		this.two = m.two();
		this.a2 = m.a2();
		this.cluster1 = m.cluster1();
	}

	@AfterAll
	void removeTheMinistry() {
		this.data.removeAll();
	}

	@Test
	void theMinistrysSummaryRollsUpBothProvincesAndItsOwn() {
		SummaryFigures s = as(ministryStaff(), () -> this.queries.figures(YEAR, null, null));
		assertThat(s.scope().rolledUp()).isTrue();
		assertThat(s.scope().editable()).isTrue();
		// campaigns: One 2 + Two 1 (the draft not) + the ministry 1; 2025: Two's regular
		assertValues(s, "campaigns", "campaigns.total", 4, 1);
		assertValues(s, "campaigns", "campaigns.REGULAR", 2, 1);
		assertValues(s, "campaigns", "campaigns.THEMATIC", 2, 0);
		assertValues(s, "campaigns", "campaigns.PEAK", 0, 0);
		assertValues(s, "clusters", "clusters.clusters", 2, 0);
		assertValues(s, "clusters", "clusters.members", 3, 0);
		assertValues(s, "covenants", "covenants.covenants", 2, 0);
		assertValues(s, "covenants", "covenants.inForce", 1, 0);
		assertValues(s, "covenants", "covenants.parties", 3, 0);
		assertValues(s, "covenants", "covenants.signed", 2, 0);
		assertValues(s, "results", "results.met", 1, 0);
		assertValues(s, "votes", "votes.sessions", 1, 0);
		assertValues(s, "votes", "votes.proposals", 1, 0);
		assertValues(s, "titles", "titles.individual", 2, 0);
		assertValues(s, "titles", "titles.collective", 1, 0);
		assertValues(s, "forms", "forms.collective", 1, 0);
		assertValues(s, "cash", "cash.records", 4, 0);
		// 3.510.000 + 702.000 + 1.404.000 + 702.000
		assertValues(s, "cash", "cash.amount", 6_318_000, 0);
		assertValues(s, "cash", "cash.oneOff", 1, 0);
		// the provinces' own tables are theirs: the table by organiser stands for them
		assertThat(s.clusters()).isEmpty();
		assertThat(s.indicators()).isEmpty();
		assertThat(s.clusterResults()).isEmpty();
		// by organiser: the ministry first (directly: its thematic campaign, MD's title),
		// then the provinces in Vietnamese order of their names (Hai before Một)
		assertThat(s.organisers()).extracting(OrganiserLine::name)
			.containsExactly("Bộ Kiểm Thử", "Công an tỉnh Tổng Hợp Hai", "Công an tỉnh Tổng Hợp Một");
		assertLine(s.organisers().get(0), true, 1, 0, 0, 0, 0, 1, 0, 702_000);
		assertLine(s.organisers().get(1), false, 1, 1, 1, 0, 0, 0, 1, 1_404_000);
		assertLine(s.organisers().get(2), false, 2, 1, 2, 1, 1, 2, 0, 4_212_000);
		// the lines add up to the rolled-up figures of the year
		assertThat(s.organisers().stream().mapToLong(OrganiserLine::campaigns).sum())
			.isEqualTo(s.figure("campaigns", "campaigns.total").value());
		assertThat(s.organisers().stream().mapToLong(OrganiserLine::cash).sum())
			.isEqualTo(s.figure("cash", "cash.amount").value());
	}

	@Test
	void aProvinceSeesOnlyItsOwnAndCannotChooseAnother() {
		SummaryFigures s = as(provinceStaff(this.one), () -> this.queries.figures(YEAR, null, null));
		assertThat(s.scope().rolledUp()).isFalse();
		assertThat(s.organisers()).isEmpty();
		assertValues(s, "campaigns", "campaigns.total", 2, 0);
		assertValues(s, "cash", "cash.amount", 4_212_000, 0);
		assertThat(s.clusters()).singleElement().satisfies(c -> assertThat(c.members()).isEqualTo(2));
		assertThatThrownBy(() -> as(provinceStaff(this.one), () -> this.queries.scope(YEAR, this.two, null, null)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theMinistryNarrowsToOneProvinceReadOnlyOrToAUnitOrACluster() {
		CurrentUser staff = ministryStaff();
		SummaryFigures two = as(staff, () -> this.queries.figures(this.queries.scope(YEAR, this.two, null, null)));
		assertThat(two.scope().organizerChosen()).isTrue();
		assertThat(two.scope().editable()).isFalse();
		assertThat(two.scope().organizerName()).isEqualTo("Công an tỉnh Tổng Hợp Hai");
		assertValues(two, "campaigns", "campaigns.total", 1, 1);
		assertValues(two, "cash", "cash.amount", 1_404_000, 0);
		assertThat(two.organisers()).isEmpty();
		// a unit of a province: the campaigns covering it, whoever organised them
		SummaryFigures a2 = as(staff, () -> this.queries.figures(YEAR, null, this.a2));
		assertValues(a2, "campaigns", "campaigns.total", 1, 0);
		assertValues(a2, "cash", "cash.amount", 1_404_000, 0);
		SummaryFigures k1 = as(staff, () -> this.queries.figures(YEAR, this.cluster1, null));
		// the cluster's regular campaign, and One's thematic one over its member A1
		assertValues(k1, "campaigns", "campaigns.total", 2, 0);
		assertValues(k1, "clusters", "clusters.members", 2, 0);
		// not an organiser, or outside the ministry: not found
		assertThatThrownBy(() -> as(staff, () -> this.queries.scope(YEAR, this.a1, null, null)))
			.isInstanceOf(NotFoundException.class);
		long demo = this.jdbc
			.sql("select id from unit where kind = 'PROVINCIAL_POLICE' and code not like 'TST-%' "
					+ "order by id limit 1")
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> as(staff, () -> this.queries.scope(YEAR, demo, null, null)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theFormsRollUpTooAndScopeAsTheSummary() {
		// 0601.N counts the campaigns launched in the year: 4 for the ministry, 2 for One
		assertThat(as(ministryStaff(), () -> this.forms.table(StatisticalForm.F0601, YEAR)).count("TOTAL", "TOTAL"))
			.isEqualTo(4);
		assertThat(
				as(ministryStaff(), () -> this.forms.table(StatisticalForm.F0601, YEAR)).count("TOTAL", "K_THEMATIC"))
			.isEqualTo(2);
		assertThat(as(provinceStaff(this.one), () -> this.forms.table(StatisticalForm.F0601, YEAR)).count("TOTAL",
				"TOTAL"))
			.isEqualTo(2);
	}

	/**
	 * One rule ({@link Organisers}) decides whose figures a user may open: the summary
	 * and the forms open the same organisers for the ministry and for a province, and
	 * refuse the same units (a commune, a department of the ministry, another province, a
	 * province outside the ministry).
	 */
	@Test
	void theSummaryAndTheFormsOpenTheSameOrganisers() {
		long demo = this.jdbc
			.sql("select id from unit where kind = 'PROVINCIAL_POLICE' and code not like 'TST-%' "
					+ "order by id limit 1")
			.query(Long.class)
			.single();
		Long[] asked = { null, this.ministry, this.md, this.one, this.two, this.a1, this.b1, this.a2, demo };
		Map<String, List<Long>> opened = new java.util.LinkedHashMap<>();
		for (CurrentUser user : new CurrentUser[] { ministryStaff(), provinceStaff(this.one) }) {
			for (Long organizer : asked) {
				Long summary = opened(
						() -> as(user, () -> this.queries.scope(YEAR, organizer, null, null).organizerId()));
				Long forms = opened(() -> as(user, () -> this.forms.organiser(organizer).id()));
				assertThat(forms).as(user.getUsername() + " asking for " + organizer).isEqualTo(summary);
				opened.computeIfAbsent(user.getUsername(), u -> new java.util.ArrayList<>()).add(summary);
			}
		}
		// worked out by hand: the ministry opens its own figures and each of its two
		// provinces; a province only its own
		assertThat(opened.get(ministryStaff().getUsername())).containsExactly(this.ministry, this.ministry, null,
				this.one, this.two, null, null, null, null);
		assertThat(opened.get(provinceStaff(this.one).getUsername())).containsExactly(this.one, null, null, this.one,
				null, null, null, null, null);
	}

	/** The organiser opened, or {@code null} when refused as not found. */
	private static Long opened(java.util.function.Supplier<Long> ask) {
		try {
			return ask.get();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	/**
	 * The ministry narrows the forms to one province as it narrows the summary: every
	 * cell equals that province's own forms; links keep the province; a unit, a foreign
	 * province or a malformed value is refused.
	 */
	@Test
	void theMinistryNarrowsTheFormsToOneProvince() throws Exception {
		for (StatisticalForm form : StatisticalForm.values()) {
			for (long province : new long[] { this.one, this.two }) {
				var narrowed = as(ministryStaff(), () -> this.forms.table(form, YEAR, province));
				var own = as(provinceStaff(province), () -> this.forms.table(form, YEAR));
				assertThat(narrowed.rows()).as(form + " of " + province).isEqualTo(own.rows());
				assertThat(narrowed.organiser().id()).isEqualTo(province);
				assertThat(narrowed.organiser().param()).isEqualTo(province);
				assertThat(own.organiser().param()).isNull();
			}
		}
		// 0601.N: One launched 2 campaigns in the year, Two 1 (its draft does not count)
		assertThat(as(ministryStaff(), () -> this.forms.table(StatisticalForm.F0601, YEAR, this.one)).count("TOTAL",
				"TOTAL"))
			.isEqualTo(2);
		assertThat(as(ministryStaff(), () -> this.forms.table(StatisticalForm.F0601, YEAR, this.two)).count("TOTAL",
				"TOTAL"))
			.isEqualTo(1);
		assertThat(as(ministryStaff(),
				() -> this.forms.cell(StatisticalForm.F0601, YEAR, "TOTAL", "TOTAL", this.two).campaigns()))
			.hasSize(1);

		String two = String.valueOf(this.two);
		this.mvc
			.perform(get("/summary/forms").param("year", "2026").param("organizerId", two).with(user(ministryStaff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Công an tỉnh Tổng Hợp Hai"),
					containsString("href=\"/summary/forms/0601?year=2026&amp;organizerId=" + two + "\""),
					containsString("href=\"/summary/forms/check?year=2026&amp;organizerId=" + two + "\""),
					containsString("name=\"organizerId\" value=\"" + two + "\""))));
		this.mvc.perform(
				get("/summary/forms/0601").param("year", "2026").param("organizerId", two).with(user(ministryStaff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/summary/forms/0601/cells?year=2026&amp;organizerId=" + two)));
		this.mvc.perform(
				get("/summary/forms/check").param("year", "2026").param("organizerId", two).with(user(ministryStaff())))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/summary/forms/0601").param("year", "2026")
				.param("organizerId", two)
				.with(user(ministryStaff())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organiserId").value(this.two));

		// a unit is not an organiser; a province cannot open another's; no malformed
		// value
		for (var path : new String[] { "/summary/forms", "/summary/forms/0602", "/summary/forms/check",
				"/summary/forms/0603/export.xlsx", "/api/v1/summary/forms/0601" }) {
			this.mvc
				.perform(get(path).param("year", "2026")
					.param("organizerId", String.valueOf(this.a1))
					.with(user(ministryStaff())))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(get(path).param("year", "2026").param("organizerId", two).with(user(provinceStaff(this.one))))
				.andExpect(status().isNotFound());
			this.mvc.perform(get(path).param("year", "2026").param("organizerId", "abc").with(user(ministryStaff())))
				.andExpect(status().isBadRequest());
		}
	}

	@Test
	void thePageAndTheApiShowTheTableByOrganiserInConstantStatements() throws Exception {
		this.mvc.perform(get("/summary").param("year", "2026").with(user(ministryStaff())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Tổng kết năm 2026 của Bộ Kiểm Thử (tổng hợp 3 đơn vị tổ chức)"),
						containsString("id=\"summary-organiser-lines\""), containsString("Bộ Kiểm Thử (trực tiếp)"),
						containsString("href=\"/summary?year=2026&amp;organizerId=" + this.two + "\""),
						containsString("6.318.000 đ"), containsString("4.212.000 đ"),
						containsString("id=\"summary-rollup-cluster-lines\""))));
		this.mvc
			.perform(get("/summary").param("year", "2026")
				.param("organizerId", String.valueOf(this.two))
				.with(user(ministryStaff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tổng kết năm 2026 của Công an tỉnh Tổng Hợp Hai"),
					containsString("id=\"summary-rollup-back\""), containsString("1.404.000 đ"),
					containsString("name=\"organizerId\""), not(containsString("id=\"summary-text-form\"")),
					containsString("href=\"/summary/forms?year=2026&amp;organizerId=" + this.two + "\""))));
		this.mvc
			.perform(get("/summary").param("year", "2026")
				.param("organizerId", String.valueOf(this.two))
				.with(user(provinceStaff(this.one))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/summary").param("year", "2026").with(user(ministryStaff())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisers.length()").value(3))
			.andExpect(jsonPath("$.organisers[2].cash").value(4_212_000))
			.andExpect(jsonPath("$.sections[?(@.key == 'cash')].figures[1].values[0]").value(6_318_000));
		this.mvc
			.perform(get("/summary/summary.pdf").param("year", "2026")
				.param("organizerId", String.valueOf(this.two))
				.with(user(ministryStaff())))
			.andExpect(status().isOk());
		// one more province does not add a statement
		SqlStatementCounter.reset();
		as(ministryStaff(), () -> this.queries.figures(YEAR, null, null));
		long before = SqlStatementCounter.current();
		long three = this.data.unit("TST-RU-3", "Công an tỉnh Tổng Hợp Ba", "PROVINCIAL_POLICE", this.ministry);
		this.data.campaign(three, YEAR, "Thường xuyên Ba", "REGULAR", "LAUNCHED");
		SqlStatementCounter.reset();
		SummaryFigures s = as(ministryStaff(), () -> this.queries.figures(YEAR, null, null));
		assertThat(SqlStatementCounter.current()).isEqualTo(before);
		assertThat(s.organisers()).hasSize(4);
		assertValues(s, "campaigns", "campaigns.total", 5, 1);
		System.out.println("Rolled-up summary: " + before + " SQL statements");
	}

	@Test
	void aMalformedOrForeignOrganiserIsRefusedBeforeAnyFigureIsRead() throws Exception {
		for (String bad : new String[] { "abc", "1e999999", "-", "9".repeat(40) }) {
			this.mvc
				.perform(get("/summary").param("year", "2026").param("organizerId", bad).with(user(ministryStaff())))
				.andExpect(status().isBadRequest());
			this.mvc.perform(
					get("/api/v1/summary").param("year", "2026").param("organizerId", bad).with(user(ministryStaff())))
				.andExpect(status().isBadRequest());
		}
		// a unit of a province is not an organiser; a unit user cannot choose one
		this.mvc
			.perform(get("/summary").param("year", "2026")
				.param("organizerId", String.valueOf(this.a1))
				.with(user(ministryStaff())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/summary/summary.pdf").param("year", "2026")
				.param("organizerId", String.valueOf(this.two))
				.with(user(new CurrentUser(-203, "rollup.unit", "Cán bộ xã kiểm thử", Role.UNIT_OFFICER, this.a1,
						this.data.path(this.a1), null, true, true, false))))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePrintedSummaryCarriesTheTableByOrganiser() throws Exception {
		byte[] pdf = this.mvc.perform(get("/summary/summary.pdf").param("year", "2026").with(user(ministryStaff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfChecks.save(pdf, "year-end-summary-rolled-up");
		// the ministry heads its own report, without an authority above it, from Hà Nội
		assertThat(PdfChecks.pdftotext(pdf).replaceAll("\\s+", " ")).doesNotContain("BỘ CÔNG AN")
			.contains("BỘ KIỂM THỬ", "Hà Nội, ngày", "PHỤ LỤC", "Bộ Kiểm Thử (trực tiếp)", "Công an tỉnh Tổng Hợp Hai",
					"4.212.000", "6.318.000");
		byte[] docx = this.mvc.perform(get("/summary/summary.docx").param("year", "2026").with(user(ministryStaff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			// the same eight columns as the page and the workbook (OrganiserLine.COLUMNS)
			assertThat(extractor.getText()).contains("Bộ Kiểm Thử (trực tiếp)", "Công an tỉnh Tổng Hợp Một",
					"4.212.000", "Giao ước có hiệu lực", "Phiên bình xét");
			String one = extractor.getText()
				.lines()
				.filter(line -> line.contains("Công an tỉnh Tổng Hợp Một"))
				.reduce((first, last) -> last)
				.orElseThrow();
			assertThat(one.split("\t")).containsSubsequence("2", "1", "2", "1", "1", "2", "0", "4.212.000");
		}
		byte[] xlsx = this.mvc.perform(get("/summary/summary.xlsx").param("year", "2026").with(user(ministryStaff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheets()
				.filter(x -> x.getName().equals("Theo đơn vị tổ chức"))
				.findFirst()
				.orElseThrow();
			try (Stream<Row> rows = sheet.openStream()) {
				Row one = rows.filter(r -> "Công an tỉnh Tổng Hợp Một".equals(r.getCellText(0)))
					.findFirst()
					.orElseThrow();
				assertThat(one.getCell(1).getType()).isEqualTo(CellType.NUMBER);
				assertThat(one.getCell(1).asNumber()).isEqualByComparingTo("2");
				assertThat(one.getCell(8).asNumber()).isEqualByComparingTo("4212000");
			}
		}
	}

	// ---------------------------------------------------------------- helpers

	private static void assertValues(SummaryFigures s, String section, String key, long year, long before) {
		SummaryFigures.Figure figure = s.figure(section, key);
		assertThat(figure).as(key).isNotNull();
		assertThat(figure.values()).as(key).startsWith(year, before);
	}

	private static void assertLine(OrganiserLine line, boolean own, long campaigns, long clusters, long members,
			long covenantsInForce, long sessions, long titles, long forms, long cash) {
		assertThat(List.of(line.own() ? 1L : 0L, line.campaigns(), line.clusters(), line.members(),
				line.covenantsInForce(), line.sessions(), line.titles(), line.forms(), line.cash()))
			.as(line.name())
			.containsExactly(own ? 1L : 0L, campaigns, clusters, members, covenantsInForce, sessions, titles, forms,
					cash);
	}

	private CurrentUser ministryStaff() {
		return new CurrentUser(-201, "rollup.staff", "Cán bộ Bộ kiểm thử", Role.PROVINCE_STAFF, this.ministry,
				this.data.path(this.ministry), null, true, true, false);
	}

	private CurrentUser provinceStaff(long province) {
		return new CurrentUser(-202, "rollup.province", "Cán bộ tỉnh kiểm thử", Role.PROVINCE_STAFF, province,
				this.data.path(province), null, true, true, false);
	}

	private static <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
		return CurrentUser.runAs(user, work);
	}

}
