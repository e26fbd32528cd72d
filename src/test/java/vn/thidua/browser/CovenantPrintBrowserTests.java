package vn.thidua.browser;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

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
		assertSignatureGridKeepsNamesWithTheirUnits();
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		open("/covenants/" + covenant + "/versions/1/print?lang=vi");
		screenshot("covenant-print-phone");
		assertSignatureGridKeepsNamesWithTheirUnits();
		this.page.setViewportSize(1366, 900);

		open("/covenants/" + covenant + "/versions/1/print?lang=vi");
		Download download = this.page.waitForDownload(() -> this.page.click("#document-pdf"));
		assertThat(download.suggestedFilename()).isEqualTo("giao-uoc-khoi-canh-sat-2026-ban-1.pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		PdfChecks.assertA4WithinMargins(pdf);
		assertThat(PdfChecks.pdftotext(pdf)).contains("GIAO ƯỚC THI ĐUA", "Khối Cảnh sát",
				"Độc lập - Tự do - Hạnh phúc");
	}

	/**
	 * One cell a unit in the signature grid: its name, title, room to sign and the
	 * signer's name together, and the signers' names of a row on one line.
	 */
	@SuppressWarnings("unchecked")
	private void assertSignatureGridKeepsNamesWithTheirUnits() {
		List<Map<String, Object>> rows = (List<Map<String, Object>>) this.page.evaluate("""
				() => Array.from(document.querySelectorAll('.document-signature-grid tr')).map(row => ({
				  cells: Array.from(row.cells).map(cell => ({
				    blocks: cell.querySelectorAll('.document-signature').length,
				    unit: (cell.querySelector('.document-signature-capacity') || {}).textContent || '',
				    hasName: cell.querySelector('.document-signature-name') !== null,
				    nameTop: cell.querySelector('.document-signature-name')
				        ? Math.round(cell.querySelector('.document-signature-name').getBoundingClientRect().top) : null
				  }))
				}))
				""");
		assertThat(rows).isNotEmpty();
		int units = 0;
		for (Map<String, Object> row : rows) {
			List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
			assertThat(cells).hasSize(2);
			Object top = null;
			for (Map<String, Object> cell : cells) {
				int blocks = ((Number) cell.get("blocks")).intValue();
				assertThat(blocks).isLessThanOrEqualTo(1);
				if (blocks == 1) {
					units++;
					assertThat((String) cell.get("unit")).isNotBlank();
					assertThat(cell.get("hasName")).isEqualTo(true);
					if (top != null) {
						assertThat(cell.get("nameTop")).as("names of a row on one line").isEqualTo(top);
					}
					top = cell.get("nameTop");
				}
			}
		}
		assertThat(units).isEqualTo(this.jdbc.sql("""
				select count(*) from covenant_party p join covenant_version v on v.id = p.version_id
				join covenant c on c.id = v.covenant_id join emulation_cluster e on e.id = c.cluster_id
				join campaign k on k.id = c.campaign_id
				where e.name = 'Khối Cảnh sát' and e.year = 2026 and k.name like '%Vì an ninh Tổ quốc%năm 2026'
				and v.number = 1
				""").query(Integer.class).single());
	}

}
