package vn.thidua.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.shared.document.LibreOfficeReadBack;
import vn.thidua.shared.document.PdfChecks;
import vn.thidua.shared.text.Formats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-end summary of the demo province from end to end, as provincial staff work it:
 * from the dashboard through the menu to the 2026 summary, one figure followed to the
 * records behind it, the four text parts written and saved, the report printed (PDF, its
 * pages as pictures; DOCX), the three statistical forms downloaded and read back by
 * LibreOffice, the summary marked final and reopened with a reason. The leadership reads
 * the same summary without any control; a unit's commander sees only their unit's.
 * Screenshots in Vietnamese, English and at phone width. The text parts, the final state
 * and their history are put back as the demo had them.
 */
class SummaryJourneyBrowserTests extends BrowserTestSupport {

	private static final int YEAR = 2026;

	private static final String RESULTS = "Phong trào thi đua \"Vì an ninh Tổ quốc\" lan tỏa đến mọi đơn vị.\n"
			+ "Nhiều mô hình hay được nhân rộng.";

	private static final String SHORTCOMINGS = "Một số đơn vị đăng ký thi đua còn hình thức; nguyên nhân: chưa cụ thể hóa chỉ tiêu.";

	private static final String LESSONS = "Lãnh đạo quan tâm sát sao thì phong trào có chiều sâu.";

	private static final String DIRECTION = "Tiếp tục đổi mới nội dung, hình thức thi đua năm 2027.";

	@Autowired
	JdbcClient jdbc;

	private long organizer;

	private Map<String, Object> textBefore;

	private long lastAuditEvent;

	@BeforeEach
	void rememberTheDemo() {
		// the province whose staff write its summary
		this.organizer = this.jdbc.sql("select unit_id from app_user where username = 'staff'")
			.query(Long.class)
			.single();
		this.textBefore = this.jdbc.sql("""
				select results, shortcomings, lessons, direction, updated_by, updated_at, version
				from summary_report where organizer_id = :org and year = :year""")
			.param("org", this.organizer)
			.param("year", YEAR)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
		this.lastAuditEvent = this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	@AfterEach
	void backToTheDemo() {
		this.jdbc.sql("delete from summary_snapshot where organizer_id = :org and year = :year")
			.param("org", this.organizer)
			.param("year", YEAR)
			.update();
		if (this.textBefore == null) {
			this.jdbc.sql("delete from summary_report where organizer_id = :org and year = :year")
				.param("org", this.organizer)
				.param("year", YEAR)
				.update();
		}
		else {
			this.jdbc.sql("""
					update summary_report set results = :results, shortcomings = :shortcomings, lessons = :lessons,
					direction = :direction, updated_by = :updated_by, updated_at = :updated_at, version = :version
					where organizer_id = :org and year = :year""")
				.params(this.textBefore)
				.param("org", this.organizer)
				.param("year", YEAR)
				.update();
		}
		this.jdbc.sql("""
				delete from audit_event where id > :last and object_type in ('SUMMARY_REPORT', 'SUMMARY_SNAPSHOT')""")
			.param("last", this.lastAuditEvent)
			.update();
	}

	@Test
	void staffWorkTheSummaryThroughLeadershipReadsItAUnitSeesItsOwn() throws Exception {
		String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(Formats.ZONE));

		// ---- staff: from the dashboard through the menu to the 2026 summary
		login("staff");
		this.page.onDialog(Dialog::accept);
		this.page.click("#nav-summary");
		this.page.waitForSelector("#summary-page");
		if (!this.page.textContent("#summary-heading").contains(String.valueOf(YEAR))) {
			this.page.selectOption("#summary-year", String.valueOf(YEAR));
			this.page.click("#summary-filter button[type=submit]");
			this.page.waitForSelector("#summary-page");
		}
		assertThat(this.page.textContent("#summary-heading")).contains("Công an tỉnh Lâm Sơn", "2026");
		assertThat(this.page.isVisible("#summary-freeze-form")).isTrue();
		screenshotEverywhere("summary-journey");

		// one figure leads to the list of the records behind it, with the same count
		String records = this.page.textContent("#summary-figure-cash-records td a").strip();
		String cash = this.page.textContent("#summary-figure-cash-amount td a").strip();
		this.page.click("#summary-figure-cash-records td a");
		this.page.waitForURL(Pattern.compile(".*/awards/records\\?year=2026.*"));
		String count = this.page.textContent("#records-count");
		assertThat(count).contains("Tìm thấy " + records + " hồ sơ", cash);
		screenshot("summary-journey-records-vi");
		this.page.goBack();
		this.page.waitForSelector("#summary-text-form");

		// the four text parts, saved
		this.page.fill("#results", RESULTS);
		this.page.fill("#shortcomings", SHORTCOMINGS);
		this.page.fill("#lessons", LESSONS);
		this.page.fill("#direction", DIRECTION);
		this.page.click("#summary-text-save");
		this.page.waitForSelector("#summary-text-updated");
		assertThat(this.page.textContent(".alert-success")).contains("Đã lưu phần nhận xét");
		assertThat(this.page.inputValue("#lessons")).isEqualTo(LESSONS);
		this.page.locator("#summary-text").scrollIntoViewIfNeeded();
		screenshot("summary-journey-text-saved-vi");

		// printed: the view, the PDF (its pages as pictures) and the DOCX
		this.page.click("#summary-print-link");
		this.page.waitForSelector("#document");
		assertThat(this.page.textContent("#document")).contains("BÁO CÁO", "Nhiều mô hình hay được nhân rộng.",
				LESSONS);
		assertThat(this.page.textContent("#summary-print-as-of")).isEqualTo("Số liệu tính đến ngày " + today);
		screenshot("summary-journey-print-vi");
		Download pdf = this.page.waitForDownload(() -> this.page.click("#document-pdf"));
		byte[] pdfBytes = Files.readAllBytes(pdf.path());
		assertThat(new String(pdfBytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		PdfChecks.save(pdfBytes, "summary-journey");
		PdfChecks.assertA4WithinMargins(pdfBytes);
		assertThat(PdfChecks.pdftotext(pdfBytes).replaceAll("\\s+", " ")).contains("BÁO CÁO",
				"Số liệu tính đến ngày " + today, "Nhiều mô hình hay được nhân rộng.", SHORTCOMINGS, DIRECTION);
		Download docx = this.page.waitForDownload(() -> this.page.click("#document-docx"));
		Files.copy(docx.path(), java.nio.file.Path.of("target", "screenshots", "summary-journey.docx"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx.path()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).contains("BÁO CÁO", "Số liệu tính đến ngày " + today,
					"Phong trào thi đua \"Vì an ninh Tổ quốc\" lan tỏa đến mọi đơn vị.", SHORTCOMINGS, LESSONS,
					DIRECTION);
		}
		this.page.click("#document-back");
		this.page.waitForSelector("#summary-page");

		// the three statistical forms as workbooks, read back by LibreOffice
		this.page.click("#summary-forms-link");
		this.page.waitForSelector("#forms-page");
		List<String> forms = List.of("0601", "0602", "0603");
		List<byte[]> workbooks = new ArrayList<>();
		List<Long> totals = new ArrayList<>();
		for (String form : forms) {
			totals.add(Long
				.parseLong(this.page.textContent("#form-card-" + form + " .form-grand-total").replaceAll("\\D", "")));
			Download xlsx = this.page.waitForDownload(() -> this.page.click("#form-xlsx-" + form));
			workbooks.add(Files.readAllBytes(xlsx.path()));
		}
		if (LibreOfficeReadBack.available()) {
			List<List<List<LibreOfficeReadBack.Cell>>> sheets = LibreOfficeReadBack.firstSheets(workbooks);
			for (int f = 0; f < forms.size(); f++) {
				List<LibreOfficeReadBack.Cell> total = sheets.get(f)
					.stream()
					.filter(row -> row.size() > 2 && "01".equals(row.get(1).text()))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no row 01"));
				assertThat(total.get(1).quoted()).as("the row number is text").isTrue();
				for (LibreOfficeReadBack.Cell cell : total.subList(2, total.size())) {
					if (!cell.text().isEmpty()) {
						assertThat(cell.isNumber()).as("form " + forms.get(f) + " cell " + cell).isTrue();
					}
				}
				assertThat(total.get(2).asLong()).as("form " + forms.get(f) + " grand total").isEqualTo(totals.get(f));
			}
		}
		else {
			System.out.println("LibreOffice is not installed: the forms' workbooks were not read back");
		}

		// marked final, then reopened with a reason
		this.page.click("#forms-summary");
		this.page.waitForSelector("#summary-freeze-form");
		this.page.click("#summary-freeze-button");
		this.page.waitForSelector("#summary-final");
		assertThat(this.page.textContent(".alert-success")).contains("Đã chốt số liệu");
		assertThat(this.page.isVisible("#summary-text-form")).isFalse();
		assertThat(this.page.textContent("#summary-text-lessons")).contains(LESSONS);
		screenshotEverywhere("summary-journey-frozen");
		open("/summary/print?year=2026");
		assertThat(this.page.textContent("#summary-print-as-of")).isEqualTo("Số liệu chốt ngày " + today);
		screenshot("summary-journey-print-frozen-vi");
		open("/summary?year=2026");
		this.page.fill("#summary-reopen-reason", "Bổ sung quyết định khen thưởng ghi nhận muộn");
		this.page.click("#summary-reopen-button");
		this.page.waitForSelector("#summary-freeze-form");
		assertThat(this.page.textContent(".alert-success")).contains("Đã mở lại");
		assertThat(this.page.inputValue("#results")).isEqualTo(RESULTS);

		// ---- the leadership: the same summary, read-only
		useViewport(1366, 900);
		login("leader");
		open("/summary?year=2026");
		assertThat(this.page.textContent("#summary-heading")).contains("Công an tỉnh Lâm Sơn");
		assertThat(this.page.locator("#summary-text-form").count()).isZero();
		assertThat(this.page.locator("#summary-freeze-form").count()).isZero();
		assertThat(this.page.textContent("#summary-text-direction")).contains(DIRECTION);
		screenshotEverywhere("summary-journey-leader");
		String token = this.page.getAttribute("meta[name=_csrf]", "content");
		String header = this.page.getAttribute("meta[name=_csrf_header]", "content");
		APIResponse write = this.page.request()
			.post(url("/summary/text?year=2026"),
					RequestOptions.create()
						.setHeader(header, token)
						.setForm(FormData.create().set("results", "Sửa bởi lãnh đạo"))
						.setMaxRedirects(0));
		assertThat(write.status()).as("leadership writing the text").isEqualTo(403);
		APIResponse freeze = this.page.request()
			.post(url("/summary/freeze?year=2026"),
					RequestOptions.create().setHeader(header, token).setForm(FormData.create()).setMaxRedirects(0));
		assertThat(freeze.status()).as("leadership marking it final").isEqualTo(403);

		// ---- a unit's commander: their unit's summary only
		useViewport(1366, 900);
		login("member.commander");
		open("/summary?year=2026");
		assertThat(this.page.textContent("#summary-heading")).contains("Phòng An ninh kinh tế")
			.doesNotContain("Công an tỉnh Lâm Sơn");
		assertThat(this.page.locator("#summary-text").count()).isZero();
		assertThat(this.page.locator("#summary-freeze").count()).isZero();
		screenshotEverywhere("summary-journey-unit");
		long otherUnit = this.jdbc.sql("select id from unit where code = 'LS-PC02'").query(Long.class).single();
		Response other = this.page.navigate(url("/summary?year=2026&unitId=" + otherUnit));
		assertThat(other.status()).as("another unit's summary").isEqualTo(404);
		this.page.waitForLoadState(LoadState.LOAD);
		screenshot("summary-journey-unit-other-vi");
	}

}
