package vn.thidua.organization;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The printed list of a year's clusters: the PDF download (headers, content, scope) and
 * the print view. Saves the staff PDF and an image of its first page under
 * {@code target/screenshots/} to be looked at.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClusterPrintTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void staffDownloadsTheListOfTheYearAsPdf() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/clusters/print.pdf").param("year", "2026").with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''cum-khoi-thi-dua-2026.pdf");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		byte[] pdf = response.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text)
				.contains("BỘ CÔNG AN", "CÔNG AN TỈNH LÂM SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
						"Độc lập - Tự do - Hạnh phúc", "DANH SÁCH CỤM, KHỐI THI ĐUA NĂM 2026", "Khối An ninh",
						"Khối Cảnh sát", "Phòng An ninh chính trị nội bộ", "Cụm (Khối) trưởng", "Nguyễn Thị Thu Hà")
				.containsPattern("Lâm Sơn, ngày \\d\\d tháng \\d\\d? năm \\d{4}");
		}
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve("clusters-print.pdf");
		Files.write(file, pdf);
		toPng(file, "clusters-print-pdf-page1", 1);
		toPng(file, "clusters-print-pdf-page2", 2);
	}

	@Test
	void aMemberUnitsOfficerGetsOnlyTheClusterOfTheirUnit() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/clusters/print.pdf").param("year", "2026").with(TestUsers.as(this.users, "member.officer")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Khối An ninh").doesNotContain("Khối Cảnh sát");
		}
	}

	@Test
	void thePrintViewIsTheSameDocumentWithItsToolbar() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/clusters/print").param("year", "2026").with(TestUsers.as(this.users, "member.officer")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString();
		assertThat(html).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("/clusters/print.pdf?year=2026")
			.contains("id=\"document-print\"")
			.contains("Khối An ninh")
			.doesNotContain("Khối Cảnh sát")
			.doesNotContain("<style")
			.doesNotContain("style=");
	}

	@Test
	void aYearWithoutClustersSaysSo() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/clusters/print.pdf").param("year", "2001").with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Năm 2001 chưa có cụm, khối thi đua nào.");
		}
	}

	@Test
	void anImpossibleYearIsNotFound() throws Exception {
		int status = this.mvc
			.perform(get("/clusters/print.pdf").param("year", "99999").with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
	}

	/** Page N of the PDF as a PNG at 60 dpi, with poppler's pdftoppm when installed. */
	static void toPng(Path pdf, String name, int page) throws Exception {
		Path pdftoppm = Path.of("/usr/bin/pdftoppm");
		if (!Files.isExecutable(pdftoppm)) {
			return;
		}
		Process process = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "60", "-f", String.valueOf(page), "-l",
				String.valueOf(page), "-singlefile", pdf.toString(), SCREENSHOTS.resolve(name).toString())
			.redirectErrorStream(true)
			.start();
		process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
	}

}
