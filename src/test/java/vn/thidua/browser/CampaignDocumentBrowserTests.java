package vn.thidua.browser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignForm;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ContentForm;
import vn.thidua.campaign.IndicatorForm;
import vn.thidua.campaign.InputShape;
import vn.thidua.campaign.ReportingPeriod;
import vn.thidua.campaign.scoring.Direction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Launch documents in a real browser: provincial staff attach a PDF to a draft campaign
 * (after a refused PNG), see it listed and download it with its Vietnamese name, and
 * reorder the contents; a unit reads the demo movement's launch plan. Campaigns created
 * here live in 2078.
 */
class CampaignDocumentBrowserTests extends BrowserTestSupport {

	@Autowired
	CampaignService campaigns;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffAttachAPdfToADraftAfterARefusedImage() {
		long id = draft("Thi đua chuyên đề cải cách hành chính 2078");
		login("staff");
		open("/campaigns/" + id);
		assertThat(this.page.locator("#documents-empty").textContent()).contains("Chưa có văn bản phát động nào.");
		this.page.click("#document-new");
		this.page.waitForURL(Pattern.compile(".*/documents/new$"));
		screenshotEverywhere("campaign-document-form");

		// a PNG named .pdf is refused, with the reason on the form
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		refuse(png);
		assertThat(this.page.locator("#file-error").textContent().trim())
			.isEqualTo("Tệp “Kế hoạch.pdf” là tệp PNG; chỉ chấp nhận tệp PDF. "
					+ "Hệ thống kiểm tra nội dung tệp, không dựa vào đuôi tên tệp.");
		screenshot("campaign-document-refused-vi");
		switchLanguage("en");
		refuse(png);
		assertThat(this.page.locator("#file-error").textContent()).contains("is a PNG file; only PDF files");
		screenshot("campaign-document-refused-en");
		switchLanguage("vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		refuse(png);
		screenshot("campaign-document-refused-phone");
		this.page.setViewportSize(1366, 900);

		// the real PDF
		byte[] pdf = demoPlan();
		this.page.fill("#title", "Kế hoạch số 21/KH-CAT phát động thi đua cải cách hành chính");
		this.page.setInputFiles("#file",
				new FilePayload("Kế hoạch cải cách hành chính 2078.pdf", "application/pdf", pdf));
		assertThat(this.page.locator("#file-name").textContent()).isEqualTo("Kế hoạch cải cách hành chính 2078.pdf");
		this.page.click("#document-save");
		this.page.waitForURL(Pattern.compile(".*/campaigns/\\d+(#campaign-documents)?$"));
		assertThat(this.page.locator(".alert-success").textContent()).contains("Đã thêm văn bản");
		String row = this.page.locator("#documents-table .campaign-document").textContent();
		assertThat(row).contains("Kế hoạch số 21/KH-CAT phát động thi đua cải cách hành chính",
				"Kế hoạch cải cách hành chính 2078.pdf", "KB", "Nguyễn Thị Thu Hà · Công an tỉnh Lâm Sơn");
		Download download = this.page.waitForDownload(() -> this.page.click("a.document-download"));
		assertThat(download.suggestedFilename()).isEqualTo("Kế hoạch cải cách hành chính 2078.pdf");
		screenshotEverywhere("campaign-documents-draft");

		// the contents are reordered with the small buttons
		this.page.locator(".campaign-content").first().locator(".content-down").click();
		this.page.waitForLoadState();
		assertThat(this.page.locator(".campaign-content h2").allTextContents().get(0)).contains("Tuyên truyền");
		screenshot("campaign-contents-reordered-vi");
	}

	@Test
	void aUnitReadsTheMovementsLaunchPlan() {
		login("head.officer");
		open("/campaigns?year=2026");
		this.page.click("#campaigns-table >> text=Vì an ninh Tổ quốc");
		this.page.waitForURL(Pattern.compile(".*/campaigns/\\d+$"));
		assertThat(this.page.locator("#documents-table").textContent())
			.contains("Kế hoạch phát động phong trào thi đua “Vì an ninh Tổ quốc” năm 2026", "system");
		assertThat(this.page.locator("#document-new").count()).isZero();
		assertThat(this.page.locator(".document-delete").count()).isZero();
		Download download = this.page.waitForDownload(() -> this.page.click("a.document-download"));
		assertThat(download.suggestedFilename()).endsWith(".pdf").contains("Vì an ninh Tổ quốc");
		this.page.locator("#campaign-documents").scrollIntoViewIfNeeded();
		screenshotEverywhere("campaign-documents-unit");
	}

	private void refuse(byte[] png) {
		this.page.fill("#title", "Kế hoạch");
		this.page.setInputFiles("#file", new FilePayload("Kế hoạch.pdf", "application/pdf", png));
		this.page.click("#document-save");
		this.page.waitForLoadState();
		assertThat(this.page.locator("#document-form-errors").isVisible()).isTrue();
	}

	private byte[] demoPlan() {
		byte[] pdf = this.jdbc.sql(
				"select content from stored_file where original_name like 'Kế hoạch phát động phong trào%' order by id limit 1")
			.query((rs, i) -> rs.getBytes(1))
			.single();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		return pdf;
	}

	private long draft(String name) {
		return TestUsers.runAs(this.users, "staff", () -> {
			Campaign c = this.campaigns.create(new CampaignForm(null, name, CampaignKind.THEMATIC, 2078,
					java.time.LocalDate.of(2078, 3, 1), java.time.LocalDate.of(2078, 11, 30),
					"Kỷ cương, minh bạch, phục vụ nhân dân", null, List.of(), List.of(), null));
			var first = this.campaigns.addContent(c.getId(), new ContentForm("Giải quyết thủ tục hành chính", null));
			this.campaigns.addContent(c.getId(), new ContentForm("Tuyên truyền, hướng dẫn người dân", null));
			this.campaigns.addIndicator(c.getId(),
					new IndicatorForm(first.getId(), "CC.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", null,
							Direction.HIGHER_IS_BETTER, InputShape.RATIO, ReportingPeriod.MONTH,
							java.math.BigDecimal.valueOf(98), null, List.of()));
			return c.getId();
		});
	}

}
