package vn.thidua.shared.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks every printed document must pass: A4 portrait, text inside the Decree 30
 * margins, fonts embedded, and the text as {@code pdftotext} (poppler) extracts it.
 */
public final class PdfChecks {

	public static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

	/** Points per millimetre. */
	public static final float MM = 72f / 25.4f;

	private PdfChecks() {
	}

	/** Every page is A4 portrait and its text stays inside the margins of Decree 30. */
	public static void assertA4WithinMargins(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (int index = 0; index < document.getNumberOfPages(); index++) {
				PDPage page = document.getPage(index);
				float width = page.getMediaBox().getWidth();
				float height = page.getMediaBox().getHeight();
				assertThat(width).as("page width")
					.isCloseTo(DocumentPage.WIDTH_MM * MM, org.assertj.core.data.Offset.offset(1f));
				assertThat(height).as("page height")
					.isCloseTo(DocumentPage.HEIGHT_MM * MM, org.assertj.core.data.Offset.offset(1f));
				float[] bounds = { Float.MAX_VALUE, 0, 0 };
				PDFTextStripper stripper = new PDFTextStripper() {
					@Override
					protected void processTextPosition(TextPosition text) {
						bounds[0] = Math.min(bounds[0], text.getXDirAdj());
						bounds[1] = Math.max(bounds[1], text.getXDirAdj() + text.getWidthDirAdj());
						bounds[2] = Math.max(bounds[2], text.getYDirAdj());
					}
				};
				stripper.setStartPage(index + 1);
				stripper.setEndPage(index + 1);
				stripper.getText(document);
				int number = index + 1;
				assertThat(bounds[0]).as("left edge of page " + number)
					.isGreaterThanOrEqualTo(DocumentPage.MARGIN_LEFT_MM * MM - 1);
				assertThat(bounds[1]).as("right edge of page " + number)
					.isLessThanOrEqualTo(width - DocumentPage.MARGIN_RIGHT_MM * MM + 1);
				assertThat(bounds[2]).as("bottom edge of page " + number)
					.isLessThanOrEqualTo(height - DocumentPage.MARGIN_BOTTOM_MM * MM + 1);
			}
		}
	}

	/** Every font of every page is embedded Liberation Serif. */
	public static void assertFontsEmbedded(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
					assertThat(font.getName()).contains("LiberationSerif");
				}
			}
		}
	}

	/**
	 * The PDF is tagged for accessibility (PDF/UA): marked content with a structure tree,
	 * a title, a description (the subject, which PDF/UA asks for) and the language of the
	 * page it was printed from.
	 */
	public static void assertTagged(byte[] pdf, String language) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var catalog = document.getDocumentCatalog();
			assertThat(catalog.getMarkInfo()).as("mark info").isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
			assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
			assertThat(catalog.getStructureTreeRoot().getKids()).as("structure elements").isNotEmpty();
			assertThat(document.getDocumentInformation().getTitle()).as("title").isNotBlank();
			assertThat(document.getDocumentInformation().getSubject()).as("description (subject)").isNotBlank();
			assertThat(catalog.getLanguage()).as("language").isEqualTo(language);
		}
	}

	/**
	 * The text of the PDF as poppler's {@code pdftotext} reads it; fails in CI and skips
	 * elsewhere when poppler-utils is not installed.
	 */
	public static String pdftotext(byte[] pdf) throws Exception {
		requirePdftotext();
		Path file = Files.createTempFile("thidua-document", ".pdf");
		try {
			Files.write(file, pdf);
			return pdftotext(file, 1, 999);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	static void requirePdftotext() {
		if (!Files.isExecutable(PDFTOTEXT)) {
			String message = PDFTOTEXT + " not found: install poppler-utils to check the PDF text with it";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message);
			}
			Assumptions.abort(message);
		}
	}

	static String pdftotext(Path file, int firstPage, int lastPage) throws Exception {
		Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", "-f", String.valueOf(firstPage),
				"-l", String.valueOf(lastPage), file.toString(), "-")
			.redirectErrorStream(true)
			.start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		return new String(output, StandardCharsets.UTF_8);
	}

	/**
	 * Saves the PDF and images of its pages (60 dpi, with poppler's {@code pdftoppm} when
	 * installed) under {@code target/screenshots/}, to be looked at.
	 */
	public static void save(byte[] pdf, String name) throws Exception {
		Path screenshots = Path.of("target", "screenshots");
		Files.createDirectories(screenshots);
		Path file = screenshots.resolve(name + ".pdf");
		Files.write(file, pdf);
		Path pdftoppm = Path.of("/usr/bin/pdftoppm");
		if (Files.isExecutable(pdftoppm)) {
			Process process = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "60", file.toString(),
					screenshots.resolve(name + "-page").toString())
				.redirectErrorStream(true)
				.start();
			process.getInputStream().readAllBytes();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
	}

}
