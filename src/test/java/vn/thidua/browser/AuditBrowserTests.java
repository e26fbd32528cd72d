package vn.thidua.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator reads the audit list and narrows it down with the filters.
 */
class AuditBrowserTests extends BrowserTestSupport {

	@Test
	void anAdministratorFiltersTheAuditList() {
		login("admin");
		open("/admin/audit");
		assertThat(this.page.locator("#audit-table tbody tr").count()).isGreaterThan(10);

		this.page.selectOption("#action", "UNIT_CREATED");
		this.page.fill("#q", "cong an xa yen");
		this.page.click("#audit-filter-submit");
		this.page.waitForURL(url -> url.contains("action=UNIT_CREATED"));
		var rows = this.page.locator("#audit-table tbody tr");
		assertThat(rows.count()).isGreaterThan(0);
		assertThat(rows.first().textContent()).contains("Tạo đơn vị", "Công an");
		assertThat(rows.first().locator("a").first().getAttribute("href")).matches("/units/\\d+");
		screenshot("audit-list-vi");
		String path = this.page.url().substring(url("").length());
		open(path + "&lang=en");
		assertThat(rows.first().textContent()).contains("Unit created");
		screenshot("audit-list-en");
		open(path + "&lang=vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		open(path);
		screenshot("audit-list-phone");

		// a date that does not parse is pointed out, the other filters still apply
		this.page.setViewportSize(1366, 900);
		open("/admin/audit?type=USER&from=31/13/2026");
		assertThat(this.page.locator("#from + .invalid-feedback").textContent()).contains("Ngày không hợp lệ");
		screenshot("audit-list-date-error-vi");
	}

}
