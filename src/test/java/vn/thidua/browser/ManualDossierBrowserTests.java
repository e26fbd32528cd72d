package vn.thidua.browser;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provincial staff make a dossier by hand for the Minister: from the dossiers page they
 * start a 2026 draft, choose LS-PC02 and one of its officers, propose the Minister's Bằng
 * khen with the achievement typed, and see the line on the dossier, ready to print. The
 * dossier is removed afterwards.
 */
class ManualDossierBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheDossier() {
		this.jdbc.sql("delete from award_dossier where source = 'MANUAL' and authority = 'MINISTER' and year = 2026")
			.update();
	}

	@Test
	void staffProposeAnOfficerToTheMinisterByHand() {
		login("staff");
		open("/awards/dossiers");
		this.page.click("#manual-dossier summary");
		this.page.fill("#year", "2026");
		this.page.selectOption("#authority", "MINISTER");
		screenshot("awards-dossier-manual-start");
		this.page.click("#manual-dossier-start");
		this.page.waitForURL(Pattern.compile(".*/awards/dossiers/\\d+$"));
		assertThat(this.page.textContent("#dossier-lines-empty")).contains("chưa có tập thể, cá nhân nào");

		this.page.click("#dossier-add-line");
		this.page.waitForURL(Pattern.compile(".*/lines/new$"));
		String pc02 = this.page
			.locator("#unit-choice option", new com.microsoft.playwright.Page.LocatorOptions().setHasText("LS-PC02 - "))
			.first()
			.getAttribute("value");
		this.page.selectOption("#unit-choice", pc02);
		this.page.click("#unit-choose");
		this.page.locator("#dossier-line-form").waitFor();
		String officer = this.page.locator("#officerId option").nth(1).getAttribute("value");
		this.page.selectOption("#officerId", officer);
		this.page.selectOption("#itemId",
				new com.microsoft.playwright.options.SelectOption().setLabel("Bằng khen của Bộ trưởng Bộ Công an"));
		this.page.fill("#achievement", "Phá chuyên án ma túy lớn, thu giữ 12 bánh heroin");
		screenshot("awards-dossier-manual-line");
		this.page.click("#dossier-line-save");
		this.page.locator("#dossier-lines").waitFor();
		assertThat(this.page.textContent("#dossier-lines")).contains("Bằng khen của Bộ trưởng Bộ Công an",
				"Phá chuyên án ma túy lớn, thu giữ 12 bánh heroin");
		screenshotEverywhere("awards-dossier-manual");
	}

}
