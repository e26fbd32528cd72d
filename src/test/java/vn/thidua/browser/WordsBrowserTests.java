package vn.thidua.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.organization.UnitRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small things that make the pages read right: the language switch after a refused form
 * leads back to the form, numbers follow the page language, the steps that cannot be
 * undone stand apart and say so.
 */
class WordsBrowserTests extends BrowserTestSupport {

	@Autowired
	UnitRepository units;

	@Test
	void switchingLanguageAfterARefusedFormLeadsBackToTheForm() {
		login("admin");
		open("/admin/accounts/new");
		this.page.locator("#account-save").evaluate("button => button.form.noValidate = true");
		this.page.click("#account-save");
		this.page.waitForLoadState();
		assertThat(this.page.url()).endsWith("/admin/accounts");
		screenshot("account-form-refused-vi");
		Response response = this.page.waitForNavigation(() -> this.page.click("#lang-en"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(this.page.url()).endsWith("/admin/accounts/new?lang=en");
		assertThat(this.page.locator("h1").textContent()).isEqualTo("New account");
		screenshot("account-form-after-switch-en");
		switchLanguage("vi");
	}

	@Test
	void theFinalStepsOfACampaignStandApartAndNumbersFollowTheLanguage() {
		login("staff");
		open("/campaigns");
		this.page.click("#campaigns-table >> text=Vì an ninh Tổ quốc");
		this.page.waitForURL(Pattern.compile(".*/campaigns/\\d+$"));
		assertThat(this.page.locator("#campaign-final-step").textContent()).contains("Kết thúc", "không hoàn tác được");
		assertThat(this.page.locator("#campaign-close").getAttribute("class")).contains("btn-outline-danger");
		screenshotEverywhere("campaign-final-step");

		long province = this.units.findByCodeIgnoreCase("LS").orElseThrow().getId();
		open("/units/" + province);
		assertThat(this.page.locator("#unit-headcount").textContent()).isEqualTo("3.200");
		switchLanguage("en");
		assertThat(this.page.locator("#unit-headcount").textContent()).isEqualTo("3,200");
		switchLanguage("vi");
		screenshotEverywhere("unit-numbers-and-history");
	}

}
