package vn.thidua.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's award record read on a phone (390 px): each record is a card, its cells one
 * under the other with their headings, the recipient's name, the title and the amount
 * whole, nothing wider than the screen.
 */
class AwardRecordPhoneBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCommanderReadsTheUnitsRecordOnAPhone() {
		long unit = this.jdbc.sql("select id from unit where code = 'LS-PA04'").query(Long.class).single();
		usePhone();
		login("member.commander");
		open("/awards/records/units/" + unit);
		this.page.waitForSelector("#unit-individual-records");
		screenshot("awards-unit-record-phone");

		int width = ((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		assertThat(width).as("page width").isLessThanOrEqualTo(PHONE_WIDTH);
		// the table scrolls sideways no more: its width is the card's
		int tableWidth = ((Number) this.page
			.evaluate("() => document.querySelector('#unit-individual-records').scrollWidth")).intValue();
		int boxWidth = ((Number) this.page
			.evaluate("() => document.querySelector('#unit-individual-records').parentElement.clientWidth")).intValue();
		assertThat(tableWidth).as("table width").isLessThanOrEqualTo(boxWidth);

		Locator rows = this.page.locator("#unit-collective-records tbody tr, #unit-individual-records tbody tr");
		assertThat(rows.count()).isGreaterThan(1);
		for (int i = 0; i < rows.count(); i++) {
			Locator row = rows.nth(i);
			BoundingBox box = row.boundingBox();
			assertThat(box.x + box.width).as("record %d within the screen", i).isLessThanOrEqualTo(PHONE_WIDTH + 0.5);
			// one cell under the other: the year, (the officer,) the title, the unit, the
			// decision, the amount
			BoundingBox year = row.locator("td[data-label]").first().boundingBox();
			BoundingBox item = row.locator("td[data-label]").nth(1).boundingBox();
			BoundingBox amount = row.locator("td[data-label]").last().boundingBox();
			assertThat(item.y).as("title under the year, record %d", i)
				.isGreaterThanOrEqualTo(year.y + year.height - 0.5);
			assertThat(amount.y).as("amount under the title, record %d", i)
				.isGreaterThanOrEqualTo(item.y + item.height - 0.5);
			Locator recipient = row.locator("td.award-record-recipient");
			if (recipient.count() > 0) {
				BoundingBox name = recipient.boundingBox();
				assertThat(name.y).as("officer under the year, record %d", i)
					.isGreaterThanOrEqualTo(year.y + year.height - 0.5);
				assertThat(item.y).as("title under the officer, record %d", i)
					.isGreaterThanOrEqualTo(name.y + name.height - 0.5);
				assertThat(name.width).as("officer across the card, record %d", i).isGreaterThan(box.width * 0.8);
			}
		}
		assertThat(this.page.locator("#unit-individual-records td.award-record-recipient").count()).isPositive();
		// each value beside its heading
		String heading = (String) this.page.evaluate("""
				() => getComputedStyle(document.querySelector('#unit-individual-records tbody td[data-label]'),
				                       '::before').content""");
		assertThat(heading).isEqualTo("\"Năm\"");
		assertThat(this.page.locator("#unit-individual-records-total").isVisible()).isTrue();
	}

}
