package vn.thidua.browser;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The February 2026 report of PA04 (member of "Khối An ninh") for the 2026 movement,
 * through the real pages. February's deadline (05/03/2026) has passed, so provincial
 * staff first reopen the report with a reason; then the officer fills it in (a figure
 * that is not a number is refused first, the row recomputing as typed) with evidence (a
 * GIF named .pdf is refused); the commander submits; another unit gets 404; the head
 * unit's commander returns it with a comment on one indicator; the officer corrects, the
 * commander resubmits and the head approves; the approved report refuses changes.
 */
class ResultBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void februaryIsReopenedFilledSubmittedReturnedCorrectedResubmittedAndApproved() {
		long movement = this.jdbc.sql("select id from campaign where name like 'Phong trào thi đua%Vì an ninh%2026'")
			.query(Long.class)
			.single();
		long security = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		String ranking = "/results/rankings?campaign=" + movement + "&cluster=" + security + "&month=2026-02";
		String bulletin = "/results/bulletin?campaign=" + movement + "&cluster=" + security + "&month=2026-02";
		// staff: February's ranking of the cluster has no score for PA04 yet
		login("staff");
		open(ranking);
		assertThat(februaryScoreOfPa04()).isEqualTo("—");
		open(bulletin);
		assertThat(bulletinScoreOfPa04()).isEqualTo("—");
		// the overview, start PA04's February report and reopen it
		open("/results?campaign=" + movement + "&month=2026-02");
		assertThat(this.page.locator("#result-overview").textContent()).contains("Phòng An ninh kinh tế");
		screenshotEverywhere("result-overview");
		this.page.click("tr[data-unit='LS-PA04'] .result-open");
		this.page.waitForURL(Pattern.compile(".*/results/\\d+$"));
		String reportPath = this.page.url().substring(url("").length());
		assertThat(this.page.locator("#result-locked").textContent()).contains("05/03/2026");
		this.page.fill("#reason", "Đơn vị được gia hạn do mất kết nối mạng nội bộ");
		this.page.click("#result-reopen-submit");
		this.page.waitForSelector("#result-reopened");
		assertThat(this.page.locator("#result-reopened").textContent()).contains("gia hạn");

		// the officer: the list, then the entry page
		switchUser("member.officer");
		open("/results");
		assertThat(this.page.locator("#result-periods").textContent()).contains("02/2026");
		screenshotEverywhere("result-list-unit");
		open(reportPath);
		screenshotEverywhere("result-report-draft");
		this.page.click("#result-edit");
		this.page.waitForSelector("#result-form");
		String editPath = this.page.url().substring(url("").length());
		screenshotEverywhere("result-edit");
		// a figure that is not a number: the row says so as typed, the save refuses it
		this.page.fill(field(0, "numerator"), "bốn mươi");
		this.page.fill(field(0, "denominator"), "50");
		this.page.locator(".result-entry[data-code='1.1'] .result-row-error").waitFor();
		assertThat(this.page.locator(".result-entry[data-code='1.1'] .result-row-error").textContent())
			.contains("không phải là một số");
		this.page.click("#result-save");
		this.page.waitForSelector("#result-form-errors");
		assertThat(this.page.locator("#result-form").textContent()).contains("“bốn mươi” không phải là một số.");
		screenshot("result-edit-errors-vi");
		// a numerator above its denominator, then a valid rate recomputed without reload
		this.page.fill(field(0, "numerator"), "51");
		waitForRow("1.1", "Tử số (51) không được lớn hơn mẫu số (50).");
		this.page.fill(field(0, "numerator"), "45");
		waitForRow("1.1", "90%");
		assertThat(rowText("1.1")).contains("Đạt chỉ tiêu");
		screenshot("result-edit-row-computed-vi");
		fillTheRest();
		this.page.click("#result-save");
		this.page.waitForURL(url(reportPath));
		assertThat(this.page.locator("#result-self-total").textContent()).doesNotContain("—");

		// evidence: a GIF named .pdf is refused (type by content), then a PDF of
		// indicator 1.1
		open(editPath);
		byte[] gif = "GIF89a anh dong".getBytes(StandardCharsets.US_ASCII);
		this.page.setInputFiles("#file", new FilePayload("Biên bản.pdf", "application/pdf", gif));
		this.page.click("#result-evidence-upload");
		this.page.waitForSelector(".alert-danger");
		assertThat(this.page.locator(".alert-danger").first().textContent()).contains("Biên bản.pdf");
		screenshot("result-evidence-refused-vi");
		byte[] pdf = "%PDF-1.4\n% Bien ban ket qua thang 2\n".getBytes(StandardCharsets.US_ASCII);
		this.page.selectOption("#valueId", new com.microsoft.playwright.options.SelectOption()
			.setLabel("1.1 Tỷ lệ điều tra, khám phá các vụ án hình sự"));
		this.page.setInputFiles("#file", new FilePayload("Báo cáo khám phá án tháng 2.pdf", "application/pdf", pdf));
		this.page.click("#result-evidence-upload");
		this.page.waitForSelector(".result-evidence");
		assertThat(this.page.locator("#evidence").textContent()).contains("Báo cáo khám phá án tháng 2.pdf", "1.1");

		// the officer cannot submit; the commander does
		open(reportPath);
		assertThat(this.page.locator("#result-submit").count()).isZero();
		switchUser("member.commander");
		open(reportPath);
		this.page.onDialog(dialog -> dialog.accept());
		this.page.click("#result-submit");
		this.page.waitForSelector(".alert-success");
		assertThat(this.page.locator("#result-state").textContent()).contains("Đã gửi");
		assertThat(this.page.locator("#result-edit").count()).isZero();

		// another unit: not found
		switchUser("other.officer");
		Response response = this.page.navigate(url(reportPath));
		assertThat(response.status()).isEqualTo(404);
		response = this.page.navigate(url(editPath));
		assertThat(response.status()).isEqualTo(404);

		// the head unit returns it with a comment on indicator 1.3
		switchUser("head.commander");
		open("/results");
		assertThat(this.page.locator("#result-waiting").textContent()).contains("Phòng An ninh kinh tế", "02/2026");
		screenshotEverywhere("result-list-review");
		open(reportPath + "/review");
		screenshotEverywhere("result-review");
		this.page.click("#result-return");
		this.page.waitForSelector("#result-review-error");
		assertThat(this.page.locator("#result-review-error").textContent()).contains("Hãy ghi ý kiến");
		this.page.locator("tr[data-code='1.3'] textarea")
			.fill("Số tin báo đã giải quyết chưa khớp với sổ tiếp nhận; đề nghị kiểm tra lại.");
		this.page.click("#result-return");
		this.page.waitForURL(url(reportPath));
		assertThat(this.page.locator("#result-state").textContent()).contains("Bị trả lại");

		// the officer corrects indicator 1.3
		switchUser("member.officer");
		open(editPath);
		assertThat(rowText("1.3")).contains("chưa khớp với sổ tiếp nhận");
		screenshotEverywhere("result-edit-returned");
		this.page.fill(field(2, "numerator"), "37");
		waitForRow("1.3", "92,5%");
		this.page.click("#result-save");
		this.page.waitForURL(url(reportPath));

		// the commander resubmits, the head approves
		switchUser("member.commander");
		open(reportPath);
		this.page.onDialog(dialog -> dialog.accept());
		this.page.click("#result-submit");
		this.page.waitForSelector(".alert-success");
		switchUser("head.commander");
		open(reportPath + "/review");
		this.page.onDialog(dialog -> dialog.accept());
		this.page.click("#result-approve");
		this.page.waitForSelector(".alert-success");
		assertThat(this.page.locator("#result-state").textContent()).contains("Đã phê duyệt");
		assertThat(this.page.locator("#result-reviewed-total").textContent()).doesNotContain("—");
		assertThat(this.page.locator("#history").textContent()).contains("Phê duyệt báo cáo",
				"Trả lại báo cáo để chỉnh sửa", "Gửi báo cáo", "Mở lại báo cáo sau hạn");
		screenshotEverywhere("result-report-approved");
		// the ranking now counts PA04's February
		open(ranking);
		String score = februaryScoreOfPa04();
		assertThat(score).isNotEqualTo("—").matches("\\d+(,\\d+)?");
		screenshot("result-ranking-after-approval-vi");
		// and so does February's bulletin
		open(bulletin);
		assertThat(bulletinScoreOfPa04()).isEqualTo(score);
		screenshot("result-bulletin-after-approval-vi");

		// nobody changes an approved report
		switchUser("member.officer");
		open(editPath);
		this.page.waitForURL(url(reportPath));
		assertThat(this.page.locator(".alert-danger").textContent()).contains("đã được phê duyệt");
	}

	/** PA04's month score in the bulletin shown. */
	private String bulletinScoreOfPa04() {
		return this.page.locator(".bulletin-row:has-text('Phòng An ninh kinh tế') .document-col-score")
			.first()
			.textContent()
			.strip();
	}

	/** PA04's month score in the ranking page shown. */
	private String februaryScoreOfPa04() {
		return this.page.locator(".ranking-row[data-label='Phòng An ninh kinh tế'] .ranking-month")
			.textContent()
			.strip();
	}

	private void switchUser(String username) {
		useViewport(1366, 900);
		login(username);
	}

	private static String field(int index, String name) {
		return "[id='entries" + index + "." + name + "']";
	}

	private String rowText(String code) {
		return this.page.locator(".result-entry[data-code='" + code + "']").textContent();
	}

	private void waitForRow(String code, String text) {
		this.page.waitForFunction("([code, text]) => document.querySelector(\".result-entry[data-code='\" + code"
				+ " + \"'] .result-computed\").textContent.includes(text)", new Object[] { code, text });
	}

	/** 1.2 19/20, 1.3 36/40, 1.4 40/40, the changes against last year, 3.1 done. */
	private void fillTheRest() {
		this.page.fill(field(1, "numerator"), "19");
		this.page.fill(field(1, "denominator"), "20");
		this.page.fill(field(2, "numerator"), "36");
		this.page.fill(field(2, "denominator"), "40");
		this.page.fill(field(3, "numerator"), "40");
		this.page.fill(field(3, "denominator"), "40");
		String[][] changes = { { "28", "31" }, { "12", "14" }, { "5", "5" }, { "9", "11" } };
		for (int i = 0; i < changes.length; i++) {
			this.page.fill(field(4 + i, "amount"), changes[i][0]);
			this.page.fill(field(4 + i, "lastYear"), changes[i][1]);
		}
		this.page.selectOption(field(8, "done"), "true");
		waitForRow("2.2", "%");
	}

}
