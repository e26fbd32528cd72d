package vn.thidua.browser;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provincial staff reach the registrations of "Khối Cảnh sát" (its demo covenant in
 * force) beside their results from the ranking of the demo movement, then one member's
 * own page from there.
 */
class YearEndBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffCompareRegistrationsWithResultsBeforeTheVote() {
		long[] covenant = this.jdbc.sql("""
				select c.campaign_id, c.cluster_id from covenant c join emulation_cluster k on k.id = c.cluster_id
				where k.name = 'Khối Cảnh sát' and k.year = 2026 order by c.campaign_id limit 1
				""").query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		login("staff");
		open("/results/rankings?campaign=" + covenant[0] + "&cluster=" + covenant[1]);
		this.page.click("#ranking-registrations");
		this.page.waitForSelector("#registrations-table");
		assertThat(this.page.locator("#registrations-table tbody tr").count()).isEqualTo(11);
		assertThat(this.page.locator("#registrations-table").textContent()).contains("Chiến sĩ tiên tiến");
		assertThat(this.page.locator("#registrations-help").textContent()).contains("90%");
		screenshotEverywhere("registrations");
		this.page.locator("#registrations-to-ranking").click();
		this.page.waitForSelector("#ranking-table");
		this.page.locator("#ranking-table a.ranking-unit").first().click();
		this.page.waitForSelector("#trend-registrations");
		screenshot("registrations-unit");
	}

}
