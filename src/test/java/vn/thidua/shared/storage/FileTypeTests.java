package vn.thidua.shared.storage;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeTests {

	static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Test
	void recognisesEachTypeByItsMagicBytes() {
		assertThat(FileType.detect(PDF)).contains(FileType.PDF);
		assertThat(FileType.detect(JPEG)).contains(FileType.JPEG);
		assertThat(FileType.detect(PNG)).contains(FileType.PNG);
	}

	@Test
	void recognisesNothingInTextOrTruncatedHeaders() {
		assertThat(FileType.detect("Kế hoạch phát động".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(FileType.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(FileType.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).isEmpty();
		assertThat(FileType.detect(new byte[0])).isEmpty();
		assertThat(FileType.detect(null)).isEmpty();
		// a PDF with something before its header is not taken for one
		assertThat(FileType.detect(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void knowsItsExtensionsWhateverTheCase() {
		assertThat(FileType.PDF.isExtensionOf("Kế hoạch.PDF")).isTrue();
		assertThat(FileType.JPEG.isExtensionOf("anh.jpeg")).isTrue();
		assertThat(FileType.JPEG.isExtensionOf("anh.jpg")).isTrue();
		assertThat(FileType.PNG.isExtensionOf("anh.pdf")).isFalse();
	}

	@Test
	void rulesNameTheAcceptedTypesInTheirOrder() {
		FileRules rules = new FileRules(Set.of(FileType.PNG, FileType.PDF, FileType.JPEG), 1024);
		assertThat(rules.allowedLabels()).isEqualTo("PDF, JPEG, PNG");
		assertThat(new FileRules(Set.of(FileType.PDF), 1).acceptAttribute()).isEqualTo(".pdf,application/pdf");
	}

	@Test
	void aDownloadNameGetsTheExtensionOfTheRealType() {
		var at = java.time.Instant.now();
		assertThat(new StoredFile(1, "ke-hoach.png", FileType.PDF, 10, "", "staff", at).downloadName())
			.isEqualTo("ke-hoach.png.pdf");
		assertThat(new StoredFile(1, "Kế hoạch.pdf", FileType.PDF, 10, "", "staff", at).downloadName())
			.isEqualTo("Kế hoạch.pdf");
	}

}
