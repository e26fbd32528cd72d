package vn.thidua.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provincial staff open the printed list of the year's clusters, look at it in both
 * languages and on a phone, and download its PDF through the page's button.
 */
class ClusterPrintBrowserTests extends BrowserTestSupport {

	@Test
	void staffOpensThePrintViewAndDownloadsThePdf() throws Exception {
		List<String> problems = new ArrayList<>();
		this.page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				problems.add(message.text());
			}
		});
		login("staff");
		open("/clusters?year=2026");
		this.page.click("#clusters-print");
		this.page.waitForURL(url("/clusters/print?year=2026"));
		assertThat(this.page.locator("#document").textContent()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", "DANH SÁCH CỤM, KHỐI THI ĐUA NĂM 2026", "Khối An ninh",
				"Phòng An ninh chính trị nội bộ");
		assertThat(this.page.locator(".document-toolbar").isVisible()).isTrue();
		screenshot("clusters-print-vi");

		Download download = this.page.waitForDownload(() -> this.page.click("#document-pdf"));
		assertThat(download.suggestedFilename()).isEqualTo("cum-khoi-thi-dua-2026.pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

		// on paper the toolbar is not printed
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(this.page.locator(".document-toolbar").isVisible()).isFalse();
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

		open("/clusters/print?year=2026&lang=en");
		assertThat(this.page.locator("#document").textContent()).contains("SOCIALIST REPUBLIC OF VIET NAM");
		assertThat(this.page.locator("#document-pdf").textContent()).isEqualTo("Download PDF");
		screenshot("clusters-print-en");

		open("/clusters/print?year=2026&lang=vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		screenshot("clusters-print-phone");
		assertThat(problems).as("console errors (CSP, missing files)").isEmpty();
	}

}
