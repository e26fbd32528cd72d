package vn.thidua.browser;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.result.RankingTestData;
import vn.thidua.shared.document.PdfChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff print the monthly bulletin from the ranking and from the overview and download
 * its PDF, and open a unit's score trend from the ranking, in a throw-away campaign of
 * "Khối An ninh" and "Khối Cảnh sát" with approved reports from January to October 2026.
 */
class BulletinBrowserTests extends BrowserTestSupport {

	private static long campaign;

	private static long cluster;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoringTableService scoring;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	final List<String> problems = new ArrayList<>();

	@BeforeEach
	void campaignWithTenMonths() {
		this.page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				this.problems.add(message.text());
			}
		});
		synchronized (BulletinBrowserTests.class) {
			if (campaign == 0) {
				cluster = clusterNamed("Khối An ninh");
				long police = clusterNamed("Khối Cảnh sát");
				campaign = RankingTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users, cluster,
						"Đợt thi đua thông báo " + UUID.randomUUID().toString().substring(0, 8));
				this.jdbc.sql("insert into campaign_cluster (campaign_id, cluster_id) values (:c, :k)")
					.param("c", campaign)
					.param("k", police)
					.update();
				RankingTestData.approvedMonths(this.jdbc, campaign, cluster, 10);
				RankingTestData.approvedMonths(this.jdbc, campaign, police, 10);
			}
		}
	}

	@Test
	void staffPrintTheClusterBulletinFromTheRankingAndDownloadThePdf() throws Exception {
		login("staff");
		open("/results/rankings?campaign=" + campaign + "&cluster=" + cluster + "&month=2026-10");
		screenshot("bulletin-ranking-link");
		this.page.click("#ranking-bulletin");
		this.page.waitForURL("**/results/bulletin?**");
		assertThat(this.page.locator("#document").textContent()).contains("THÔNG BÁO", "Kết quả thi đua tháng 10/2026",
				"Khối An ninh", "Phòng An ninh đối ngoại", "TL. GIÁM ĐỐC");
		assertThat(this.page.locator("#document").textContent()).doesNotContain("Khối Cảnh sát");
		String path = this.page.url().substring(url("").length());
		screenshot("bulletin-print-vi");
		open(path + "&lang=en");
		assertThat(this.page.locator("#document").textContent()).contains("BULLETIN", "Emulation results of 10/2026");
		screenshot("bulletin-print-en");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		open(path + "&lang=vi");
		screenshot("bulletin-print-phone");
		this.page.setViewportSize(1366, 900);

		open(path + "&lang=vi");
		Download download = this.page.waitForDownload(() -> this.page.click("#document-pdf"));
		assertThat(download.suggestedFilename()).isEqualTo("thong-bao-ket-qua-thi-dua-khoi-an-ninh-2026-10.pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		PdfChecks.assertA4WithinMargins(pdf);
		PdfChecks.assertFontsEmbedded(pdf);
		PdfChecks.assertTagged(pdf, "vi");
		assertThat(PdfChecks.pdftotext(pdf)).contains("THÔNG BÁO", "Kết quả thi đua tháng 10/2026", "Khối An ninh");
		assertThat(this.problems).as("console errors (CSP, missing files)").isEmpty();
	}

	@Test
	void staffPrintTheProvincialBulletinFromTheOverview() throws Exception {
		login("staff");
		open("/results/overview?campaign=" + campaign + "&month=2026-10");
		this.page.click("#overview-bulletin");
		this.page.waitForURL("**/results/bulletin?**");
		assertThat(this.page.locator("#document").textContent()).contains("Tổng hợp chung", "Khối An ninh",
				"Khối Cảnh sát", "Phòng Cảnh sát hình sự");
		screenshot("bulletin-overall-vi");
		Download download = this.page.waitForDownload(() -> this.page.click("#document-pdf"));
		assertThat(download.suggestedFilename()).isEqualTo("thong-bao-ket-qua-thi-dua-2026-10.pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		PdfChecks.assertA4WithinMargins(pdf);
		PdfChecks.save(pdf, "bulletin-overall-download");
		assertThat(PdfChecks.pdftotext(pdf)).contains("Khối An ninh", "Khối Cảnh sát", "Phòng Cảnh sát hình sự");
	}

	@Test
	void aUnitsTrendOpensFromTheRankingWithItsChart() {
		login("head.commander");
		open("/results/rankings?campaign=" + campaign + "&cluster=" + cluster + "&month=2026-10");
		String unit = this.page.locator("#ranking-table .ranking-unit").first().textContent();
		this.page.locator("#ranking-table .ranking-unit").first().click();
		this.page.waitForURL("**/results/rankings/units/**");
		assertThat(this.page.locator("#trend-heading").textContent()).contains(unit, "Khối An ninh", "2026");
		assertThat(this.page.locator("#trend-table tbody tr").count()).isEqualTo(10);
		this.page.waitForFunction("() => document.querySelector('#trend-chart').width > 0");
		screenshotEverywhere("trend");
		assertThat(this.problems).as("console errors (CSP, missing files)").isEmpty();
	}

	private long clusterNamed(String name) {
		return this.jdbc.sql("select id from emulation_cluster where name = :n and year = 2026")
			.param("n", name)
			.query(Long.class)
			.single();
	}

}
