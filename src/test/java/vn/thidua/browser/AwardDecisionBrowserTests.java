package vn.thidua.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provincial staff enter a signed decision of the Director through the pages: its
 * recipients (an officer of LS-PA04 as Chiến sĩ tiên tiến, 0,3 × 2.340.000 → 710.000 đ;
 * the unit as Đơn vị tiên tiến, 0,8 × 2.340.000 → 1.880.000 đ; total 2.590.000 đ), record
 * it, and the unit's officer finds it in the officer's record. The decision is removed
 * afterwards.
 */
class AwardDecisionBrowserTests extends BrowserTestSupport {

	private static final String NUMBER = "8101/QĐ-CAT";

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheDecision() {
		this.jdbc.sql("delete from award_decision where number = :n").param("n", NUMBER).update();
	}

	@Test
	void staffRecordADecisionAndTheUnitReadsItInTheOfficersRecord() {
		login("staff");
		open("/awards/catalogue");
		assertThat(this.page.textContent("#catalogue-rule")).contains("710.000", "1.880.000");
		screenshotEverywhere("awards-catalogue");

		open("/awards/decisions");
		this.page.click("#decision-new");
		this.page.fill("#number", NUMBER);
		this.page.fill("#decidedOn", "10/11/2026");
		this.page.selectOption("#authority", "DIRECTOR");
		this.page.fill("#signer", "Đại tá Nguyễn Văn Bình");
		this.page.selectOption("#kind", "REGULAR");
		this.page.click("#decision-save");
		this.page.waitForURL(Pattern.compile(".*/awards/decisions/\\d+$"));
		String decisionPath = this.page.url().substring(url("").length());

		this.page.click("#line-new");
		this.page.selectOption("#unit-choice", new SelectOption().setLabel(unitLabel("LS-PA04")));
		this.page.click("#unit-choose");
		this.page.waitForSelector("#line-form");
		screenshotEverywhere("awards-decision-line");
		String officer = this.page.locator("#officerId option").nth(1).getAttribute("value");
		this.page.selectOption("#officerId", officer);
		this.page.selectOption("#itemId", item("CSTT", "INDIVIDUAL"));
		this.page.fill("#achievement", "Hoàn thành tốt nhiệm vụ năm 2026");
		this.page.click("#line-save");
		this.page.waitForURL(Pattern.compile(".*/awards/decisions/\\d+#lines$"));

		this.page.click("#line-new");
		this.page.selectOption("#unit-choice", new SelectOption().setLabel(unitLabel("LS-PA04")));
		this.page.click("#unit-choose");
		this.page.waitForSelector("#line-form");
		this.page.selectOption("#itemId", item("DVTT", "COLLECTIVE"));
		this.page.fill("#achievement", "Hoàn thành tốt nhiệm vụ năm 2026");
		this.page.click("#line-save");
		this.page.waitForURL(Pattern.compile(".*/awards/decisions/\\d+#lines$"));
		assertThat(this.page.textContent("#decision-total")).isEqualTo("2.590.000 đ");

		this.page.click("#decision-record");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent("#decision-state")).isEqualTo("Đã ghi nhận");
		assertThat(this.page.textContent("#lines-table")).contains("710.000 đ", "1.880.000 đ");
		screenshotEverywhere("awards-decision");
		assertThat(decisionPath).startsWith("/awards/decisions/");

		useViewport(1366, 900);
		login("member.officer");
		open("/awards/records/officers/" + officer);
		assertThat(this.page.textContent("#officer-records")).contains(NUMBER, "710.000 đ", "Chiến sĩ tiên tiến");
		screenshotEverywhere("awards-officer-record");
		open("/awards/records?q=phong an ninh kinh te&number=8101");
		assertThat(this.page.textContent("#records-table")).contains("Phòng An ninh kinh tế", "1.880.000 đ");
		screenshotEverywhere("awards-records");
	}

	private String unitLabel(String code) {
		return this.jdbc.sql("select code || ' - ' || name from unit where code = :c")
			.param("c", code)
			.query(String.class)
			.single();
	}

	private String item(String code, String recipient) {
		return String.valueOf(this.jdbc.sql("""
				select id from award_catalogue_item where code = :c and recipient = :r and valid_to is null""")
			.param("c", code)
			.param("r", recipient)
			.query(Long.class)
			.single());
	}

}
