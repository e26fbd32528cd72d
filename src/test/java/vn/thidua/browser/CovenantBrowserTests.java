package vn.thidua.browser;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The covenant of "Khối An ninh" for the 2026 movement, through the real pages: the head
 * unit's commander prepares it, fills in the head unit's part (a target below the common
 * one is refused first), opens it for signature and signs for PA03; every other member's
 * commander signs for their unit; the covenant in force refuses edits; an amendment makes
 * version 2 while version 1 stays readable with its signatures and hashes.
 */
class CovenantBrowserTests extends BrowserTestSupport {

	static final List<String> OTHER_COMMANDERS = List.of("member.commander", "commander.pa01", "commander.pa05",
			"commander.pa06", "commander.pa08", "commander.pa09");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHeadUnitPreparesTheCovenantEveryMemberSignsAndAnAmendmentIsVersion2() {
		long movement = this.jdbc.sql("select id from campaign where name like 'Phong trào thi đua%Vì an ninh%2026'")
			.query(Long.class)
			.single();
		login("head.commander");
		open("/campaigns/" + movement);
		this.page.waitForSelector("#covenant-summary");
		assertThat(this.page.locator("#covenant-summary").textContent()).contains("Khối An ninh", "Chưa soạn");
		screenshot("covenant-campaign-section-vi");
		open("/campaigns/" + movement + "/covenants");
		screenshotEverywhere("covenant-list");

		this.page.click("tr[data-cluster='Khối An ninh'] .covenant-prepare");
		this.page.waitForURL(Pattern.compile(".*/covenants/\\d+$"));
		String covenantUrl = this.page.url();
		String covenantPath = covenantUrl.substring(url("").length());
		assertThat(this.page.locator("#covenant-state").textContent()).contains("Đang soạn thảo");
		assertThat(this.page.locator("#covenant-targets").textContent()).contains("Phòng An ninh kinh tế", "≥ 75%");
		screenshotEverywhere("covenant-draft");

		// the head unit's own part: a target below the common one first
		this.page.click("tr[data-unit='LS-PA03'] .covenant-edit-unit");
		this.page.waitForSelector("#covenant-form");
		String formPath = this.page.url().substring(url("").length());
		screenshotEverywhere("covenant-form");
		fillBelowCommon();
		assertThat(this.page.locator("#covenant-form").textContent())
			.contains("Chỉ tiêu của đơn vị không được thấp hơn chỉ tiêu chung (≥ 75%).");
		screenshot("covenant-form-errors-vi");
		switchLanguage("en");
		fillBelowCommon();
		assertThat(this.page.locator("#covenant-form").textContent())
			.contains("The unit's target cannot be below the common target");
		screenshot("covenant-form-errors-en");
		switchLanguage("vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		open(formPath);
		fillBelowCommon();
		screenshot("covenant-form-errors-phone");
		this.page.setViewportSize(1366, 900);
		this.page.fill("#target-0", "80");
		this.page.fill("#target-4", "7");
		this.page.check("#decisiveUnit1");
		this.page.fill("#advancedSoldiers", "34");
		this.page.fill("#baseEmulationSoldiers", "4");
		this.page.click("#covenant-save");
		this.page.waitForURL(covenantUrl);
		assertThat(this.page.locator("tr[data-unit='LS-PA03']").first().textContent()).contains("≥ 80%", "giảm ≥ 7%");

		this.page.onDialog(dialog -> dialog.accept());
		this.page.click("#covenant-open");
		this.page.waitForSelector("#covenant-hash details");
		assertThat(this.page.locator("#covenant-state").textContent()).contains("Đang lấy chữ ký");
		sign("LS-PA03");
		screenshotEverywhere("covenant-signing");

		for (String commander : OTHER_COMMANDERS) {
			useViewport(1366, 900);
			login(commander);
			open(covenantPath);
			this.page.onDialog(dialog -> dialog.accept());
			assertThat(this.page.locator(".covenant-sign").count()).as(commander).isEqualTo(1);
			this.page.click(".covenant-sign");
			this.page.waitForSelector(".alert-success");
		}
		assertThat(this.page.locator("#covenant-state").textContent()).contains("Đã có hiệu lực");
		assertThat(this.page.locator("#covenant-signed-count").textContent()).contains("7/7");
		assertThat(this.page.locator(".covenant-verified").count()).isEqualTo(7);

		// in force: edits are refused, an amendment makes version 2
		useViewport(1366, 900);
		login("head.commander");
		open(covenantPath);
		screenshotEverywhere("covenant-in-force");
		open(formPath);
		this.page.waitForURL(covenantUrl);
		assertThat(this.page.locator(".alert-danger").textContent()).contains("không sửa được nữa");
		this.page.onDialog(dialog -> dialog.accept());
		this.page.click("#covenant-amend");
		this.page.waitForSelector(".alert-success");
		assertThat(this.page.locator("#covenant-version").textContent()).contains("Phiên bản 2");
		assertThat(this.page.locator("#covenant-state").textContent()).contains("Đang soạn thảo");
		assertThat(this.page.locator("#covenant-in-force-elsewhere").textContent()).contains("Phiên bản 1");
		screenshot("covenant-amendment-vi");

		this.page.click(".covenant-version-item[data-version='1'] a");
		this.page.waitForURL(Pattern.compile(".*/versions/1$"));
		assertThat(this.page.locator("#covenant-old-version").isVisible()).isTrue();
		assertThat(this.page.locator("#covenant-signatures").textContent()).contains("Thượng tá Lê Văn Thắng",
				"Thượng tá Hoàng Minh Đức");
		assertThat(this.page.locator("#covenant-signatures .covenant-hash").count()).isEqualTo(7);
		assertThat(this.page.locator(".covenant-verified").count()).isEqualTo(7);
		screenshotEverywhere("covenant-version-1");

		// the unit's own view
		useViewport(1366, 900);
		login("member.officer");
		open("/my-covenants");
		assertThat(this.page.locator("#my-covenants-page").textContent()).contains("Giao ước của đơn vị năm 2026",
				"Giao ước thi đua Khối An ninh");
		screenshotEverywhere("my-covenants");
		useViewport(1366, 900);
		login("other.officer");
		open("/my-covenants");
		assertThat(this.page.locator("#my-covenants-page").textContent()).contains("Khối Cảnh sát", "≥ 80%");
		screenshot("my-covenants-police-vi");
	}

	private void fillBelowCommon() {
		this.page.fill("#target-0", "70");
		this.page.click("#covenant-save");
		this.page.waitForSelector("#covenant-form-errors");
	}

	private void sign(String unitCode) {
		this.page.click("tr[data-unit='" + unitCode + "'] .covenant-sign");
		this.page.waitForSelector(".alert-success");
	}

}
