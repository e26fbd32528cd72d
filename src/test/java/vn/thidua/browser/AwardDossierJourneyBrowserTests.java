package vn.thidua.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.LoadState;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.award.Pa04TitleList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-end path of the 2026 titles of LS-PA04, through the pages: the unit's officer
 * reads the proposals and corrects one classification (the officer with a one-off 2025
 * title completed tasks excellently: CSTĐCS), the commander submits the list, staff make
 * the Director's dossier, print it (PDF, DOCX), submit it, enter and record the decision,
 * and the officer's and the unit's records show the awards with their cash. Worked by
 * hand at 2.340.000 đ: ĐVQT 1,5 → 3.510.000; two CSTĐCS 1,0 → 2 × 2.340.000; total
 * 8.190.000 đ (plus 710.000 for each officer other tests added to the unit, a CSTT each).
 */
class AwardDossierJourneyBrowserTests extends BrowserTestSupport {

	private static final String NUMBER = "9301/QĐ-CAT";

	@Autowired
	JdbcClient jdbc;

	private Pa04TitleList demo;

	@BeforeEach
	void theDemoList() {
		this.demo = new Pa04TitleList(this.jdbc).asTheDemoHasIt();
	}

	@AfterEach
	void backToTheDemo() {
		this.demo.restore();
	}

	@Test
	void fromTheUnitsTitlesToTheRecordedDecision() throws Exception {
		long pa04 = this.demo.unitId();
		String titles = "/awards/titles/" + pa04 + "/2026";

		// the unit's officer corrects one classification
		login("member.officer");
		open(titles);
		assertThat(this.page.textContent("#titles-table"))
			.contains("CSTĐCS: CSTT 2026 + sáng kiến cấp cơ sở 12/QĐ-PA04", "Hoãn xét");
		open(titles + "/officers/" + this.demo.oneOffOfficer());
		this.page.selectOption("#classification", "EXCELLENT");
		this.page.click("#classification-save");
		this.page.waitForURL(url(titles));
		assertThat(this.page.textContent("#titles-table")).contains("CSTĐCS: CSTT 2026 + hoàn thành xuất sắc nhiệm vụ");
		logout();

		// the commander submits it
		login("member.commander");
		open(titles);
		this.page.click("#titles-submit");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent("#titles-state")).isEqualTo("Đã trình");
		logout();

		// staff see the submitted list; the titles that need a vote could go to the
		// council
		// first (TitleVoteTests), here the unit's own council voted on paper
		login("staff");
		open(titles);
		assertThat(this.page.locator("#titles-vote").isVisible()).isTrue();
		screenshot("awards-titles-submitted-staff");

		// staff make the Director's dossier from the submitted list
		open("/awards/dossiers?year=2026");
		assertThat(this.page.textContent("#submitted-lists")).contains("Phòng An ninh kinh tế");
		screenshotEverywhere("awards-dossier-lists");
		this.page.click("#make-dossier-" + pa04);
		this.page.waitForURL(Pattern.compile(".*/awards/dossiers/\\d+$"));
		String dossierPath = this.page.url().substring(url("").length());
		String lines = this.page.textContent("#dossier-lines");
		assertThat(lines).contains("Đơn vị quyết thắng", "Chiến sĩ thi đua cơ sở", "ĐVQT: hoàn thành xuất sắc")
			.doesNotContain("Chiến sĩ thi đua toàn lực lượng");
		assertThat(this.page.locator("#dossier-lines tbody tr").count()).isEqualTo(3 + this.demo.addedOfficers());
		screenshotEverywhere("awards-dossier-titles");

		// the initiative's confirmation attached: listed on the page and in the
		// submission
		java.nio.file.Path confirmation = Files.createTempFile("sang-kien", ".pdf");
		Files.write(confirmation, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		this.page.fill("#title", "Quyết định công nhận sáng kiến số 12/QĐ-PA04");
		this.page.setInputFiles("#file", confirmation);
		this.page.click("#dossier-attachment-add");
		this.page.locator("#dossier-attachment-list").waitFor();
		assertThat(this.page.textContent("#dossier-attachment-list"))
			.contains("Quyết định công nhận sáng kiến số 12/QĐ-PA04");
		screenshot("awards-dossier-attachment");
		Files.deleteIfExists(confirmation);

		// printed: the submission, the list, the achievement reports; PDF and DOCX
		long total = 8_190_000L + 710_000L * this.demo.addedOfficers();
		String totalText = String.format(java.util.Locale.GERMANY, "%,d", total);
		this.page.click("#dossier-print");
		this.page.waitForURL(url(dossierPath + "/print"));
		assertThat(this.page.textContent("#document")).contains("TỜ TRÌNH", "Kính gửi: Giám đốc Công an tỉnh Lâm Sơn",
				"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "BÁO CÁO TÓM TẮT THÀNH TÍCH", "3.510.000", "2.340.000",
				"Tài liệu kèm theo:", "1. Quyết định công nhận sáng kiến số 12/QĐ-PA04");
		assertThat(this.page.textContent("#dossier-total")).isEqualTo(totalText);
		screenshot("awards-dossier-print-vi");
		Download pdf = this.page.waitForDownload(() -> this.page.click("#document-pdf"));
		byte[] pdfBytes = Files.readAllBytes(pdf.path());
		assertThat(new String(pdfBytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		vn.thidua.shared.document.PdfChecks.save(pdfBytes, "awards-dossier-journey");
		assertThat(vn.thidua.shared.document.PdfChecks.pdftotext(pdfBytes).replaceAll("\\s+", " ")).contains("TỜ TRÌNH",
				totalText);
		Download docx = this.page.waitForDownload(() -> this.page.click("#document-docx"));
		try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx.path()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).contains("TỜ TRÌNH", "Kính gửi: Giám đốc Công an tỉnh Lâm Sơn", totalText);
		}
		open(dossierPath + "/print?lang=en");
		assertThat(this.page.textContent("#document")).contains("SUBMISSION", "LIST OF PROPOSED AWARDS");
		screenshot("awards-dossier-print-en");
		open(dossierPath + "/print?lang=vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		screenshot("awards-dossier-print-phone");
		this.page.setViewportSize(1366, 900);
		this.page.click("#document-back");
		this.page.waitForURL(url(dossierPath));

		// submitted, then the Director's decision entered and recorded
		this.page.click("#dossier-submit");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent("#dossier-state")).isEqualTo("Đã trình");
		this.page.fill("#number", NUMBER);
		this.page.fill("#decidedOn", "05/12/2026");
		this.page.fill("#signer", "Đại tá Nguyễn Văn Giám");
		screenshot("awards-dossier-decision-form");
		this.page.click("#dossier-decision-save");
		this.page.waitForURL(Pattern.compile(".*/awards/decisions/\\d+$"));
		assertThat(this.page.textContent("#decision-total")).isEqualTo(totalText + " đ");
		this.page.click("#decision-record");
		this.page.waitForLoadState(LoadState.LOAD);
		open(dossierPath);
		assertThat(this.page.textContent("#dossier-state")).isEqualTo("Đã có quyết định");
		assertThat(this.page.textContent("#dossier-decision-link")).contains(NUMBER);
		screenshotEverywhere("awards-dossier-decided");

		// the officer's and the unit's records show the awards with their cash
		open("/awards/records/officers/" + this.demo.initiativeOfficer());
		assertThat(this.page.textContent("main")).contains(NUMBER, "Chiến sĩ thi đua cơ sở", "2.340.000");
		open("/awards/records/units/" + pa04);
		assertThat(this.page.textContent("main")).contains(NUMBER, "Đơn vị quyết thắng", "3.510.000");
		screenshotEverywhere("awards-unit-record-decided");
	}

	private void logout() {
		this.page.context().clearCookies();
	}

}
