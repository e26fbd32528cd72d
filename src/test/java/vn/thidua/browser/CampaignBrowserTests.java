package vn.thidua.browser;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.organization.UnitRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign pages in a real browser: provincial staff create a campaign, give it a
 * content and an indicator, launch it and copy it to the next year. Campaigns created
 * here live in 2090-2099.
 */
class CampaignBrowserTests extends BrowserTestSupport {

	@Autowired
	UnitRepository units;

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

		this.page.onDialog(dialog -> dialog.accept());
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
		screenshotEverywhere("campaign-copied");
	}

	@Test
	void aUnitInScopeSeesTheNewlyLaunchedMovementUntilItOpensIt() {
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
