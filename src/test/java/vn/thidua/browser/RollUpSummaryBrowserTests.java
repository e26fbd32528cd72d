package vn.thidua.browser;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.thidua.summary.SummaryTestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user of the ministry opens the year-end summary rolled up over two provinces (the
 * data set of {@link SummaryTestData#ministryWithTwoProvinces()}), reads the table by
 * organiser, opens one province's summary from it (read-only) and comes back, and opens
 * the rolled-up statistical forms. Screenshots in Vietnamese, English and on a phone.
 */
class RollUpSummaryBrowserTests extends BrowserTestSupport {

	private static final String USER = "bo.kiemthu";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	SummaryTestData data;

	SummaryTestData.Ministry ministry;

	@BeforeEach
	void makeTheMinistryAndItsUser() {
		this.data = new SummaryTestData(this.jdbc);
		this.ministry = this.data.ministryWithTwoProvinces();
		this.jdbc.sql("""
				insert into app_user (username, full_name, password_hash, role, unit_id, must_change_password,
				                      search_text, sort_key)
				values (:username, 'Cán bộ Bộ kiểm thử', :hash, 'PROVINCE_STAFF', :unit, false, 'can bo bo kiem thu',
				        convert_to('can bo bo kiem thu', 'UTF8'))""")
			.param("username", USER)
			.param("hash", this.passwords.encode(PASSWORD))
			.param("unit", this.ministry.ministry())
			.update();
	}

	@AfterEach
	void removeThem() {
		this.jdbc.sql("delete from app_user where username = :username").param("username", USER).update();
		this.data.removeAll();
	}

	@Test
	void theMinistryReadsTheCountryByOrganiserAndOpensAProvince() {
		login(USER);
		this.page.click("#nav-summary");
		this.page.waitForSelector("#summary-page");
		assertThat(this.page.textContent("#summary-heading")).contains("Bộ Kiểm Thử", "tổng hợp 3 đơn vị tổ chức");
		assertThat(this.page.textContent("#summary-organiser-lines")).contains("Bộ Kiểm Thử (trực tiếp)",
				"Công an tỉnh Tổng Hợp Hai", "Công an tỉnh Tổng Hợp Một", "4.212.000");
		assertThat(this.page.textContent("#summary-figure-cash-amount")).contains("6.318.000");
		assertThat(this.page.textContent("#summary-organiser-total")).contains("Cộng", "6.318.000");
		assertThat(this.page.isVisible("#summary-rollup-cluster-lines")).isTrue();
		screenshotEverywhere("summary-rollup");

		// a province from the table: its own summary, read-only, and the way back
		open("/summary?year=2026");
		this.page.click("#summary-organiser-" + this.ministry.two() + " a");
		this.page.waitForURL(Pattern.compile(".*organizerId=" + this.ministry.two() + ".*"));
		assertThat(this.page.textContent("#summary-heading")).contains("Công an tỉnh Tổng Hợp Hai");
		assertThat(this.page.textContent("#summary-figure-cash-amount")).contains("1.404.000");
		assertThat(this.page.isVisible("#summary-text-form")).isFalse();
		assertThat(this.page.isVisible("#summary-freeze-form")).isFalse();
		screenshot("summary-rollup-province");
		this.page.click("#summary-rollup-back");
		this.page.waitForSelector("#summary-organiser-lines");

		// the forms of the whole ministry
		this.page.click("#summary-forms-link");
		this.page.waitForLoadState();
		open("/summary/forms/0601?year=2026");
		screenshot("summary-rollup-form-0601");
	}

}
