package vn.thidua.shared.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;

import vn.thidua.shared.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The shared document rendering: a long sample document in the Decree 30/2020 layout,
 * checked in the PDF itself (page size, margins, page numbers, embedded fonts, text with
 * Vietnamese diacritics as PDFBox and poppler's pdftotext extract it).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentRendererTests {

	static final float MM = 72f / 25.4f;

	static final List<String> EXPECTED = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
			"Khối An ninh", "Phòng An ninh chính trị nội bộ", "CÔNG AN TỈNH LÂM SƠN", "PHÒNG THAM MƯU",
			"Lâm Sơn, ngày 05 tháng 01 năm 2026", "BÁO CÁO MẪU", "Nguyễn Thị Thu Hà", "TM. PHÒNG AN NINH ĐIỀU TRA",
			"Phạm Thị Lan");

	@Autowired
	DocumentRenderer renderer;

	byte[] pdf;

	String html;

	@BeforeAll
	void render() {
		List<String> paragraphs = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			paragraphs.add("Đoạn " + i + ": Phong trào thi đua \"Vì an ninh Tổ quốc\" được triển khai sâu rộng, "
					+ "các đơn vị đăng ký danh hiệu Đơn vị quyết thắng, Chiến sĩ thi đua cơ sở và ký giao ước thi đua "
					+ "với những chỉ tiêu cụ thể, thiết thực.");
		}
		Map<String, Object> model = Map.of("heading",
				new DocumentHeading("Công an tỉnh Lâm Sơn", "Phòng Tham mưu", "\u00a0\u00a0\u00a0/BC-PV01", "Lâm Sơn",
						LocalDate.of(2026, 1, 5)),
				"paragraphs", paragraphs, "signatures",
				List.of(new Signature("KT. Trưởng phòng", "Phó Trưởng phòng", "Nguyễn Thị Thu Hà")), "recipients",
				List.of("Ban Giám đốc", "Lưu: VT"), "grid",
				List.of(new Signature("TM. Phòng An ninh chính trị nội bộ", "Trưởng phòng", "Trần Văn Khải"),
						new Signature("TM. Phòng An ninh điều tra", "Trưởng phòng", "Lê Minh Đức"),
						new Signature("TM. Phòng An ninh kinh tế", "Trưởng phòng", "Phạm Thị Lan")));
		this.pdf = this.renderer.pdf("document/test-sample", model, VietnameseText.VIETNAMESE);
		this.html = this.renderer.html("document/test-sample", model, VietnameseText.VIETNAMESE);
	}

	@Test
	void everyPageIsA4PortraitAndALongBodyTakesSeveralPages() throws IOException {
		assertThat(new String(this.pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			for (PDPage page : document.getPages()) {
				PDRectangle box = page.getMediaBox();
				assertThat(box.getWidth()).isCloseTo(595f, within(1f));
				assertThat(box.getHeight()).isCloseTo(842f, within(1f));
			}
		}
	}

	@Test
	void theTextStaysInsideTheDecree30Margins() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			float[] bounds = { Float.MAX_VALUE, Float.MAX_VALUE, 0, 0 };
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					bounds[0] = Math.min(bounds[0], text.getXDirAdj());
					bounds[1] = Math.min(bounds[1], text.getYDirAdj() - text.getHeightDir());
					bounds[2] = Math.max(bounds[2], text.getXDirAdj() + text.getWidthDirAdj());
					bounds[3] = Math.max(bounds[3], text.getYDirAdj());
				}
			};
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			stripper.getText(document);
			float width = document.getPage(1).getMediaBox().getWidth();
			float height = document.getPage(1).getMediaBox().getHeight();
			// body text: left margin 30 mm, right 15 mm; the page number sits in the top
			// margin, the body ends above the bottom margin of 20 mm
			assertThat(bounds[0]).as("left edge").isGreaterThanOrEqualTo(DocumentPage.MARGIN_LEFT_MM * MM - 1);
			assertThat(bounds[0]).as("left edge").isLessThan(DocumentPage.MARGIN_LEFT_MM * MM + 40);
			assertThat(bounds[2]).as("right edge").isLessThanOrEqualTo(width - DocumentPage.MARGIN_RIGHT_MM * MM + 1);
			assertThat(bounds[3]).as("bottom edge")
				.isLessThanOrEqualTo(height - DocumentPage.MARGIN_BOTTOM_MM * MM + 1);
			assertThat(bounds[1]).as("top edge").isGreaterThan(0);
		}
	}

	@Test
	void theStylesheetUsesTheMarginsOfDocumentPage() throws IOException {
		String css = new ClassPathResource("static/css/document.css").getContentAsString(StandardCharsets.UTF_8);
		assertThat(css).contains("size: A4 portrait;").contains("margin: " + DocumentPage.CSS_MARGIN + ";");
	}

	@Test
	void fontsAreEmbeddedLiberationSerif() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			List<String> names = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					names.add(font.getName());
					assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
					assertThat(font.getName()).contains("LiberationSerif");
				}
			}
			assertThat(names).anyMatch(n -> n.endsWith("LiberationSerif"))
				.anyMatch(n -> n.endsWith("LiberationSerif-Bold"))
				.anyMatch(n -> n.endsWith("LiberationSerif-Italic"));
		}
	}

	@Test
	void pdfboxExtractsTheVietnameseTextExactly() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(EXPECTED);
		}
	}

	@Test
	void pdftotextExtractsTheVietnameseTextExactly() throws Exception {
		requirePdftotext();
		Path file = Files.createTempFile("thidua-document", ".pdf");
		try {
			Files.write(file, this.pdf);
			String text = pdftotext(file, 1, 99);
			assertThat(text).contains(EXPECTED);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * Saves the sample and its pages as images under target/screenshots, to be looked at.
	 */
	@Test
	void savesTheSampleToLookAt() throws Exception {
		Path screenshots = Path.of("target", "screenshots");
		Files.createDirectories(screenshots);
		Path file = screenshots.resolve("document-sample.pdf");
		Files.write(file, this.pdf);
		Path pdftoppm = Path.of("/usr/bin/pdftoppm");
		if (Files.isExecutable(pdftoppm)) {
			Process process = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "60", file.toString(),
					screenshots.resolve("document-sample-page").toString())
				.redirectErrorStream(true)
				.start();
			process.getInputStream().readAllBytes();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void pageNumbersAreCentredAtTheTopFromPageTwoOn() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setSortByPosition(true);
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String firstLine = stripper.getText(document).strip().lines().findFirst().orElse("").strip();
				if (page == 1) {
					assertThat(firstLine).as("first line of page 1").isNotEqualTo("1").startsWith("CÔNG AN TỈNH");
				}
				else {
					assertThat(firstLine).as("first line of page " + page).isEqualTo(String.valueOf(page));
				}
			}
			// centred: the number's middle is the middle of the text area
			float[] number = new float[2];
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					if (number[1] == 0 && "2".equals(text.getUnicode())) {
						number[0] = text.getXDirAdj() + text.getWidthDirAdj() / 2;
						number[1] = 1;
					}
				}
			};
			stripper.setSortByPosition(true);
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			stripper.getText(document);
			float middle = (DocumentPage.MARGIN_LEFT_MM
					+ (DocumentPage.WIDTH_MM - DocumentPage.MARGIN_LEFT_MM - DocumentPage.MARGIN_RIGHT_MM) / 2f) * MM;
			assertThat(number[0]).isCloseTo(middle, within(3f));
		}
	}

	@Test
	void theHtmlIsTheSameDocumentWithItsStylesheet() {
		assertThat(this.html).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("/css/document.css")
			.contains("ngày 05 tháng 01 năm 2026");
	}

	@Test
	void theEnglishDocumentUsesTheEnglishMessages() throws IOException {
		byte[] english = this.renderer.pdf("document/test-sample", Map.of("heading",
				new DocumentHeading(null, "Phòng Tham mưu", "/BC", "Lâm Sơn", LocalDate.of(2026, 11, 21)), "paragraphs",
				List.of("x"), "signatures", List.of(), "recipients", List.of(), "grid", List.of()), Locale.ENGLISH);
		try (PDDocument document = Loader.loadPDF(english)) {
			assertThat(new PDFTextStripper().getText(document)).contains("SOCIALIST REPUBLIC OF VIET NAM")
				.contains("Independence - Freedom - Happiness");
		}
	}

	@Test
	void onlyClasspathAndDataResourcesAreServed() {
		assertThat(DocumentRenderer.resolve("classpath:/static/", "/css/document.css"))
			.isEqualTo("classpath:/static/css/document.css");
		assertThat(DocumentRenderer.resolve("classpath:/static/", "data:image/png;base64,AAAA")).startsWith("data:");
		assertThat(DocumentRenderer.resolve("classpath:/static/", "http://example.invalid/x.png")).isNull();
		assertThat(DocumentRenderer.resolve("classpath:/static/", "https://example.invalid/x.css")).isNull();
		assertThat(DocumentRenderer.resolve("classpath:/static/", "//example.invalid/x.css")).isNull();
		assertThat(DocumentRenderer.resolve("classpath:/static/", "file:/etc/passwd")).isNull();
		assertThat(DocumentRenderer.resolve("classpath:/static/", "classpath:/application.yml")).isNull();
		assertThat(DocumentRenderer.resolve("classpath:/static/", "/../application.yml")).isNull();
	}

	@Test
	void datesFollowDecree30() {
		DocumentHeading january = new DocumentHeading(null, "X", "/", "Lâm Sơn", LocalDate.of(2026, 1, 5));
		assertThat(january.day()).isEqualTo("05");
		assertThat(january.month()).isEqualTo("01");
		DocumentHeading march = new DocumentHeading(null, "X", "/", "Lâm Sơn", LocalDate.of(2026, 3, 9));
		assertThat(march.month()).isEqualTo("3");
		assertThat(march.day()).isEqualTo("09");
		assertThat(DocumentHeading.placeOf("Công an tỉnh Lâm Sơn")).isEqualTo("Lâm Sơn");
		assertThat(DocumentHeading.placeOf("Công an thành phố Hà Nội")).isEqualTo("Hà Nội");
		assertThat(january.issuerCaps()).isEqualTo("X");
		assertThat(new DocumentHeading("Công an tỉnh Lâm Sơn", "Phòng Tham mưu", "/", "", LocalDate.of(2026, 1, 1))
			.authorityCaps()).isEqualTo("CÔNG AN TỈNH LÂM SƠN");
	}

	@Test
	void downloadNamesAreSafe() {
		assertThat(DocumentResponses.attachment("cum-khoi-thi-dua-2026.pdf")).isEqualTo(
				"attachment; filename=\"cum-khoi-thi-dua-2026.pdf\"; " + "filename*=UTF-8''cum-khoi-thi-dua-2026.pdf");
		assertThat(DocumentResponses.attachment("Giao ước Khối An ninh.pdf"))
			.startsWith("attachment; filename=\"Giao-uoc-Khoi-An-ninh.pdf\"; filename*=UTF-8''Giao%20%C6%B0");
	}

	/**
	 * pdftotext of poppler-utils; skipped without it, except in CI where it is required.
	 */
	static void requirePdftotext() {
		PdfChecks.requirePdftotext();
	}

	static String pdftotext(Path file, int firstPage, int lastPage) throws Exception {
		return PdfChecks.pdftotext(file, firstPage, lastPage);
	}

}
