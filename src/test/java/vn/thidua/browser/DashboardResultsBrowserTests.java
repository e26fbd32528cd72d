package vn.thidua.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's counts of periodic reports, as a unit (PA04: months due, overdue,
 * returned) and as the head unit of "Khối An ninh" (reports waiting for review), with the
 * demo reports of 2026; the links lead to the results.
 */
class DashboardResultsBrowserTests extends BrowserTestSupport {

	@Test
	void theUnitAndTheHeadUnitSeeWhatNeedsDoingAboutTheirReports() {
		login("member.officer");
		open("/");
		assertThat(this.page.locator("#result-counts").textContent()).contains("Báo cáo đến hạn", "Báo cáo quá hạn",
				"Báo cáo bị trả lại");
		screenshotEverywhere("dashboard-results-unit");
		useViewport(1366, 900);
		login("head.commander");
		open("/");
		assertThat(this.page.locator("#result-counts").textContent()).contains("Báo cáo chờ thẩm định");
		screenshotEverywhere("dashboard-results-head");
		this.page.locator("#result-counts a").last().click();
		this.page.waitForURL(url("/results"));
		assertThat(this.page.locator("#result-waiting").textContent()).contains("10/2026");
		useViewport(1366, 900);
		login("staff");
		open("/");
		screenshot("dashboard-results-staff-vi");
	}

}
