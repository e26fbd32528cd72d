package vn.thidua.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provincial staff open the statistical forms of the demo province's year, follow a cell
 * to the records it counts and open the checks; the leadership reads the same.
 */
class StatisticalFormBrowserTests extends BrowserTestSupport {

	@Test
	void staffFollowACellOfForm0603ToItsRecords() {
		login("staff");
		open("/summary/forms?year=2026");
		assertThat(this.page.locator("#form-card-0601").isVisible()).isTrue();
		screenshotEverywhere("summary-forms");
		this.page.click("#form-open-0603");
		this.page.waitForURL(url -> url.contains("/summary/forms/0603"));
		assertThat(this.page.locator("#form-table").textContent()).contains("Bằng khen", "Lãnh đạo, quản lý");
		screenshotEverywhere("summary-form-0603");
		String total = this.page.locator("#cell-TOTAL-TOTAL a").textContent().strip();
		this.page.click("#cell-TOTAL-TOTAL a");
		this.page.waitForURL(url -> url.contains("/cells"));
		assertThat(this.page.locator("#cell-count").textContent()).contains(total);
		screenshot("summary-form-cell-vi");
		open("/summary/forms/0601?year=2026");
		screenshotEverywhere("summary-form-0601");
		open("/summary/forms/check?year=2026");
		assertThat(this.page.locator("#check-UNIT_WITHOUT_TITLE").isVisible()).isTrue();
		screenshotEverywhere("summary-form-check");
		open("/summary/forms/0601/print?year=2026");
		screenshot("summary-form-0601-print-vi");
	}

	@Test
	void theLeadershipReadsTheForms() {
		login("leader");
		open("/summary/forms/0602?year=2026");
		assertThat(this.page.locator("#form-table").textContent()).contains("Huân chương");
		screenshot("summary-form-0602-leader-vi");
	}

}
