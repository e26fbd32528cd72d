package vn.thidua.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2026 yearly titles of LS-PA04 (demo data, prepared and not submitted), as the
 * unit's officer: the proposals with their reasons, the deferral, the collective title,
 * and one classification corrected.
 */
class YearlyTitleBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void unitOfficerReadsTheProposalsAndCorrectsAClassification() {
		long pa04 = this.jdbc.sql("select id from organization_unit_v where code = 'LS-PA04'")
			.query(Long.class)
			.single();
		String path = "/awards/titles/" + pa04 + "/2026";
		login("member.officer");
		open(path);
		String table = this.page.textContent("#titles-table");
		assertThat(table).contains("Chiến sĩ thi đua cấp Bộ", "CSTĐ cấp Bộ: CSTĐCS các năm 2024, 2025, 2026",
				"Công an huyện Yên Lạc", "CSTĐCS: CSTT 2026 + sáng kiến cấp cơ sở 12/QĐ-PA04", "Hoãn xét",
				"Không tính vào chuỗi liên tục: Chiến sĩ thi đua cơ sở năm 2025 là khen thưởng đột xuất");
		// the collective figures, explained; their values depend on the officers other
		// tests add to the unit, the rules' boundaries are checked in TitleRulesTests
		assertThat(this.page.textContent("#titles-unit")).contains("Quân số", "CSTT trở lên", "%");
		screenshotEverywhere("titles-list");

		// the officer with a one-off title last year: completed tasks excellently after
		// all
		this.page.click("#titles-table >> tr:has-text(\"đột xuất\") >> a");
		this.page.waitForURL(Pattern.compile(".*/officers/\\d+$"));
		screenshotEverywhere("titles-officer");
		this.page.selectOption("#classification", "EXCELLENT");
		this.page.click("#classification-save");
		this.page.waitForLoadState(LoadState.LOAD);
		this.page.waitForURL(url(path));
		assertThat(this.page.textContent("#titles-table")).contains("CSTĐCS: CSTT 2026 + hoàn thành xuất sắc nhiệm vụ");
	}

}
