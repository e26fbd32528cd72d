package vn.thidua.result;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.shared.spreadsheet.HostileWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Results in Excel, through the endpoints: PA04's March 2026 report of a throw-away
 * campaign (reopened by staff so that the deadline does not depend on the day), its
 * template downloaded, filled and uploaded; bad files and bad rows refused with nothing
 * changed; and the cluster's export read back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultWorkbookTests {

	static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

	@Autowired
	RankingService rankings;

	@Autowired
	ReportWorkflowService results;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoringTableService scoring;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long campaign;

	long pa04;

	long reportId;

	@BeforeEach
	void openMarchForPa04() {
		this.campaign = ResultTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users,
				"Đợt thử Excel " + UUID.randomUUID());
		this.pa04 = ResultTestData.unit(this.jdbc, "LS-PA04");
		this.reportId = open(MARCH);
	}

	private long open(LocalDate month) {
		long id = TestUsers.runAs(this.users, "member.officer",
				() -> this.results.open(this.campaign, this.pa04, month).getId());
		TestUsers.runAs(this.users, "staff",
				() -> this.results.reopen(id, this.results.today().plusDays(10), "Kiểm thử Excel"));
		return id;
	}

	@Test
	void theTemplateDownloadedFilledAndUploadedIsPreviewedThenSavedWithItsPoints() throws Exception {
		MvcResult download = this.mvc
			.perform(get("/results/" + this.reportId + "/template.xlsx")
				.with(TestUsers.as(this.users, "member.officer")))
			.andReturn();
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("ket-qua-PA04-2026-03.xlsx");
		byte[] template = download.getResponse().getContentAsByteArray();
		assertThat(ResultWorkbookFiles.checkWellFormed(template, "ket-qua-PA04-2026-03.xlsx"))
			.contains("xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml");
		List<List<String>> rows = ResultWorkbookFiles.read(template);
		assertThat(rows.get(0).get(0)).contains("03/2026");
		assertThat(rows.get(1).get(0)).contains("Phòng An ninh kinh tế").contains("Đợt thử Excel");
		assertThat(rows.get(3)).startsWith("Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính");
		assertThat(rows.subList(4, rows.size())).extracting(r -> r.get(0)).containsExactly("R.1", "R.2", "R.3", "R.4");

		byte[] filled = ResultWorkbookFiles.fill(template, Map.of("R.1", Map.of(ResultImportColumn.NUMERATOR, 45, //
				ResultImportColumn.DENOMINATOR, 50), //
				"R.2", Map.of(ResultImportColumn.THIS_PERIOD, 19, ResultImportColumn.LAST_YEAR, 20), //
				"R.3", Map.of(ResultImportColumn.DONE, "Có"), //
				"R.4", Map.of(ResultImportColumn.VALUE, 3, ResultImportColumn.NOTE, "Ba vụ, đã báo cáo")));
		MvcResult upload = upload(filled, "ket-qua-PA04-2026-03.xlsx");
		ResultImportPreview preview = (ResultImportPreview) upload.getModelAndView().getModel().get("preview");
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.valid()).isTrue();
		assertThat(upload.getResponse().getContentAsString()).contains("Tất cả 4 dòng đều hợp lệ");
		assertThat(report().getSelfPoints()).as("nothing saved before the confirmation").isNull();

		MvcResult confirm = this.mvc
			.perform(post("/results/" + this.reportId + "/import/confirm").param("token", preview.token())
				.cookie(sessionOf(upload))
				.with(csrf())
				.with(TestUsers.as(this.users, "member.officer")))
			.andReturn();
		assertThat(confirm.getResponse().getRedirectedUrl()).isEqualTo("/results/" + this.reportId);
		ResultReport saved = report();
		assertThat(saved.getSelfPoints()).isEqualByComparingTo("98.67");
		assertThat(line(saved, "R.1").getNumerator()).isEqualTo(45L);
		assertThat(line(saved, "R.3").getDone()).isTrue();
		assertThat(line(saved, "R.4").getNote()).isEqualTo("Ba vụ, đã báo cáo");

		// the same preview cannot be confirmed twice
		MvcResult again = this.mvc
			.perform(post("/results/" + this.reportId + "/import/confirm").param("token", preview.token())
				.cookie(sessionOf(upload))
				.with(csrf())
				.with(TestUsers.as(this.users, "member.officer")))
			.andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/results/" + this.reportId + "/edit");
	}

	@Test
	void anUploadWithBadRowsIsRefusedWithEveryRowsMessageAndNothingChanges() throws Exception {
		EntryForm form = EntryForm.of(report());
		form.getEntries().get(0).setNumerator("40");
		form.getEntries().get(0).setDenominator("50");
		TestUsers.runAs(this.users, "member.officer", () -> this.results.save(this.reportId, form));
		ResultReport before = report();
		byte[] template = template();
		byte[] bad = ResultWorkbookFiles.fill(template,
				Map.of("R.1", Map.of(ResultImportColumn.NUMERATOR, 51, ResultImportColumn.DENOMINATOR, 50), //
						"R.2", Map.of(ResultImportColumn.THIS_PERIOD, -1, ResultImportColumn.LAST_YEAR, 20), //
						"R.3", Map.of(ResultImportColumn.DONE, "Có lẽ"), //
						"R.4", Map.of(ResultImportColumn.VALUE, "ba")),
				new Object[] { "R.9", "Chỉ tiêu lạ", null, null, null, 5 },
				new Object[] { null, null, null, null, null, 7 });
		MvcResult upload = upload(bad, "sai.xlsx");
		assertThat(upload.getResponse().getStatus()).isEqualTo(200);
		ResultImportPreview preview = (ResultImportPreview) upload.getModelAndView().getModel().get("preview");
		assertThat(preview.valid()).isFalse();
		assertThat(preview.errors())
			.extracting(ResultImportError::row, ResultImportError::column, ResultImportError::messageKey)
			.containsExactly(tuple(5, ResultImportColumn.NUMERATOR, "scoring.error.numeratorAboveDenominator"),
					tuple(6, ResultImportColumn.THIS_PERIOD, "scoring.error.negativeValue"),
					tuple(7, ResultImportColumn.DONE, "result.excel.error.done"),
					tuple(8, ResultImportColumn.VALUE, "result.error.notANumber"),
					tuple(9, ResultImportColumn.CODE, "result.excel.error.unknownCode"),
					tuple(10, ResultImportColumn.CODE, "result.excel.error.required"));
		String html = upload.getResponse().getContentAsString();
		assertThat(html).contains("Tệp có 6 dòng, 6 dòng có lỗi (6 lỗi). Chưa có số liệu nào được lưu.")
			.contains("Dòng 8")
			.contains("“ba” không phải là một số.")
			.contains("“Có lẽ” không hợp lệ: hãy ghi Có hoặc Không.")
			.contains("Mã chỉ tiêu “R.9” không có trong báo cáo này.")
			.doesNotContain("result-import-confirm");

		// a confirmation without a valid preview saves nothing
		MvcResult confirm = this.mvc
			.perform(post("/results/" + this.reportId + "/import/confirm").param("token", preview.token())
				.cookie(sessionOf(upload))
				.with(csrf())
				.with(TestUsers.as(this.users, "member.officer")))
			.andReturn();
		assertThat(confirm.getResponse().getRedirectedUrl()).isEqualTo("/results/" + this.reportId + "/edit");
		ResultReport after = report();
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(line(after, "R.1").getNumerator()).isEqualTo(40L);
		assertThat(line(after, "R.3").getDone()).isNull();
		assertThat(after.getSelfPoints()).isEqualByComparingTo(before.getSelfPoints());
	}

	@Test
	void aPairWithOneHalfMissingAndAFigureInAColumnThatDoesNotApplyAreRefused() throws Exception {
		byte[] bad = ResultWorkbookFiles.fill(template(), Map.of("R.1", Map.of(ResultImportColumn.NUMERATOR, 45), //
				"R.4", Map.of(ResultImportColumn.VALUE, 2, ResultImportColumn.DONE, "Có")));
		ResultImportPreview preview = preview(upload(bad, "thieu.xlsx"));
		assertThat(preview.errors())
			.extracting(ResultImportError::row, ResultImportError::column, ResultImportError::messageKey)
			.containsExactly(tuple(5, ResultImportColumn.DENOMINATOR, "result.excel.error.required"),
					tuple(8, ResultImportColumn.DONE, "result.excel.error.notApplicable"));
	}

	@Test
	void aFileThatIsNotAnXlsxTemplateIsRefusedWithAClearMessage() throws Exception {
		long version = report().getVersion();
		MvcResult pdf = upload("%PDF-1.4 bao cao".getBytes(StandardCharsets.US_ASCII), "ket-qua.xlsx");
		assertThat(preview(pdf).fileErrors()).extracting(ResultImportError::messageKey)
			.containsExactly("result.excel.error.notXlsx");
		assertThat(pdf.getResponse().getContentAsString())
			.contains("Tệp không phải là tệp Excel (.xlsx). Hãy tải mẫu Excel của báo cáo này và điền vào đó.");
		byte[] xls = new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0 };
		assertThat(preview(upload(xls, "cu.xls")).fileErrors()).extracting(ResultImportError::messageKey)
			.containsExactly("result.excel.error.oldExcel");
		byte[] other = ResultWorkbookFiles.xlsx(new Object[] { "Mã đơn vị", "Tên đơn vị" },
				new Object[] { "LS-PA99", "Phòng thử" });
		assertThat(preview(upload(other, "don-vi.xlsx")).fileErrors()).extracting(ResultImportError::messageKey)
			.containsExactly("result.excel.error.header");
		MvcResult none = upload(new byte[0], "rong.xlsx");
		assertThat(preview(none).fileErrors()).extracting(ResultImportError::messageKey)
			.containsExactly("result.excel.error.noFile");
		assertThat(report().getVersion()).isEqualTo(version);
	}

	@Test
	void theTemplateOfAnotherReportIsRecognisedAndRefused() throws Exception {
		long april = open(LocalDate.of(2026, 4, 1));
		byte[] aprilTemplate = this.mvc
			.perform(get("/results/" + april + "/template.xlsx").with(TestUsers.as(this.users, "member.officer")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled = ResultWorkbookFiles.fill(aprilTemplate, Map.of("R.4", Map.of(ResultImportColumn.VALUE, 1)));
		MvcResult upload = upload(filled, "ket-qua-PA04-2026-04.xlsx");
		assertThat(preview(upload).fileErrors()).extracting(ResultImportError::messageKey, ResultImportError::arguments)
			.containsExactly(tuple("result.excel.error.otherReport", List.of(april, this.reportId)));
		assertThat(upload.getResponse().getContentAsString())
			.contains("Tệp là mẫu của báo cáo số " + april + ", không phải của báo cáo này (số " + this.reportId + ")");
		assertThat(line(report(), "R.4").getAmount()).isNull();
	}

	@Test
	void anotherUnitGetsNotFoundAndTheHeadUnitMayNotEnter() throws Exception {
		assertThat(status("other.officer", get("/results/" + this.reportId + "/template.xlsx"))).isEqualTo(404);
		assertThat(status("other.officer",
				multipart("/results/" + this.reportId + "/import").file(file(template(), "a.xlsx")).with(csrf())))
			.isEqualTo(404);
		assertThat(status("other.officer", post("/results/" + this.reportId + "/import/confirm").with(csrf())))
			.isEqualTo(404);
		assertThat(status("head.officer", get("/results/" + this.reportId + "/template.xlsx"))).isEqualTo(403);
		long cluster = clusterOfPa04();
		String export = "/results/export.xlsx?campaign=" + this.campaign + "&cluster=" + cluster + "&month=2026-03";
		assertThat(status("other.officer", get(export))).isEqualTo(404);
		assertThat(status("member.officer", get(export))).as("a member exports its own cluster").isEqualTo(200);
		assertThat(status("leader", get(export))).isEqualTo(200);
	}

	@Test
	void theExportHasEveryMembersMonthsAsNumbersAndTheRankingPagesScoresAndRanks() throws Exception {
		long cluster = clusterOfPa04();
		List<Long> members = this.jdbc.sql("""
				select u.id from cluster_member m join unit u on u.id = m.unit_id
				where m.cluster_id = :k order by u.sort_key
				""").param("k", cluster).query(Long.class).list();
		assertThat(members).hasSizeGreaterThanOrEqualTo(3);
		// PA04 (March opened above) and two other members: 90, 90, 90 reviewed in March;
		// a February report of PA04 approved with 75.5, so PA04 leads the year to date
		// and
		// the other two tie
		approve(this.reportId, "88.00", "90.00");
		List<Long> others = members.stream().filter(id -> id != this.pa04).limit(2).toList();
		insert(others.get(0), MARCH, "APPROVED", "91.00", "90.00");
		insert(others.get(1), MARCH, "APPROVED", "85.00", "90.00");
		insert(this.pa04, LocalDate.of(2026, 2, 1), "APPROVED", "76.00", "75.50");
		MvcResult result = this.mvc
			.perform(get("/results/export.xlsx").param("campaign", String.valueOf(this.campaign))
				.param("cluster", String.valueOf(cluster))
				.param("month", "2026-03")
				.with(TestUsers.as(this.users, "head.officer")))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("ket-qua-khoi-an-ninh-2026-03.xlsx");
		byte[] content = result.getResponse().getContentAsByteArray();
		assertThat(ResultWorkbookFiles.checkWellFormed(content, "ket-qua-khoi-an-ninh-2026-03.xlsx"))
			.contains("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			List<Row> rows = stream.toList();
			assertThat(rows.get(0).getCellText(0)).contains("Khối An ninh").contains("03/2026");
			Row header = rows.get(3);
			assertThat(header.getCellText(0)).isEqualTo("STT");
			assertThat(header.getCellText(3)).isEqualTo("T1/2026");
			assertThat(header.getCellText(5)).isEqualTo("T3/2026");
			assertThat(header.getCellText(6)).isEqualTo("Điểm lũy kế đến tháng 03/2026");
			assertThat(header.getCellText(7)).isEqualTo("Xếp hạng tháng 03/2026");
			List<Row> data = rows.subList(4, rows.size());
			assertThat(data).hasSize(members.size());
			Row pa04 = data.stream().filter(r -> "LS-PA04".equals(r.getCellText(1))).findFirst().orElseThrow();
			Cell march = pa04.getCell(5);
			assertThat(march.getType()).isEqualTo(CellType.NUMBER);
			assertThat(march.asNumber()).isEqualByComparingTo("90");
			assertThat(pa04.getCell(4).asNumber()).isEqualByComparingTo("75.5");
			assertThat(pa04.getCell(6).getType()).isEqualTo(CellType.NUMBER);
			assertThat(pa04.getCell(7).asNumber()).isEqualByComparingTo("1");
			// the year-to-date scores and ranks are the ranking page's
			Map<Long, RankingRow> expected = new java.util.HashMap<>();
			TestUsers
				.runAs(this.users, "head.officer",
						() -> this.rankings.ranking(this.campaign, cluster, java.time.YearMonth.of(2026, 3)))
				.forEach(row -> expected.put(row.unitId(), row));
			Map<Long, BigDecimal> ranks = new java.util.HashMap<>();
			for (Row row : data) {
				long unit = ResultTestData.unit(this.jdbc, row.getCellText(1));
				assertThat(row.getCell(6).asNumber()).as(row.getCellText(1))
					.isEqualByComparingTo(expected.get(unit).ytd());
				ranks.put(unit, row.getCell(7).asNumber());
				assertThat(row.getCell(7).asNumber()).isEqualByComparingTo(String.valueOf(expected.get(unit).rank()));
			}
			assertThat(ranks).containsEntry(this.pa04, BigDecimal.ONE)
				.containsEntry(others.get(0), new BigDecimal("2"))
				.containsEntry(others.get(1), new BigDecimal("2"))
				.hasSize(members.size());
			assertThat(workbook.getSheets().count()).isEqualTo(2);
		}
	}

	// ----------------------------------------------------------------- helpers

	@Test
	void aSmallFileThatInflatesToHundredsOfMegabytesIsRefusedAtOnceAndNothingChanges() throws Exception {
		long version = report().getVersion();
		byte[] bomb = HostileWorkbooks.hugeCell(templateRows(), 200L * 1024 * 1024);
		MvcResult upload = timedUpload("one 200 MB cell", bomb);
		assertThat(preview(upload).fileErrors()).extracting(ResultImportError::messageKey)
			.containsExactly("spreadsheet.error.inflatedTooLarge");
		assertThat(org.jsoup.Jsoup.parse(upload.getResponse().getContentAsString())
			.select("#result-import-file-errors")
			.text()).contains("Nội dung tệp khi giải nén vượt quá giới hạn 50 MB");
		assertThat(preview(upload).rows()).isEmpty();
		assertThat(report().getVersion()).isEqualTo(version);
	}

	@Test
	void blankRowsBeforeTheHeaderAreRefusedAtOnceAndNothingChanges() throws Exception {
		long version = report().getVersion();
		byte[] bomb = HostileWorkbooks.blankRowsBefore(templateRows(), 900_000);
		MvcResult upload = timedUpload("0.9 MB of blank rows", bomb);
		assertThat(preview(upload).fileErrors()).extracting(ResultImportError::messageKey)
			.containsExactly("spreadsheet.error.tooManyRows");
		assertThat(upload.getResponse().getContentAsString())
			.contains("Trang tính có quá 10000 dòng (kể cả dòng trống), vượt giới hạn cho phép.");
		assertThat(report().getVersion()).isEqualTo(version);
	}

	@Test
	void aFigureWithAHugeExponentIsRefusedWithoutBeingWrittenOut() throws Exception {
		long version = report().getVersion();
		List<List<Object>> rows = templateRows();
		int r4 = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).isEmpty() && "R.4".equals(rows.get(i).get(0))) {
				r4 = i;
			}
		}
		List<Object> row = new ArrayList<>(rows.get(r4));
		while (row.size() <= ResultImportColumn.VALUE.ordinal()) {
			row.add(null);
		}
		row.set(ResultImportColumn.VALUE.ordinal(), new HostileWorkbooks.RawNumber("1e1000000"));
		rows.set(r4, row);
		MvcResult upload = upload(HostileWorkbooks.rows(rows), "so-mu.xlsx");
		assertThat(preview(upload).fileErrors()).extracting(ResultImportError::messageKey)
			.containsExactly("spreadsheet.error.numberExponent");
		String cell = "F" + (r4 + 1);
		assertThat(upload.getResponse().getContentAsString())
			.contains("Số ở ô " + cell + " quá lớn hoặc quá nhỏ (số mũ vượt quá 30), vượt giới hạn cho phép.");
		assertThat(report().getVersion()).isEqualTo(version);
		assertThat(line(report(), "R.4").getAmount()).isNull();
	}

	/** The downloaded template's rows as text, to build hostile files around. */
	private List<List<Object>> templateRows() throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		for (List<String> row : ResultWorkbookFiles.read(template())) {
			rows.add(new ArrayList<>(row.stream().map(text -> text.isEmpty() ? null : (Object) text).toList()));
		}
		return rows;
	}

	private MvcResult timedUpload(String what, byte[] file) throws Exception {
		long start = System.nanoTime();
		MvcResult upload = upload(file, "bom.xlsx");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("Workbook limits: result import refused %s (%,d bytes) in %d ms%n", what, file.length,
				millis);
		// a generous bound: the file must not be parsed, which would take far longer
		assertThat(millis).isLessThan(5_000);
		return upload;
	}

	private void approve(long id, String self, String reviewed) {
		this.jdbc.sql("""
				update result_report set state = 'APPROVED', self_points = cast(:s as numeric),
				  reviewed_points = cast(:r as numeric) where id = :id
				""").param("s", self).param("r", reviewed).param("id", id).update();
	}

	private void insert(long unit, LocalDate month, String state, String self, String reviewed) {
		this.jdbc.sql("""
				insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, created_by, state,
				  self_points, reviewed_points)
				values (:c, :u, :k, :m, :m, 'test', :state, cast(:s as numeric), cast(:r as numeric))
				""")
			.param("c", this.campaign)
			.param("u", unit)
			.param("k", clusterOfPa04())
			.param("m", java.sql.Date.valueOf(month))
			.param("state", state)
			.param("s", self)
			.param("r", reviewed)
			.update();
	}

	private long clusterOfPa04() {
		return this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
	}

	private <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>> int status(
			String user, B request) throws Exception {
		return this.mvc.perform(request.with(TestUsers.as(this.users, user)).header("Accept", "text/html"))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private ResultReport report() {
		return TestUsers.runAs(this.users, "member.officer", () -> this.results.getWithValues(this.reportId));
	}

	private static ResultValue line(ResultReport report, String code) {
		return report.getValues()
			.stream()
			.filter(v -> v.getIndicator().getCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private byte[] template() throws Exception {
		return this.mvc
			.perform(get("/results/" + this.reportId + "/template.xlsx")
				.with(TestUsers.as(this.users, "member.officer")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private MvcResult upload(byte[] content, String name) throws Exception {
		return this.mvc
			.perform(multipart("/results/" + this.reportId + "/import").file(file(content, name))
				.with(csrf())
				.with(TestUsers.as(this.users, "member.officer")))
			.andReturn();
	}

	/**
	 * The session lives in the database (Spring Session): its cookie carries it along.
	 */
	private static jakarta.servlet.http.Cookie sessionOf(MvcResult result) {
		jakarta.servlet.http.Cookie cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).isNotNull();
		return cookie;
	}

	private static MockMultipartFile file(byte[] content, String name) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static ResultImportPreview preview(MvcResult result) {
		return (ResultImportPreview) result.getModelAndView().getModel().get("preview");
	}

}
