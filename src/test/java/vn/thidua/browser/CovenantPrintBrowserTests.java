package vn.thidua.browser;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.shared.document.PdfChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of "Khối Cảnh sát" opens the cluster's signed covenant, its print view in both
 * languages and on a phone, and downloads the PDF through the page's button.
 */
class CovenantPrintBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberPrintsTheSignedCovenantAndDownloadsThePdf() throws Exception {
		long covenant = this.jdbc.sql("""
				select c.id from covenant c join emulation_cluster e on e.id = c.cluster_id
				join campaign k on k.id = c.campaign_id
				where e.name = 'Khối Cảnh sát' and e.year = 2026 and k.name like '%Vì an ninh Tổ quốc%năm 2026'
				""").query(Long.class).single();
		login("other.officer");
		open("/covenants/" + covenant);
		this.page.click("#covenant-print");
		this.page.waitForURL(url("/covenants/" + covenant + "/versions/1/print"));
		assertThat(this.page.locator("#document").textContent()).contains("GIAO ƯỚC THI ĐUA", "KHỐI CẢNH SÁT",
				"ĐĂNG KÝ DANH HIỆU THI ĐUA", "XÁC NHẬN KÝ GIAO ƯỚC");
		screenshot("covenant-print-vi");
		open("/covenants/" + covenant + "/versions/1/print?lang=en");
		assertThat(this.page.locator("#document").textContent()).contains("EMULATION COVENANT", "TITLE REGISTRATIONS");
		screenshot("covenant-print-en");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		open("/covenants/" + covenant + "/versions/1/print?lang=vi");
		screenshot("covenant-print-phone");
		this.page.setViewportSize(1366, 900);

		open("/covenants/" + covenant + "/versions/1/print?lang=vi");
		Download download = this.page.waitForDownload(() -> this.page.click("#document-pdf"));
		assertThat(download.suggestedFilename()).isEqualTo("giao-uoc-khoi-canh-sat-2026-ban-1.pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		PdfChecks.assertA4WithinMargins(pdf);
		assertThat(PdfChecks.pdftotext(pdf)).contains("GIAO ƯỚC THI ĐUA", "Khối Cảnh sát",
				"Độc lập - Tự do - Hạnh phúc");
	}

}
