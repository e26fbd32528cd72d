package vn.thidua.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.result.ResultImportColumn;
import vn.thidua.result.ResultWorkbookFiles;
import vn.thidua.shared.text.Formats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PA04's report of the month being filled now (the first month of 2026 whose deadline,
 * the 5th of the month after, has not passed in Vietnam) for the 2026 movement, filled in
 * through Excel by the unit's officer: the template is downloaded from the entry page, a
 * file with a bad row is refused with every row's message (in Vietnamese, English and on
 * a phone) and nothing saved, then the good file is previewed and confirmed. The
 * cluster's export is offered on the list page.
 */
class ResultExcelBrowserTests extends BrowserTestSupport {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfficerFillsTheMonthInExcelABadFileIsRefusedAndTheGoodOneConfirmed() throws IOException {
		long movement = this.jdbc.sql("select id from campaign where name like 'Phong trào thi đua%Vì an ninh%2026'")
			.query(Long.class)
			.single();
		String period = monthBeingFilled().toString();
		String file = "ket-qua-PA04-" + period + ".xlsx";
		login("member.officer");
		open("/results");
		screenshot("result-excel-list-vi");
		assertThat(this.page.locator("#result-export").textContent()).contains("Khối An ninh");
		Locator row = this.page.locator("tr[data-period='" + period + "'][data-campaign='" + movement + "']");
		if (row.locator(".result-open").count() > 0) {
			row.locator(".result-open").click();
		}
		else {
			row.locator(".result-view").click();
		}
		this.page.waitForURL(Pattern.compile(".*/results/\\d+$"));
		String reportPath = this.page.url().substring(url("").length());
		open(reportPath + "/edit");
		this.page.waitForSelector("#result-import-form");
		screenshot("result-excel-edit-vi");

		Download download = this.page.waitForDownload(() -> this.page.click("#result-template"));
		assertThat(download.suggestedFilename()).isEqualTo(file);
		byte[] template = Files.readAllBytes(download.path());
		Map<String, Map<ResultImportColumn, Object>> good = new HashMap<>();
		List<List<String>> rows = ResultWorkbookFiles.read(template);
		String firstCode = null;
		for (List<String> line : rows.subList(4, rows.size())) {
			String code = line.get(0);
			firstCode = firstCode == null ? code : firstCode;
			String kind = line.get(3);
			good.put(code, switch (kind) {
				case "Tỷ lệ (tử số/mẫu số)" ->
					Map.of(ResultImportColumn.NUMERATOR, 45, ResultImportColumn.DENOMINATOR, 50);
				case "So với cùng kỳ" -> Map.of(ResultImportColumn.THIS_PERIOD, 19, ResultImportColumn.LAST_YEAR, 20);
				case "Có/Không" -> Map.of(ResultImportColumn.DONE, "Có");
				default -> Map.of(ResultImportColumn.VALUE, 3);
			});
		}
		assertThat(good).isNotEmpty();
		Map<String, Map<ResultImportColumn, Object>> badValues = new HashMap<>(good);
		badValues.put(firstCode,
				Map.of(ResultImportColumn.NUMERATOR, "bốn lăm", ResultImportColumn.DENOMINATOR, 50,
						ResultImportColumn.VALUE, "bốn lăm", ResultImportColumn.THIS_PERIOD, "bốn lăm",
						ResultImportColumn.DONE, "Có lẽ"));
		byte[] bad = ResultWorkbookFiles.fill(template, badValues,
				new Object[] { "9.99", "Chỉ tiêu không có", null, null, null, 4 });
		byte[] fine = ResultWorkbookFiles.fill(template, good);

		// the bad file: every row's message, nothing to confirm
		upload(reportPath, "ket-qua-sai.xlsx", bad);
		this.page.waitForSelector("#result-import-errors");
		assertThat(this.page.locator("#result-import-invalid").textContent()).contains("Chưa có số liệu nào được lưu");
		assertThat(this.page.locator("#result-import-errors").textContent())
			.contains("Mã chỉ tiêu “9.99” không có trong báo cáo này.")
			.contains("không phải là một số");
		assertThat(this.page.locator("#result-import-confirm").count()).isZero();
		screenshot("result-excel-preview-errors-vi");
		switchLanguage("en");
		upload(reportPath, "ket-qua-sai.xlsx", bad);
		this.page.waitForSelector("#result-import-errors");
		assertThat(this.page.locator("#result-import-errors").textContent())
			.contains("Indicator code “9.99” is not in this report.");
		screenshot("result-excel-preview-errors-en");
		switchLanguage("vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		upload(reportPath, "ket-qua-sai.xlsx", bad);
		this.page.waitForSelector("#result-import-errors");
		screenshot("result-excel-preview-errors-phone");
		this.page.setViewportSize(1366, 900);

		// the good file: previewed, confirmed, saved
		upload(reportPath, file, fine);
		this.page.waitForSelector("#result-import-valid");
		screenshot("result-excel-preview-valid-vi");
		this.page.click("#result-import-confirm");
		this.page.waitForURL(url(reportPath));
		assertThat(this.page.content()).contains("nhập từ Excel");
		screenshot("result-excel-saved-vi");
	}

	/**
	 * The month a unit fills in today: the last one whose deadline (the 5th of the month
	 * after) is still ahead, or today, in Vietnam; at most December 2026, the movement's
	 * last month.
	 */
	private static YearMonth monthBeingFilled() {
		LocalDate today = LocalDate.now(Formats.ZONE);
		YearMonth month = YearMonth.from(today);
		YearMonth candidate = today.getDayOfMonth() <= 5 ? month.minusMonths(1) : month;
		YearMonth last = YearMonth.of(2026, 12);
		return candidate.isAfter(last) ? last : candidate;
	}

	private void upload(String reportPath, String name, byte[] content) {
		open(reportPath + "/edit");
		this.page.waitForSelector("#result-import-form");
		this.page.setInputFiles("#import-file", new FilePayload(name, XLSX, content));
		this.page.click("#result-import");
		this.page.waitForSelector("#result-import-page");
	}

}
