package vn.thidua.browser;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provincial staff open the 2026 summary of the demo province, follow a figure to its
 * records, write the text parts and open the printed report; the leadership reads the
 * same without the form; a unit's commander sees their unit's summary. Screenshots in
 * Vietnamese and English and on a phone. The text written is removed afterwards.
 */
class SummaryBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheText() {
		this.jdbc.sql("delete from summary_report where year = 2026 and updated_by = 'staff'").update();
	}

	@Test
	void staffWriteTheSummaryLeadershipReadsItAndAUnitSeesItsOwn() {
		login("staff");
		this.page.click("#nav-summary");
		this.page.waitForSelector("#summary-page");
		assertThat(this.page.textContent("#summary-heading")).contains("Công an tỉnh Lâm Sơn", "2026");
		assertThat(this.page.isVisible("#summary-section-titles")).isTrue();
		screenshotEverywhere("summary");

		// a figure leads to the records behind it
		open("/summary?year=2026");
		this.page.click("#summary-figure-cash-records td a");
		this.page.waitForURL(Pattern.compile(".*/awards/records\\?year=2026.*"));

		open("/summary?year=2026");
		this.page.fill("#results", "Phong trào thi đua \"Vì an ninh Tổ quốc\" tiếp tục lan tỏa sâu rộng.");
		this.page.fill("#direction", "Tiếp tục đổi mới nội dung, hình thức thi đua.");
		this.page.click("#summary-text-save");
		this.page.waitForSelector("#summary-text-updated");
		assertThat(this.page.inputValue("#results")).contains("lan tỏa");
		screenshot("summary-text-saved");

		this.page.click("#summary-print-link");
		this.page.waitForSelector("#document");
		assertThat(this.page.textContent("#document")).contains("BÁO CÁO", "lan tỏa");
		screenshot("summary-print");

		useViewport(1366, 900);
		login("leader");
		open("/summary?year=2026");
		assertThat(this.page.isVisible("#summary-text-form")).isFalse();
		assertThat(this.page.textContent("#summary-text-results")).contains("lan tỏa");
		screenshot("summary-leader");

		useViewport(1366, 900);
		login("member.commander");
		open("/summary?year=2026");
		assertThat(this.page.textContent("#summary-heading")).doesNotContain("Công an tỉnh Lâm Sơn");
		assertThat(this.page.isVisible("#summary-text")).isFalse();
		screenshotEverywhere("summary-unit");
	}

}
