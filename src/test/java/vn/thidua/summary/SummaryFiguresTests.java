package vn.thidua.summary;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.shared.db.SqlStatementCounter;
import vn.thidua.shared.document.LibreOfficeReadBack;
import vn.thidua.shared.document.PdfChecks;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.NotFoundException;
import vn.thidua.summary.SummaryFigures.Figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year-end summary on a small province of its own ("Công an tỉnh Kiểm Thử", units A,
 * B, C), made in SQL before the tests and removed after them, where every figure is
 * counted by hand (see the comments at each insert), checked through the service, the
 * page and the API; and who may see which summary.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryFiguresTests {

	private static final int YEAR = 2026;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SummaryQueries queries;

	@Autowired
	UserDetailsService users;

	@Autowired
	SummaryReportService reportService;

	long province;

	String provincePath;

	long a;

	long b;

	long c;

	long cluster;

	long cluster2025;

	final List<String> cleanup = new ArrayList<>();

	SummaryTestData data;

	@BeforeAll
	void makeTheProvince() {
		this.data = new SummaryTestData(this.jdbc);
		this.province = this.data.unit("TST-SUM", "Công an tỉnh Kiểm Thử", "PROVINCIAL_POLICE", null);
		this.provincePath = this.data.path(this.province);
		this.a = this.data.unit("TST-SUM-A", "Phòng Kiểm thử A", "DEPARTMENT", this.province);
		this.b = this.data.unit("TST-SUM-B", "Phòng Kiểm thử B", "DEPARTMENT", this.province);
		this.c = this.data.unit("TST-SUM-C", "Phòng Kiểm thử C", "DEPARTMENT", this.province);
		// clusters: 2026 one cluster {A, B}, head A, deputy B; 2025 one cluster {A, B, C}
		this.cluster = this.data.cluster(this.province, YEAR, "Khối kiểm thử", this.a, this.b, List.of(this.a, this.b));
		this.cluster2025 = this.data.cluster(this.province, YEAR - 1, "Khối kiểm thử", this.a, this.c,
				List.of(this.a, this.b, this.c));
		// campaigns: 2026 a regular one over the cluster, a thematic one over C alone, a
		// peak one still a draft (not counted); 2025 a regular one over its cluster
		long regular = this.data.campaign(this.province, YEAR, "Thi đua thường xuyên kiểm thử", "REGULAR", "LAUNCHED");
		this.data.scopeCluster(regular, this.cluster);
		long thematic = this.data.campaign(this.province, YEAR, "Chuyên đề kiểm thử", "THEMATIC", "LAUNCHED");
		this.data.scopeUnit(thematic, this.c);
		this.data.campaign(this.province, YEAR, "Cao điểm kiểm thử", "PEAK", "DRAFT");
		long regular2025 = this.data.campaign(this.province, YEAR - 1, "Thi đua thường xuyên kiểm thử", "REGULAR",
				"CLOSED");
		this.data.scopeCluster(regular2025, this.cluster2025);
		// covenants: 2026 in force, A and B signed; 2025 still being signed, A signed, B
		// and C not
		long covenant = this.data.covenant(regular, this.cluster, "IN_FORCE");
		this.data.party(covenant, this.a, true);
		this.data.party(covenant, this.b, true);
		long covenant2025 = this.data.covenant(regular2025, this.cluster2025, "SIGNING");
		this.data.party(covenant2025, this.a, true);
		this.data.party(covenant2025, this.b, false);
		this.data.party(covenant2025, this.c, false);
		// results of 2026: A January approved, I1 met, I2 below target; B January
		// approved, I1 met, I2 self-scored below target but met on review; B February
		// submitted, not approved: not counted
		long content = this.data.content(regular, 1);
		long i1 = this.data.indicator(regular, content, 1, "KT1");
		long i2 = this.data.indicator(regular, content, 2, "KT2");
		long ra = this.data.report(regular, this.a, this.cluster, "2026-01-01", "APPROVED");
		this.data.value(ra, i1, 1, "MET", "MET");
		this.data.value(ra, i2, 2, "BELOW_TARGET", "BELOW_TARGET");
		long rb = this.data.report(regular, this.b, this.cluster, "2026-01-01", "APPROVED");
		this.data.value(rb, i1, 1, "MET", null);
		this.data.value(rb, i2, 2, "BELOW_TARGET", "MET");
		long rb2 = this.data.report(regular, this.b, this.cluster, "2026-02-01", "SUBMITTED");
		this.data.value(rb2, i1, 1, "MET", null);
		// votes of 2026: one tallied session, the flag passed for A and Đơn vị tiên tiến
		// for B; one draft session not counted
		long session = this.data.session(this.cluster, YEAR, "TALLIED");
		this.data.passed(session, YEAR, 1, "CO_THI_DUA_TINH", this.a, "Phòng Kiểm thử A");
		this.data.passed(session, YEAR, 2, "DVTT", this.b, "Phòng Kiểm thử B");
		this.data.session(this.cluster, YEAR, "DRAFT");
		// decisions: D1 2026 regular: A Đơn vị quyết thắng (3.510.000), two Chiến sĩ
		// tiên tiến in A (702.000 each), B a collective Giấy khen (1.404.000); D2 2026
		// one-off: an individual Giấy khen in C (702.000); D3 2026 draft, not counted;
		// D4 2025: A Đơn vị tiên tiến (1.872.000); D5 2025 superseded by D6, not counted;
		// D6 2025: B a collective Bằng khen of the province (7.020.000)
		long d1 = this.data.decision(this.province, "1/QĐ-KT", "2026-03-10", "REGULAR", "RECORDED", null);
		this.data.record(d1, 1, this.a, "DVQT", "COLLECTIVE", 3_510_000);
		this.data.record(d1, 2, this.a, "CSTT", "INDIVIDUAL", 702_000);
		this.data.record(d1, 3, this.a, "CSTT", "INDIVIDUAL", 702_000);
		this.data.record(d1, 4, this.b, "GIAY_KHEN", "COLLECTIVE", 1_404_000);
		long d2 = this.data.decision(this.province, "2/QĐ-KT", "2026-05-20", "ONE_OFF", "RECORDED", null);
		this.data.record(d2, 1, this.c, "GIAY_KHEN", "INDIVIDUAL", 702_000);
		long d3 = this.data.decision(this.province, "3/QĐ-KT", "2026-06-01", "REGULAR", "DRAFT", null);
		this.data.record(d3, 1, this.a, "CSTT", "INDIVIDUAL", 702_000);
		long d4 = this.data.decision(this.province, "4/QĐ-KT", "2025-12-01", "REGULAR", "RECORDED", null);
		this.data.record(d4, 1, this.a, "DVTT", "COLLECTIVE", 1_872_000);
		long d6 = this.data.decision(this.province, "6/QĐ-KT", "2025-12-20", "REGULAR", "RECORDED", null);
		long d5 = this.data.decision(this.province, "5/QĐ-KT", "2025-12-10", "REGULAR", "RECORDED", d6);
		this.data.record(d5, 1, this.b, "BK_TINH", "COLLECTIVE", 7_020_000);
		this.data.record(d6, 1, this.b, "BK_TINH", "COLLECTIVE", 7_020_000);
		// good deeds: 2026 in A an on-the-spot award and a thank-you letter; 2025 in C
		// another deed
		this.data.deed(this.a, "ON_THE_SPOT", "2026-04-02");
		this.data.deed(this.a, "THANK_YOU_LETTER", "2026-08-15");
		this.data.deed(this.c, "OTHER", "2025-09-09");
	}

	@AfterAll
	void removeTheProvince() {
		this.jdbc.sql("delete from audit_event where object_type = 'SUMMARY_SNAPSHOT' and actor = 'summary.staff'")
			.update();
		this.jdbc.sql("delete from audit_event where object_type = 'SUMMARY_REPORT' and actor = 'summary.staff'")
			.update();
		this.data.removeAll();
	}

	// ------------------------------------------------------------------ tests

	@Test
	void theProvinceFiguresAreTheOnesCountedByHand() {
		SummaryFigures s = as(staff(), () -> this.queries.figures(YEAR, null, null));
		assertThat(s.years()).containsExactly(2026, 2025, 2024, 2023);
		assertValues(s, "campaigns", "campaigns.total", 2, 1);
		assertValues(s, "campaigns", "campaigns.REGULAR", 1, 1);
		assertValues(s, "campaigns", "campaigns.THEMATIC", 1, 0);
		assertValues(s, "campaigns", "campaigns.PEAK", 0, 0);
		assertValues(s, "clusters", "clusters.clusters", 1, 1);
		assertValues(s, "clusters", "clusters.members", 2, 3);
		assertValues(s, "covenants", "covenants.covenants", 1, 1);
		assertValues(s, "covenants", "covenants.inForce", 1, 0);
		assertValues(s, "covenants", "covenants.parties", 2, 3);
		assertValues(s, "covenants", "covenants.signed", 2, 1);
		assertValues(s, "results", "results.units", 2, 0);
		assertValues(s, "results", "results.outcomes", 4, 0);
		assertValues(s, "results", "results.met", 3, 0);
		assertValues(s, "results", "results.notMet", 1, 0);
		assertValues(s, "votes", "votes.sessions", 1, 0);
		assertValues(s, "votes", "votes.proposals", 2, 0);
		assertValues(s, "titles", "titles.individual", 2, 0);
		assertValues(s, "titles", "titles.collective", 1, 1);
		assertValues(s, "titles", "CSTT.INDIVIDUAL", 2, 0);
		assertValues(s, "titles", "DVQT.COLLECTIVE", 1, 0);
		assertValues(s, "titles", "DVTT.COLLECTIVE", 0, 1);
		assertValues(s, "forms", "forms.individual", 1, 0);
		assertValues(s, "forms", "forms.collective", 1, 1);
		assertValues(s, "forms", "GIAY_KHEN.COLLECTIVE", 1, 0);
		assertValues(s, "forms", "GIAY_KHEN.INDIVIDUAL", 1, 0);
		assertValues(s, "forms", "BK_TINH.COLLECTIVE", 0, 1);
		assertValues(s, "cash", "cash.records", 5, 2);
		assertValues(s, "cash", "cash.amount", 7_020_000, 8_892_000);
		assertValues(s, "cash", "cash.oneOff", 1, 0);
		assertValues(s, "deeds", "deeds.total", 2, 1);
		assertValues(s, "deeds", "deeds.ON_THE_SPOT", 1, 0);
		assertValues(s, "deeds", "deeds.THANK_YOU_LETTER", 1, 0);
		assertValues(s, "deeds", "deeds.OTHER", 0, 1);
		assertThat(s.figure("cash", "cash.amount").change()).isEqualTo(7_020_000 - 8_892_000);
		assertThat(s.clusters()).singleElement().satisfies(line -> {
			assertThat(line.members()).isEqualTo(2);
			assertThat(line.covenantsInForce()).isEqualTo(1);
			assertThat(line.sessions()).isEqualTo(1);
			assertThat(line.headUnit()).isEqualTo("Phòng Kiểm thử A");
		});
		assertThat(s.indicators()).extracting(i -> i.code() + ":" + i.met() + "/" + i.notMet())
			.containsExactly("KT1:2/0", "KT2:1/1");
		assertThat(s.clusterResults()).singleElement()
			.satisfies(
					line -> assertThat(List.of(line.units(), line.met(), line.notMet())).containsExactly(2L, 3L, 1L));
		assertThat(s.votes()).extracting(v -> v.award() + ":" + v.passed())
			.containsExactly("CO_THI_DUA_TINH:1", "DVTT:1");
	}

	@Test
	void aUnitsSummaryCountsOnlyTheUnit() {
		SummaryFigures s = as(unitUser(this.a, Role.UNIT_OFFICER), () -> this.queries.figures(YEAR, null, null));
		assertThat(s.scope().unitId()).isEqualTo(this.a);
		assertThat(s.scope().organizerId()).isEqualTo(this.province);
		// the regular campaign covers A through its cluster; the thematic one only C
		assertValues(s, "campaigns", "campaigns.total", 1, 1);
		assertValues(s, "covenants", "covenants.parties", 1, 1);
		assertValues(s, "covenants", "covenants.signed", 1, 1);
		assertValues(s, "results", "results.met", 1, 0);
		assertValues(s, "results", "results.notMet", 1, 0);
		assertValues(s, "votes", "votes.proposals", 1, 0);
		assertValues(s, "titles", "titles.individual", 2, 0);
		assertValues(s, "titles", "titles.collective", 1, 1);
		assertValues(s, "forms", "forms.collective", 0, 0);
		assertValues(s, "cash", "cash.amount", 3_510_000 + 2 * 702_000, 1_872_000);
		assertValues(s, "deeds", "deeds.total", 2, 0);
		assertThat(s.figure("titles", "titles.individual").links().get(0))
			.isEqualTo("/awards/records?year=2026&unitId=" + this.a);
	}

	@Test
	void aClusterSummaryCountsItsMembers() {
		SummaryFigures s = as(unitUser(this.a, Role.UNIT_COMMANDER),
				() -> this.queries.figures(YEAR, this.cluster, null));
		assertThat(s.scope().clusterId()).isEqualTo(this.cluster);
		assertValues(s, "campaigns", "campaigns.total", 1, 1);
		assertValues(s, "results", "results.outcomes", 4, 0);
		assertValues(s, "cash", "cash.amount", 3_510_000 + 2 * 702_000 + 1_404_000, 1_872_000 + 7_020_000);
		assertValues(s, "deeds", "deeds.total", 2, 0);
	}

	@Test
	void unitUsersSeeOnlyTheirUnitAndTheClusterTheyHead() {
		CurrentUser officerA = unitUser(this.a, Role.UNIT_OFFICER);
		assertThatThrownBy(() -> as(officerA, () -> this.queries.figures(YEAR, null, this.b)))
			.isInstanceOf(NotFoundException.class);
		// B is the deputy, not the head, of the cluster
		assertThatThrownBy(
				() -> as(unitUser(this.b, Role.UNIT_COMMANDER), () -> this.queries.figures(YEAR, this.cluster, null)))
			.isInstanceOf(NotFoundException.class);
		// staff see their province's units, not another province's
		long demoUnit = this.jdbc.sql("select id from unit where code = 'LS-PA04'").query(Long.class).single();
		assertThatThrownBy(() -> as(staff(), () -> this.queries.figures(YEAR, null, demoUnit)))
			.isInstanceOf(NotFoundException.class);
		assertThat(as(staff(), () -> this.queries.figures(YEAR, null, this.b)).scope().unitName())
			.isEqualTo("Phòng Kiểm thử B");
		assertThatThrownBy(() -> TestUsers.runAs(this.users, "admin", () -> this.queries.figures(YEAR, null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void thePageShowsTheFiguresInVietnameseWithTheirLinks() throws Exception {
		this.mvc.perform(get("/summary").param("year", "2026").with(user(staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tổng kết năm 2026 của Công an tỉnh Kiểm Thử"),
					containsString("7.020.000 đ"), containsString("8.892.000 đ"),
					containsString("href=\"/awards/records?year=2026&amp;item=CSTT\""),
					containsString("href=\"/campaigns?year=2026&amp;kind=REGULAR\""),
					containsString("href=\"/summary/forms?year=2026&amp;organizerId=\""),
					containsString("id=\"summary-text-form\""))));
		this.mvc.perform(get("/summary").param("year", "2026").with(user(unitUser(this.a, Role.UNIT_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tổng kết năm 2026 của Phòng Kiểm thử A"),
					containsString("4.914.000 đ"), not(containsString("id=\"summary-text-form\"")))));
		this.mvc
			.perform(get("/summary").param("year", "2026")
				.param("unitId", String.valueOf(this.b))
				.with(user(unitUser(this.a, Role.UNIT_OFFICER))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiGivesTheSameFigures() throws Exception {
		this.mvc.perform(get("/api/v1/summary").param("year", "2026").with(user(staff())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years[0]").value(2026))
			.andExpect(jsonPath("$.sections[?(@.key == 'cash')].figures[1].values[0]").value(7_020_000))
			.andExpect(jsonPath("$.sections[?(@.key == 'cash')].figures[1].values[1]").value(8_892_000));
		this.mvc
			.perform(get("/api/v1/summary").param("year", "2026")
				.param("unitId", String.valueOf(this.b))
				.with(user(unitUser(this.a, Role.UNIT_OFFICER))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDemoProvincesSummaryTakesAFewStatementsAndLeadershipReadsIt() throws Exception {
		SqlStatementCounter.reset();
		SummaryFigures demo = TestUsers.runAs(this.users, "staff", () -> this.queries.figures(YEAR, null, null));
		long statements = SqlStatementCounter.current();
		System.out.println("Summary of the demo province: " + statements + " SQL statements");
		assertThat(demo.scope().organizerName()).isEqualTo("Công an tỉnh Lâm Sơn");
		assertThat(demo.figure("cash", "cash.records").value()).isPositive();
		// the scope, 11 aggregates, the clusters, and per regular campaign of the year
		// its
		// ranking overview (the campaign, the overview): a bound, not a count per record
		assertThat(statements).isLessThanOrEqualTo(25);
		this.mvc.perform(get("/summary").param("year", "2026").with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tổng kết năm 2026 của Công an tỉnh Lâm Sơn"),
					not(containsString("id=\"summary-text-form\"")), containsString("id=\"summary-text-none\""))));
		this.mvc.perform(get("/summary").param("year", "2026").with(TestUsers.as(this.users, "member.commander")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"summary-heading\"")));
	}

	@Test
	void staffWriteTheTextPartsAndLeadershipReadsThem() throws Exception {
		removeTheText();
		this.mvc
			.perform(post("/summary/text").param("year", "2026")
				.param("results", "Phong trào đạt nhiều kết quả.")
				.param("lessons", "")
				.with(csrf())
				.with(user(staff())))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "summary.text.saved"));
		long version = this.jdbc.sql("select version from summary_report where organizer_id = :org")
			.param("org", this.province)
			.query(Long.class)
			.single();
		// too long a part comes back with the text kept; a stale version is a 409
		this.mvc
			.perform(post("/summary/text").param("year", "2026")
				.param("results", "x".repeat(SummaryTextForm.MAX + 1))
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(user(staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results-error\"")));
		this.mvc
			.perform(post("/summary/text").param("year", "2026")
				.param("results", "Sửa lại")
				.param("version", String.valueOf(version + 5))
				.with(csrf())
				.with(user(staff())))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/summary/text").param("year", "2026")
				.param("results", "Sửa lại")
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(user(leaderOfTheProvince())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/summary").param("year", "2026").with(user(leaderOfTheProvince())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phong trào đạt nhiều kết quả."),
					not(containsString("id=\"summary-text-form\"")))));
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where action = 'SUMMARY_TEXT_SAVED' and object_type = 'SUMMARY_REPORT'
				and object_id = (select id from summary_report where organizer_id = :org)""")
			.param("org", this.province)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSummaryPrintsWithItsTextAndFiguresAsPdfAndDocx() throws Exception {
		removeTheText();
		this.mvc
			.perform(post("/summary/text").param("year", "2026")
				.param("results", "Phong trào thi đua lan tỏa.\nNhiều mô hình hay.")
				.param("direction", "Tiếp tục đẩy mạnh phong trào.")
				.with(csrf())
				.with(user(staff())))
			.andExpect(status().isFound());
		String page = this.mvc.perform(get("/summary/print").param("year", "2026").with(user(staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("BÁO CÁO", "Tổng kết phong trào thi đua năm 2026 của Công an tỉnh Kiểm Thử",
				"Phong trào thi đua lan tỏa.", "Nhiều mô hình hay.", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027", "7.020.000",
				"8.892.000", "KT1 Chỉ tiêu KT1");
		// not marked final: the figures are those of the day it is printed
		String today = "Số liệu tính đến ngày " + today();
		assertThat(page).contains(today).doesNotContain("Số liệu chốt ngày");
		byte[] pdf = this.mvc.perform(get("/summary/summary.pdf").param("year", "2026").with(user(staff())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfChecks.assertA4WithinMargins(pdf);
		PdfChecks.assertFontsEmbedded(pdf);
		PdfChecks.assertTagged(pdf, "vi");
		PdfChecks.save(pdf, "year-end-summary");
		String text = PdfChecks.pdftotext(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Phong trào thi đua lan tỏa.",
				"Tổng tiền thưởng", "7.020.000", "8.892.000", "PHỤ LỤC");
		assertThat(text).contains(today).doesNotContain("Số liệu chốt ngày");
		byte[] docx = this.mvc.perform(get("/summary/summary.docx").param("year", "2026").with(user(staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).contains("BÁO CÁO", "Phong trào thi đua lan tỏa.", "Tổng tiền thưởng",
					"7.020.000", "8.892.000", "Tiếp tục đẩy mạnh phong trào.");
			assertThat(extractor.getText()).contains(today).doesNotContain("Số liệu chốt ngày");
		}
		// the annex tables: every figure a number cell
		byte[] xlsx = this.mvc.perform(get("/summary/summary.xlsx").param("year", "2026").with(user(staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			Row cash = stream.filter(row -> "Tổng tiền thưởng".equals(row.getCellText(0))).findFirst().orElseThrow();
			assertThat(cash.getCell(1).getType()).isEqualTo(CellType.NUMBER);
			assertThat(cash.getCell(1).asNumber()).isEqualByComparingTo("7020000");
			assertThat(cash.getCell(2).asNumber()).isEqualByComparingTo("8892000");
			assertThat(cash.getCell(5).asNumber()).isEqualByComparingTo("-1872000");
		}
		// another unit's printed summary is not found for a unit's user
		this.mvc
			.perform(get("/summary/summary.pdf").param("year", "2026")
				.param("unitId", String.valueOf(this.b))
				.with(user(unitUser(this.a, Role.UNIT_OFFICER))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAnnexReadsBackInLibreOfficeWithItsFiguresAsNumbers() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/summary/summary.xlsx").param("year", "2026").with(user(staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<LibreOfficeReadBack.Cell>> sheet = LibreOfficeReadBack.firstSheet(xlsx);
		assertThat(sheet.get(0).get(0).text())
			.isEqualTo("Tổng kết phong trào thi đua năm 2026 của Công an tỉnh Kiểm Thử");
		assertThat(sheet.get(1).get(0).text()).isEqualTo("Số liệu tính đến ngày " + today());
		// the figure, then 2026, 2025, 2024, 2023 and the change, as counted by hand
		// above
		Map<String, long[]> expected = Map.of("Tổng số đợt thi đua đã phát động", new long[] { 2, 1, 0, 0, 1 },
				"Số lượt đơn vị tham gia ký", new long[] { 2, 3, 0, 0, -1 }, "Lượt chỉ tiêu đạt",
				new long[] { 3, 0, 0, 0, 3 }, "Danh hiệu cá nhân (lượt)", new long[] { 2, 0, 0, 0, 2 },
				"Tổng số lượt khen thưởng, danh hiệu", new long[] { 5, 2, 0, 0, 3 }, "Tổng tiền thưởng",
				new long[] { 7_020_000, 8_892_000, 0, 0, -1_872_000 });
		expected.forEach((name, values) -> {
			List<LibreOfficeReadBack.Cell> row = LibreOfficeReadBack.rowStartingWith(sheet, name);
			assertThat(row).as(name).isNotNull();
			for (int c = 0; c < values.length; c++) {
				assertThat(row.get(1 + c).isNumber()).as(name + " column " + (1 + c) + " a number").isTrue();
				assertThat(row.get(1 + c).asLong()).as(name + " column " + (1 + c)).isEqualTo(values[c]);
			}
		});
	}

	@Test
	void markingTheSummaryFinalKeepsItsFiguresAndShowsWhatChangedSince() throws Exception {
		removeTheText();
		removeTheSnapshot();
		long d1 = this.jdbc.sql("select id from award_decision where issuer_unit_id = :org and number = '1/QĐ-KT'")
			.param("org", this.province)
			.query(Long.class)
			.single();
		try {
			// only the organiser's staff mark it final; unit users never see the controls
			this.mvc
				.perform(post("/summary/freeze").param("year", "2026").with(csrf()).with(user(leaderOfTheProvince())))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/summary/freeze").param("year", "2026")
					.with(csrf())
					.with(user(unitUser(this.a, Role.UNIT_COMMANDER))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/summary").param("year", "2026").with(user(unitUser(this.a, Role.UNIT_COMMANDER))))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("summary-freeze"))));
			this.mvc.perform(get("/summary").param("year", "2026").with(user(leaderOfTheProvince())))
				.andExpect(content().string(not(containsString("summary-freeze-form"))));
			this.mvc.perform(get("/summary").param("year", "2026").with(user(staff())))
				.andExpect(content()
					.string(allOf(containsString("id=\"summary-freeze-form\""), containsString("data-confirm="))));
			String seen = SummaryFreezeService.fingerprint(as(staff(), () -> this.queries.figures(YEAR, null, null)));
			// the figures confirmed must be the ones stored
			this.mvc.perform(post("/summary/freeze").param("year", "2026").with(csrf()).with(user(staff())))
				.andExpect(status().isFound())
				.andExpect(flash().attribute("flashError", "summary.freeze.changedMeanwhile"));
			this.mvc.perform(
					post("/summary/freeze").param("year", "2026").param("seen", seen).with(csrf()).with(user(staff())))
				.andExpect(status().isFound())
				.andExpect(flash().attribute("flashSuccess", "summary.freeze.done"));
			this.mvc.perform(
					post("/summary/freeze").param("year", "2026").param("seen", seen).with(csrf()).with(user(staff())))
				.andExpect(status().isFound())
				.andExpect(flash().attribute("flashError", "summary.freeze.already"));
			// marked final late on 05/01/2027 by the clock of the server (UTC), already
			// the
			// 6th in Vietnam: the printed report says the day in Vietnam
			this.jdbc.sql("update summary_snapshot set frozen_at = :at where organizer_id = :org")
				.param("at", java.sql.Timestamp.from(java.time.Instant.parse("2027-01-05T18:30:00Z")))
				.param("org", this.province)
				.update();
			// a third Chiến sĩ tiên tiến in A recorded after the report was signed
			this.data.record(d1, 5, this.a, "CSTT", "INDIVIDUAL", 702_000);
			SummaryFigures live = as(staff(), () -> this.queries.figures(YEAR, null, null));
			assertThat(live.figure("cash", "cash.amount").value()).isEqualTo(7_722_000);
			String page = this.mvc.perform(get("/summary").param("year", "2026").with(user(staff())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page)
				.contains("id=\"summary-final\"", "Báo cáo đã chốt số liệu: summary.staff",
						"đã chốt 7.020.000, hiện 7.722.000 (+702.000)", "đã chốt 2, hiện 3 (+1)",
						"đã chốt 5, hiện 6 (+1)", "4 số liệu đã thay đổi kể từ khi chốt", "id=\"summary-reopen-form\"")
				.doesNotContain("id=\"summary-text-form\"", "id=\"summary-freeze-form\"");
			this.mvc.perform(get("/summary").param("year", "2026").with(user(leaderOfTheProvince())))
				.andExpect(content().string(allOf(containsString("đã chốt 7.020.000, hiện 7.722.000 (+702.000)"),
						not(containsString("summary-reopen-form")))));
			this.mvc.perform(get("/api/v1/summary/final").param("year", "2026").with(user(staff())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.frozen").value(true))
				.andExpect(jsonPath("$.frozenBy").value("summary.staff"))
				.andExpect(jsonPath("$.changed.length()").value(4))
				.andExpect(jsonPath("$.changed[?(@.key == 'cash.amount')].frozen").value(7_020_000))
				.andExpect(jsonPath("$.changed[?(@.key == 'cash.amount')].live").value(7_722_000))
				.andExpect(jsonPath("$.changed[?(@.key == 'cash.amount')].difference").value(702_000))
				.andExpect(jsonPath("$.changed[?(@.key == 'CSTT.INDIVIDUAL')].difference").value(1));
			this.mvc
				.perform(get("/api/v1/summary/final").param("year", "2026")
					.with(user(unitUser(this.a, Role.UNIT_OFFICER))))
				.andExpect(status().isNotFound());
			// the signed report prints the final figures, not today's
			String print = this.mvc.perform(get("/summary/print").param("year", "2026").with(user(staff())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(print).contains("7.020.000").doesNotContain("7.722.000");
			assertThat(print).contains("Số liệu chốt ngày 06/01/2027")
				.doesNotContain("Số liệu tính đến ngày", "05/01/2027");
			assertThat(this.mvc
				.perform(get("/summary/print").param("year", "2026").param("lang", "en").with(user(staff())))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("Figures as frozen on 06/01/2027");
			byte[] pdf = this.mvc.perform(get("/summary/summary.pdf").param("year", "2026").with(user(staff())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(PdfChecks.pdftotext(pdf).replaceAll("\\s+", " "))
				.contains("7.020.000", "Số liệu chốt ngày 06/01/2027")
				.doesNotContain("7.722.000", "Số liệu tính đến ngày");
			byte[] docx = this.mvc.perform(get("/summary/summary.docx").param("year", "2026").with(user(staff())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
					XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
				assertThat(extractor.getText()).contains("Số liệu chốt ngày 06/01/2027", "7.020.000")
					.doesNotContain("Số liệu tính đến ngày", "7.722.000");
			}
			// the text is read-only while final
			this.mvc
				.perform(post("/summary/text").param("year", "2026")
					.param("results", "Sửa sau khi chốt")
					.with(csrf())
					.with(user(staff())))
				.andExpect(status().isFound())
				.andExpect(flash().attribute("flashError", "summary.freeze.textReadOnly"));
			assertThatThrownBy(() -> as(staff(),
					() -> this.reportService.write(YEAR,
							new SummaryTextForm("Sửa sau khi chốt", null, null, null, null))))
				.isInstanceOf(vn.thidua.shared.web.BusinessRuleException.class);
			// reopening needs a reason, kept in the history
			this.mvc
				.perform(post("/summary/reopen").param("year", "2026").with(csrf()).with(user(leaderOfTheProvince())))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/summary/reopen").param("year", "2026").with(csrf()).with(user(staff())))
				.andExpect(flash().attribute("flashError", "summary.freeze.reasonRequired"));
			this.mvc
				.perform(post("/summary/reopen").param("year", "2026")
					.param("reason", "Bổ sung quyết định khen thưởng ghi nhận muộn")
					.with(csrf())
					.with(user(staff())))
				.andExpect(status().isFound())
				.andExpect(flash().attribute("flashSuccess", "summary.freeze.reopened"));
			assertThat(this.jdbc
				.sql("""
						select reason from audit_event where action = 'SUMMARY_REOPENED' and object_type = 'SUMMARY_SNAPSHOT'
						and actor = 'summary.staff'""")
				.query(String.class)
				.list()).containsExactly("Bổ sung quyết định khen thưởng ghi nhận muộn");
			assertThat(this.mvc.perform(get("/summary/print").param("year", "2026").with(user(staff())))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("7.722.000", "Số liệu tính đến ngày " + today())
				.doesNotContain("Số liệu chốt ngày");
			byte[] reopenedDocx = this.mvc
				.perform(get("/summary/summary.docx").param("year", "2026").with(user(staff())))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reopenedDocx));
					XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
				assertThat(extractor.getText()).contains("Số liệu tính đến ngày " + today())
					.doesNotContain("Số liệu chốt ngày");
			}
		}
		finally {
			this.jdbc.sql("delete from award_record where decision_id = :d and line_no = 5").param("d", d1).update();
			removeTheSnapshot();
		}
	}

	/** Today in Vietnam as the printed summary writes it. */
	private static String today() {
		return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
			.format(LocalDate.now(vn.thidua.shared.text.Formats.ZONE));
	}

	private void removeTheSnapshot() {
		this.jdbc.sql("delete from summary_snapshot where organizer_id = :org").param("org", this.province).update();
		this.jdbc.sql("delete from audit_event where object_type = 'SUMMARY_SNAPSHOT' and actor = 'summary.staff'")
			.update();
	}

	// ---------------------------------------------------------------- helpers

	private void removeTheText() {
		this.jdbc.sql("delete from summary_report where organizer_id = :org").param("org", this.province).update();
		this.jdbc.sql("delete from audit_event where object_type = 'SUMMARY_REPORT' and actor = 'summary.staff'")
			.update();
	}

	private static void assertValues(SummaryFigures s, String section, String key, long year, long before) {
		Figure figure = s.figure(section, key);
		assertThat(figure).as(key).isNotNull();
		assertThat(figure.values()).as(key).startsWith(year, before);
		assertThat(figure.values().subList(2, 4)).as(key + " in 2024 and 2023").containsOnly(0L);
	}

	private CurrentUser staff() {
		return new CurrentUser(-101, "summary.staff", "Cán bộ kiểm thử", Role.PROVINCE_STAFF, this.province,
				this.provincePath, null, true, true, false);
	}

	private CurrentUser leaderOfTheProvince() {
		return new CurrentUser(-103, "summary.leader", "Lãnh đạo kiểm thử", Role.LEADERSHIP, this.province,
				this.provincePath, null, true, true, false);
	}

	private CurrentUser unitUser(long unit, Role role) {
		return new CurrentUser(-102, "summary.unit", "Cán bộ đơn vị kiểm thử", role, unit, this.data.path(unit), null,
				true, true, false);
	}

	private static <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
		return CurrentUser.runAs(user, work);
	}

}
