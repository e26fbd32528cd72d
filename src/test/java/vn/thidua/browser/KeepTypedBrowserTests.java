package vn.thidua.browser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.shared.text.Formats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the officer types on the entry page is never lost (issue 13, ADR 0016). PA04's
 * report of the month being filled now, for the 2026 movement: figures and a note typed,
 * then an evidence file of the wrong type refused beside its control with the figures
 * still in their fields and nothing saved (in Vietnamese, English and on a phone);
 * leaving the page then asks first (the language switch is kept back when the officer
 * stays); a good file uploaded saves the figures with it; an Excel import with a figure
 * that is not a number stops before reading the file and keeps the figure; an import with
 * valid figures saves them as the draft before the preview; saving with "Lưu" does not
 * ask. The report is put back as it was afterwards (deleted when the test opened it).
 */
class KeepTypedBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	private final List<Dialog> dialogs = new ArrayList<>();

	private boolean dismissDialogs = true;

	private Long reportId;

	private boolean existedBefore;

	private Map<String, Object> reportBefore;

	private List<Map<String, Object>> valuesBefore;

	private long lastEvidenceBefore;

	private long lastAuditBefore;

	@Test
	void figuresTypedSurviveUploadsAndLeavingWithUnsavedChangesAsksFirst() {
		long movement = this.jdbc.sql("select id from campaign where name like 'Phong trào thi đua%Vì an ninh%2026'")
			.query(Long.class)
			.single();
		long unit = this.jdbc.sql("select id from unit where code = 'LS-PA04'").query(Long.class).single();
		YearMonth month = monthBeingFilled();
		remember(movement, unit, month);

		login("member.officer");
		open("/results");
		Locator row = this.page.locator("tr[data-period='" + month + "'][data-campaign='" + movement + "']");
		if (row.locator(".result-open").count() > 0) {
			row.locator(".result-open").click();
		}
		else {
			row.locator(".result-view").click();
		}
		this.page.waitForURL(Pattern.compile(".*/results/\\d+$"));
		String reportPath = this.page.url().substring(url("").length());
		this.reportId = Long.valueOf(reportPath.substring("/results/".length()));
		String editPath = reportPath + "/edit";
		this.page.onDialog(dialog -> {
			this.dialogs.add(dialog);
			if (this.dismissDialogs && "beforeunload".equals(dialog.type())) {
				dialog.dismiss();
			}
			else {
				dialog.accept();
			}
		});

		// a file of the wrong type: refused beside the control, the figures kept and
		// nothing saved; in Vietnamese, English and on a phone
		refusedUpload(editPath, "Biên bản.pdf");
		screenshot("keep-typed-evidence-refused-vi");
		assertThat(numeratorSaved()).isNotEqualTo("41");
		// leaving now asks first; staying keeps everything
		int before = this.dialogs.size();
		this.page.click("#lang-en");
		waitForDialogs(before + 1);
		assertThat(this.dialogs.get(before).type()).isEqualTo("beforeunload");
		assertThat(this.page.url()).endsWith("/evidence");
		assertThat(this.page.inputValue(field(0, "numerator"))).isEqualTo("41");
		// leaving anyway
		this.dismissDialogs = false;
		this.page.click("#lang-en");
		// the address of the refused upload, asked again in English: the entry page
		this.page.waitForURL(Pattern.compile(".*/results/\\d+/edit(\\?.*)?$"));
		this.dismissDialogs = true;
		refusedUpload(editPath, "Biên bản.pdf");
		screenshot("keep-typed-evidence-refused-en");
		this.dismissDialogs = false;
		open(editPath);
		switchLanguage("vi");
		this.dismissDialogs = true;
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		refusedUpload(editPath, "Biên bản.pdf");
		screenshot("keep-typed-evidence-refused-phone");
		this.page.setViewportSize(1366, 900);

		// the good file: uploaded, and the figures typed with it saved
		before = this.dialogs.size();
		this.page.selectOption("#valueId", new SelectOption().setIndex(1));
		byte[] pdf = "%PDF-1.4\n% Bien ban thang nay\n".getBytes(StandardCharsets.US_ASCII);
		this.page.setInputFiles("#file", new FilePayload("Biên bản tháng này.pdf", "application/pdf", pdf));
		this.page.click("#result-evidence-upload");
		this.page.waitForURL(Pattern.compile(".*/edit$"));
		Locator message = this.page.locator("#result-evidence-message");
		message.waitFor();
		assertThat(message.getAttribute("role")).isEqualTo("status");
		assertThat(message.textContent()).contains("Biên bản tháng này.pdf", "được lưu cùng lúc");
		assertThat(focusedId()).isEqualTo("result-evidence-message");
		assertThat(this.page.inputValue(field(0, "numerator"))).isEqualTo("41");
		assertThat(this.page.inputValue(field(0, "denominator"))).isEqualTo("50");
		assertThat(this.page.inputValue(field(0, "note"))).isEqualTo("Số liệu gõ tay, chưa lưu");
		assertThat(numeratorSaved()).isEqualTo("41");
		assertThat(this.page.locator("#evidence").textContent()).contains("Biên bản tháng này.pdf");
		assertThat(this.dialogs).hasSize(before);
		screenshot("keep-typed-evidence-added-vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		screenshot("keep-typed-evidence-added-phone");
		this.page.setViewportSize(1366, 900);

		// Excel with a figure that is not a number: stopped before the file is read,
		// the figure kept with its error, the message beside the import
		typeInto(field(0, "numerator"), "bốn mươi");
		this.page.setInputFiles("#import-file", new FilePayload("ket-qua.xlsx", ResultExcelBrowserTests.XLSX,
				"not a workbook".getBytes(StandardCharsets.US_ASCII)));
		this.page.click("#result-import");
		Locator importMessage = this.page.locator("#result-import-message");
		importMessage.waitFor();
		assertThat(importMessage.getAttribute("role")).isEqualTo("alert");
		assertThat(importMessage.textContent()).contains("Chưa đọc tệp Excel");
		assertThat(focusedId()).isEqualTo("result-import-message");
		assertThat(this.page.inputValue(field(0, "numerator"))).isEqualTo("bốn mươi");
		assertThat(this.page.locator("#result-form").textContent()).contains("không phải là một số");
		assertThat(numeratorSaved()).isEqualTo("41");
		screenshot("keep-typed-import-figures-refused-vi");

		// valid figures: saved as the draft before the (bad) file is read
		typeInto(field(0, "numerator"), "43");
		typeInto(field(0, "note"), "Ghi chú trước khi nhập Excel");
		this.page.setInputFiles("#import-file", new FilePayload("ket-qua.xlsx", ResultExcelBrowserTests.XLSX,
				"not a workbook".getBytes(StandardCharsets.US_ASCII)));
		this.page.click("#result-import");
		this.page.waitForSelector("#result-import-page");
		assertThat(this.page.locator("#result-import-draft-saved").textContent()).contains("đã được lưu nháp");
		screenshot("keep-typed-import-draft-saved-vi");
		this.page.click("#result-import-back");
		this.page.waitForSelector("#result-form");
		assertThat(this.page.inputValue(field(0, "numerator"))).isEqualTo("43");
		assertThat(this.page.inputValue(field(0, "note"))).isEqualTo("Ghi chú trước khi nhập Excel");

		// "Lưu" sends the form: no question
		before = this.dialogs.size();
		typeInto(field(0, "numerator"), "44");
		this.page.click("#result-save");
		this.page.waitForURL(url(reportPath));
		assertThat(this.dialogs).hasSize(before);
		assertThat(numeratorSaved()).isEqualTo("44");
	}

	/**
	 * Types figures and a note, then uploads a GIF named .pdf: refused beside the
	 * control, focused, the figures still typed.
	 */
	private void refusedUpload(String editPath, String expected) {
		open(editPath);
		this.page.waitForSelector("#result-form");
		typeInto(field(0, "numerator"), "41");
		typeInto(field(0, "denominator"), "50");
		typeInto(field(0, "note"), "Số liệu gõ tay, chưa lưu");
		byte[] gif = "GIF89a anh dong".getBytes(StandardCharsets.US_ASCII);
		this.page.setInputFiles("#file", new FilePayload("Biên bản.pdf", "application/pdf", gif));
		this.page.click("#result-evidence-upload");
		Locator message = this.page.locator("#result-evidence-message");
		message.waitFor();
		assertThat(message.getAttribute("role")).isEqualTo("alert");
		assertThat(message.textContent()).contains(expected);
		assertThat(focusedId()).isEqualTo("result-evidence-message");
		assertThat(this.page.inputValue(field(0, "numerator"))).isEqualTo("41");
		assertThat(this.page.inputValue(field(0, "denominator"))).isEqualTo("50");
		assertThat(this.page.inputValue(field(0, "note"))).isEqualTo("Số liệu gõ tay, chưa lưu");
		assertThat(this.page.locator("#result-form").getAttribute("data-dirty")).isEqualTo("true");
	}

	/**
	 * Clicks into a field (as a user, so that the page may ask before being left) and
	 * types.
	 */
	private void typeInto(String selector, String text) {
		this.page.click(selector);
		this.page.fill(selector, text);
	}

	private void waitForDialogs(int count) {
		for (int i = 0; i < 50 && this.dialogs.size() < count; i++) {
			this.page.waitForTimeout(100);
		}
		assertThat(this.dialogs).hasSizeGreaterThanOrEqualTo(count);
	}

	private String focusedId() {
		return (String) this.page.evaluate("() => document.activeElement && document.activeElement.id");
	}

	/** The saved numerator of the report's first line. */
	private String numeratorSaved() {
		return this.jdbc.sql("select numerator from result_value where report_id = :report order by id limit 1")
			.param("report", this.reportId)
			.query(Long.class)
			.optional()
			.map(String::valueOf)
			.orElse("");
	}

	private static String field(int index, String name) {
		return "[id='entries" + index + "." + name + "']";
	}

	/** The month a unit fills in today (as in {@link ResultExcelBrowserTests}). */
	private static YearMonth monthBeingFilled() {
		LocalDate today = LocalDate.now(Formats.ZONE);
		YearMonth month = YearMonth.from(today);
		YearMonth candidate = today.getDayOfMonth() <= 5 ? month.minusMonths(1) : month;
		YearMonth last = YearMonth.of(2026, 12);
		return candidate.isAfter(last) ? last : candidate;
	}

	/** What the report was before the test, to put it back afterwards. */
	private void remember(long campaign, long unit, YearMonth month) {
		Long existing = this.jdbc
			.sql("select id from result_report where campaign_id = :c and unit_id = :u and period_month = :m")
			.param("c", campaign)
			.param("u", unit)
			.param("m", month.atDay(1))
			.query(Long.class)
			.optional()
			.orElse(null);
		this.existedBefore = existing != null;
		if (this.existedBefore) {
			this.reportBefore = this.jdbc.sql("select * from result_report where id = :id")
				.param("id", existing)
				.query()
				.singleRow();
			this.valuesBefore = this.jdbc.sql("select * from result_value where report_id = :id")
				.param("id", existing)
				.query()
				.listOfRows();
		}
		this.lastEvidenceBefore = this.jdbc.sql("select coalesce(max(id), 0) from result_evidence")
			.query(Long.class)
			.single();
		this.lastAuditBefore = this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	@AfterEach
	void putTheReportBack() {
		if (this.reportId == null) {
			return;
		}
		List<Long> files = this.jdbc.sql("select file_id from result_evidence where report_id = :r and id > :last")
			.param("r", this.reportId)
			.param("last", this.lastEvidenceBefore)
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from result_evidence where report_id = :r and id > :last")
			.param("r", this.reportId)
			.param("last", this.lastEvidenceBefore)
			.update();
		if (!files.isEmpty()) {
			this.jdbc.sql("delete from stored_file where id in (:ids)").param("ids", files).update();
		}
		this.jdbc.sql("delete from audit_event where object_type = 'RESULT_REPORT' and object_id = :r and id > :last")
			.param("r", this.reportId)
			.param("last", this.lastAuditBefore)
			.update();
		if (!this.existedBefore) {
			this.jdbc.sql("delete from result_report where id = :r").param("r", this.reportId).update();
			return;
		}
		restore("result_report", this.reportBefore);
		this.valuesBefore.forEach(row -> restore("result_value", row));
	}

	private void restore(String table, Map<String, Object> row) {
		String sets = row.keySet()
			.stream()
			.filter(column -> !"id".equals(column))
			.map(column -> column + " = :" + column)
			.collect(Collectors.joining(", "));
		var statement = this.jdbc.sql("update " + table + " set " + sets + " where id = :id");
		for (var entry : row.entrySet()) {
			statement = statement.param(entry.getKey(), entry.getValue());
		}
		statement.update();
	}

}
