package vn.thidua.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provincial staff make a proposal dossier from the demo's tallied 2025 session of Khối
 * Cảnh sát (PC08 and PC02 passed as Đơn vị quyết thắng) and submit it. The dossier is
 * removed afterwards.
 */
class DossierBrowserTests extends BrowserTestSupport {

	private static final String SESSION = "Bình xét, suy tôn thi đua năm 2025 của Khối Cảnh sát";

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheDossier() {
		this.jdbc.sql("""
				delete from award_dossier where source = 'VOTING'
				and source_id = (select id from voting_session where title = :t and round = 1)""")
			.param("t", SESSION)
			.update();
	}

	@Test
	void staffMakeADossierFromTheTalliedSessionAndSubmitIt() {
		long session = this.jdbc.sql("select id from voting_session where title = :t and round = 1")
			.param("t", SESSION)
			.query(Long.class)
			.single();
		login("staff");
		open("/voting/" + session);
		this.page.click("#dossier-from-session button[type=submit]");
		this.page.waitForURL(Pattern.compile(".*/awards/dossiers/\\d+$"));
		String lines = this.page.textContent("#dossier-lines");
		assertThat(lines).contains("Đơn vị quyết thắng");
		assertThat(this.page.textContent("#dossier-heading")).endsWith("năm 2025");
		assertThat(this.page.locator("#dossier-lines tbody tr").count()).isEqualTo(2);
		screenshotEverywhere("awards-dossier-draft");
		this.page.click("#dossier-submit");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent("#dossier-state")).isEqualTo("Đã trình");
		screenshot("awards-dossier-submitted");
		open("/awards/dossiers");
		assertThat(this.page.textContent("#dossiers-table")).contains("Đã trình");
		screenshot("awards-dossiers");
	}

}
