package vn.thidua.browser;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.organization.UnitRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign pages in a real browser: provincial staff look at the movement's scoring
 * table and try a value, create a campaign, give it a content, an indicator and a scoring
 * table (refused first: maxima that do not add up), launch it and copy it to the next
 * year. Campaigns created here live in 2090-2099.
 */
class CampaignBrowserTests extends BrowserTestSupport {

	@Autowired
	UnitRepository units;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void staffCreatesLaunchesAndCopiesACampaign() {
		login("staff");
		open("/campaigns");
		assertThat(this.page.locator("#campaigns-table").textContent()).contains("Vì an ninh Tổ quốc",
				"Cao điểm 90 ngày đêm tấn công trấn áp tội phạm");
		screenshotEverywhere("campaigns-list");

		this.page.click("#campaigns-table >> text=Vì an ninh Tổ quốc");
		this.page.waitForURL(Pattern.compile(".*/campaigns/\\d+$"));
		assertThat(this.page.locator("#campaign-contents").textContent()).contains("≥ 75%", "giảm ≥ 5%", "Hoàn thành");
		screenshotEverywhere("campaign-view");
		String movementUrl = this.page.url().substring(url("").length());

		// the movement's scoring table, with the police cluster's own table
		assertThat(this.page.locator("#campaign-scoring").textContent()).contains("Thang điểm 100",
				"Tổng điểm tối đa các chỉ tiêu: 100/100", "Được Bộ Công an khen thưởng đột xuất",
				"Để xảy ra mất an toàn trong quản lý vũ khí", "Thang điểm riêng");
		this.page.locator("#campaign-scoring").scrollIntoViewIfNeeded();
		screenshotEverywhere("campaign-scoring-section");

		// try a value: answered in place through htmx, in each language and on a phone
		tryClearance(movementUrl, "scoring-preview-vi", "15/15 điểm", "+ 2 điểm thưởng = 17 điểm");
		switchLanguage("en");
		tryClearance(movementUrl, "scoring-preview-en", "15/15 points", "+ 2 bonus points = 17 points");
		switchLanguage("vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		tryClearance(movementUrl, "scoring-preview-phone", "15/15 điểm", "Đạt chỉ tiêu");
		this.page.setViewportSize(1366, 900);

		// the police cluster's own table, as staff may change it while the movement runs
		this.page
			.locator(".scoring-cluster", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Khối Cảnh sát"))
			.locator(".scoring-cluster-edit")
			.click();
		this.page.waitForURL(Pattern.compile(".*/scoring/clusters/\\d+/edit$"));
		assertThat(this.page.inputValue("#rules0\\.bonusCap")).isEqualTo("5");
		screenshotEverywhere("scoring-cluster-editor");

		// a form with errors
		open("/campaigns/new");
		this.page.fill("#year", "2091");
		this.page.fill("#startDate", "01/01/2091");
		this.page.fill("#endDate", "31/12/2090");
		this.page.click("#campaign-save");
		assertThat(this.page.locator("#campaign-form-errors").isVisible()).isTrue();
		assertThat(this.page.locator("#campaign-form").textContent()).contains("Không được để trống.");
		screenshot("campaign-form-errors-vi");
		switchLanguage("en");
		this.page.fill("#year", "2091");
		this.page.fill("#startDate", "01/01/2091");
		this.page.fill("#endDate", "31/12/2090");
		this.page.click("#campaign-save");
		assertThat(this.page.locator("#campaign-form-errors").isVisible()).isTrue();
		screenshot("campaign-form-errors-en");
		switchLanguage("vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		this.page.fill("#year", "2091");
		this.page.fill("#startDate", "01/01/2091");
		this.page.fill("#endDate", "31/12/2090");
		this.page.click("#campaign-save");
		screenshot("campaign-form-errors-phone");
		this.page.setViewportSize(1366, 900);

		// the campaign itself
		String pa04 = String.valueOf(this.units.findByCodeIgnoreCase("LS-PA04").orElseThrow().getId());
		this.page.fill("#name", "Thi đua chuyên đề chuyển đổi số 2091");
		this.page.selectOption("#kind", "THEMATIC");
		this.page.fill("#year", "2091");
		this.page.fill("#startDate", "01/03/2091");
		this.page.fill("#endDate", "30/11/2091");
		this.page.fill("#slogan", "Đổi mới, sáng tạo, hiệu quả");
		this.page.selectOption("#unitIds", pa04);
		this.page.click("#campaign-save");
		this.page.waitForURL(Pattern.compile(".*/campaigns/\\d+$"));
		String campaignUrl = this.page.url();
		assertThat(this.page.locator("#campaign-state").textContent()).contains("Dự thảo");

		this.page.click("#content-new");
		this.page.fill("#title", "Ứng dụng công nghệ thông tin");
		this.page.click("#content-save");
		this.page.waitForURL(campaignUrl);
		this.page.click(".content-add-indicator");
		this.page.fill("#code", "CĐS.1");
		this.page.fill("#name", "Tỷ lệ hồ sơ xử lý trực tuyến");
		this.page.fill("#target", "150");
		this.page.click("#indicator-save");
		assertThat(this.page.locator("#indicator-form").textContent())
			.contains("Chỉ tiêu dạng tỷ lệ phải từ 0 đến 100%.");
		screenshot("campaign-indicator-errors-vi");
		this.page.fill("#target", "92,5");
		this.page.click("#indicator-save");
		this.page.waitForURL(campaignUrl);
		assertThat(this.page.locator("#campaign-contents").textContent()).contains("≥ 92,5%");

		// no scoring table yet: the launch is refused with the reason
		this.page.onDialog(dialog -> dialog.accept());
		this.page.click("#campaign-launch");
		this.page.waitForLoadState();
		assertThat(this.page.locator(".alert-danger").textContent())
			.contains("Chưa phát động được: hãy lập thang điểm cho đợt thi đua.");
		assertThat(this.page.locator("#campaign-state").textContent()).contains("Dự thảo");

		// the scoring table: maxima that do not add up are refused, then a valid table
		this.page.click("#scoring-edit");
		this.page.waitForURL(Pattern.compile(".*/scoring/edit$"));
		this.page.fill("#scale", "100");
		this.page.fill("#rules0\\.maxPoints", "95");
		this.page.fill("#rules0\\.bonusPerUnit", "1");
		this.page.fill("#items0\\.code", "TR.1");
		this.page.fill("#items0\\.name", "Chậm cập nhật hồ sơ trực tuyến");
		this.page.selectOption("#items0\\.kind", "PENALTY");
		this.page.fill("#items0\\.points", "2");
		this.page.click("#scoring-save");
		this.page.waitForLoadState();
		assertThat(this.page.locator("#scoring-form-errors").textContent()).contains(
				"Tổng điểm tối đa của các chỉ tiêu là 95, phải bằng thang điểm 100.",
				"có điểm thưởng vượt chỉ tiêu thì phải có mức thưởng tối đa");
		assertThat(this.page.locator("#rules0\\.bonusCap").getAttribute("class")).contains("is-invalid");
		screenshot("scoring-editor-errors-vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		screenshot("scoring-editor-errors-phone");
		this.page.setViewportSize(1366, 900);
		this.page.fill("#rules0\\.maxPoints", "100");
		this.page.fill("#rules0\\.bonusCap", "5");
		// one more item line, without script
		int lines = this.page.locator(".scoring-item-line").count();
		this.page.click("#scoring-item-add");
		this.page.waitForLoadState();
		assertThat(this.page.locator(".scoring-item-line").count()).isEqualTo(lines + 1);
		this.page.fill("#items1\\.code", "KT.1");
		this.page.fill("#items1\\.name", "Được Giám đốc Công an tỉnh khen thưởng đột xuất");
		this.page.fill("#items1\\.points", "1,5");
		assertThat(this.page.textContent("#scoring-sum-value")).isEqualTo("100");
		this.page.click("#scoring-save");
		this.page.waitForURL(Pattern.compile(".*/campaigns/\\d+(#campaign-scoring)?$"));
		assertThat(this.page.locator("#campaign-scoring").textContent())
			.contains("Tổng điểm tối đa các chỉ tiêu: 100/100", "Chậm cập nhật hồ sơ trực tuyến", "−2", "+1,5");
		open(campaignUrl.substring(url("").length()) + "/scoring/edit");
		screenshotEverywhere("scoring-editor");
		open(campaignUrl.substring(url("").length()));

		this.page.click("#campaign-launch");
		this.page.waitForLoadState();
		assertThat(this.page.locator("#campaign-state").textContent()).contains("Đã phát động");
		assertThat(this.page.locator("#content-new").count()).isZero();
		screenshot("campaign-launched-vi");

		this.page.fill("#copy-year", "2092");
		this.page.fill("#copy-name", "Thi đua chuyên đề chuyển đổi số 2092");
		this.page.click("#campaign-copy-submit");
		this.page.waitForURL(Pattern.compile(".*/campaigns/\\d+$"));
		assertThat(this.page.url()).isNotEqualTo(campaignUrl);
		assertThat(this.page.locator("#campaign-state").textContent()).contains("Dự thảo");
		assertThat(this.page.locator("#campaign-period").textContent()).contains("01/03/2092 – 30/11/2092");
		assertThat(this.page.locator("#campaign-contents").textContent()).contains("CĐS.1", "≥ 92,5%");
		// the copy has the scoring table too, and may be edited again as a draft
		assertThat(this.page.locator("#campaign-scoring").textContent()).contains("100/100",
				"Chậm cập nhật hồ sơ trực tuyến");
		assertThat(this.page.locator("#scoring-edit").count()).isOne();
		screenshotEverywhere("campaign-copied");
	}

	/** Tries 90 cases solved of 100 for indicator 1.1 and checks the answer. */
	private void tryClearance(String movementUrl, String screenshot, String... expected) {
		open(movementUrl);
		this.page.selectOption("#preview-indicator", new com.microsoft.playwright.options.SelectOption()
			.setLabel("1.1 – Tỷ lệ điều tra, khám phá các vụ án hình sự"));
		// only the inputs of a rate show
		assertThat(this.page.locator("#preview-value").isVisible()).isFalse();
		this.page.fill("#preview-numerator", "90");
		this.page.fill("#preview-denominator", "100");
		this.page.click("#scoring-preview-submit");
		this.page.locator("#scoring-preview-points").waitFor();
		// answered in place: still the campaign page
		assertThat(this.page.url()).endsWith(movementUrl);
		assertThat(this.page.locator("#scoring-preview-result").textContent()).contains(expected);
		this.page.locator("#scoring-preview").scrollIntoViewIfNeeded();
		screenshot(screenshot);
	}

	@Test
	void aUnitInScopeSeesTheNewlyLaunchedMovementUntilItOpensIt() {
		// the notice is the unit's: other tests may already have opened the movement as
		// a user of the same unit
		this.jdbc.sql("""
				update campaign_notification set read_at = null
				where unit_id = (select id from unit where code = 'LS-PA03')
				  and campaign_id = (select id from campaign where name like '%Vì an ninh Tổ quốc%năm 2026')
				""").update();
		login("head.officer");
		open("/campaigns?year=2026");
		var row = this.page.locator("#campaigns-table tr",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Vì an ninh Tổ quốc"));
		assertThat(row.locator(".campaign-new-badge").textContent()).contains("Mới phát động");
		assertThat(this.page.locator("#campaign-unread").isVisible()).isTrue();
		screenshotEverywhere("campaigns-list-unit");
		row.locator("a").first().click();
		this.page.waitForURL(Pattern.compile(".*/campaigns/\\d+$"));
		assertThat(this.page.locator("#campaign-edit").count()).isZero();
		assertThat(this.page.locator("#campaign-launch").count()).isZero();
		open("/campaigns?year=2026");
		assertThat(this.page
			.locator("#campaigns-table tr",
					new com.microsoft.playwright.Page.LocatorOptions().setHasText("Vì an ninh Tổ quốc"))
			.locator(".campaign-new-badge")
			.count()).isZero();
	}

}
