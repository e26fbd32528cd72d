package vn.thidua.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keeping files in the database: the checks (type by content, size, name) with their
 * Vietnamese messages, and reading the content back piece by piece.
 */
@SpringBootTest
class FileStorageTests {

	@Autowired
	FileStorage storage;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	final FileRules pdfOnly = new FileRules(java.util.Set.of(FileType.PDF), 1024 * 1024);

	@Test
	void aPdfIsKeptWithItsNameTypeSizeAndChecksum() {
		byte[] pdf = pdf(5000);
		StoredFile file = store("Kế hoạch số 1.pdf", pdf, this.pdfOnly);
		assertThat(file.type()).isEqualTo(FileType.PDF);
		assertThat(file.size()).isEqualTo(5000);
		assertThat(file.sha256()).hasSize(64).isEqualTo(FileStorage.sha256(pdf));
		assertThat(file.createdBy()).isEqualTo("staff");
		StoredFile found = this.storage.find(file.id()).orElseThrow();
		assertThat(found.originalName()).isEqualTo("Kế hoạch số 1.pdf");
		assertThat(found.type()).isEqualTo(FileType.PDF);
		assertThat(found.sha256()).isEqualTo(file.sha256());
	}

	@Test
	void aPngRenamedPdfIsRefusedSayingWhatItIs() {
		assertThatThrownBy(() -> store("ke-hoach.pdf", FileTypeTests.PNG, this.pdfOnly))
			.isInstanceOfSatisfying(FileRejectedException.class, ex -> {
				assertThat(ex.field()).isEqualTo("file");
				assertThat(vietnamese(ex)).isEqualTo(
						"Tệp “ke-hoach.pdf” là tệp PNG; chỉ chấp nhận tệp PDF. Hệ thống kiểm tra nội dung tệp, không dựa vào đuôi tên tệp.");
			});
	}

	@Test
	void aPdfRenamedPngIsAcceptedAsPdf() {
		StoredFile file = store("scan.png", pdf(100),
				new FileRules(java.util.Set.of(FileType.PDF, FileType.PNG), 1024));
		assertThat(file.type()).isEqualTo(FileType.PDF);
		assertThat(file.downloadName()).isEqualTo("scan.png.pdf");
	}

	@Test
	void aFileOfNoKnownTypeIsRefused() {
		assertThatThrownBy(() -> store("bao-cao.pdf", "Không phải PDF".getBytes(StandardCharsets.UTF_8), this.pdfOnly))
			.isInstanceOfSatisfying(FileRejectedException.class, ex -> assertThat(vietnamese(ex)).startsWith(
					"Tệp “bao-cao.pdf” không phải là tệp PDF hợp lệ. Hệ thống kiểm tra nội dung tệp, không dựa vào đuôi tên tệp"));
	}

	@Test
	void aFileOverTheLimitIsRefusedSayingTheLimitInMegabytes() {
		FileRules small = new FileRules(java.util.Set.of(FileType.PDF), 2_621_440);
		assertThatThrownBy(() -> store("lon.pdf", pdf(3 * 1024 * 1024), small))
			.isInstanceOfSatisfying(FileRejectedException.class, ex -> assertThat(vietnamese(ex))
				.isEqualTo("Tệp “lon.pdf” có dung lượng 3 MB, lớn hơn giới hạn 2,5 MB."));
	}

	@Test
	void theDefaultLimitIsTenMegabytes() {
		assertThat(this.storage.defaultMaxBytes()).isEqualTo(10L * 1024 * 1024);
		assertThat(this.storage.rules(FileType.PDF).maxBytes()).isEqualTo(10L * 1024 * 1024);
		assertThat(this.storage.megabytes(this.storage.defaultMaxBytes())).isEqualTo("10");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> store("rong.pdf", new byte[0], this.pdfOnly)).isInstanceOfSatisfying(
				FileRejectedException.class,
				ex -> assertThat(vietnamese(ex)).isEqualTo("Tệp “rong.pdf” rỗng (0 byte); hãy chọn đúng tệp."));
		MockMultipartFile empty = new MockMultipartFile("file", "rong.pdf", "application/pdf", new byte[0]);
		assertThatThrownBy(() -> TestUsers.runAs(this.users, "staff", () -> this.storage.store(empty, this.pdfOnly)))
			.isInstanceOfSatisfying(FileRejectedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("storage.error.empty"));
	}

	@Test
	void noFileChosenIsRefused() {
		MockMultipartFile none = new MockMultipartFile("file", "", "application/octet-stream", new byte[0]);
		assertThatThrownBy(() -> TestUsers.runAs(this.users, "staff", () -> this.storage.store(none, this.pdfOnly)))
			.isInstanceOfSatisfying(FileRejectedException.class,
					ex -> assertThat(vietnamese(ex)).isEqualTo("Vui lòng chọn một tệp PDF."));
		assertThatThrownBy(() -> TestUsers.runAs(this.users, "staff", () -> this.storage.store(null, this.pdfOnly)))
			.isInstanceOf(FileRejectedException.class);
	}

	@Test
	void fileNamesLoseTheirFolderAreComposedAndChecked() {
		assertThat(FileStorage.cleanName("C:\\Users\\canbo\\Kế hoạch.pdf")).isEqualTo("Kế hoạch.pdf");
		assertThat(FileStorage.cleanName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
		// macOS sends decomposed Vietnamese: "ế" as "e" and two combining marks
		String decomposed = java.text.Normalizer.normalize("Kế hoạch.pdf", java.text.Normalizer.Form.NFD);
		assertThat(FileStorage.cleanName(decomposed)).isEqualTo("Kế hoạch.pdf").hasSize(12);
		assertThatThrownBy(() -> FileStorage.cleanName("  ")).isInstanceOfSatisfying(FileRejectedException.class,
				ex -> assertThat(vietnamese(ex)).isEqualTo("Tệp không có tên; hãy đặt tên cho tệp rồi tải lên lại."));
		assertThatThrownBy(() -> FileStorage.cleanName("thu\u0000muc.pdf")).isInstanceOfSatisfying(
				FileRejectedException.class,
				ex -> assertThat(vietnamese(ex)).contains("“thu?muc.pdf”", "ký tự không hợp lệ"));
		assertThatThrownBy(() -> FileStorage.cleanName("a".repeat(300) + ".pdf"))
			.isInstanceOfSatisfying(FileRejectedException.class, ex -> assertThat(vietnamese(ex))
				.isEqualTo("Tên tệp dài 304 ký tự, quá giới hạn 255 ký tự; hãy đổi tên tệp ngắn hơn rồi tải lên lại."));
	}

	@Test
	void aRefusedFileLeavesNothingBehind() {
		long before = this.jdbc.sql("select count(*) from stored_file").query(Long.class).single();
		assertThatThrownBy(() -> store("anh.pdf", FileTypeTests.JPEG, this.pdfOnly))
			.isInstanceOf(FileRejectedException.class);
		assertThat(this.jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theContentIsReadBackInPiecesEqualToWhatWasStored() throws IOException {
		byte[] pdf = pdf(FileStorage.CHUNK_BYTES * 2 + 123);
		StoredFile file = store("lon.pdf", pdf, this.pdfOnly);
		try (InputStream in = this.storage.open(file)) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.storage.send(file, response);
		assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getContentLengthLong()).isEqualTo(pdf.length);
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"lon.pdf\"; filename*=UTF-8''lon.pdf");
	}

	@Test
	void theColumnIsStoredUncompressedSoThatPiecesAreCheap() {
		assertThat(this.jdbc.sql("""
				select a.attstorage from pg_attribute a join pg_class c on c.oid = a.attrelid
				where c.relname = 'stored_file' and a.attname = 'content'
				""").query(String.class).single()).isEqualTo("e");
	}

	@Test
	void aLimitAboveTheContainersMultipartLimitStopsTheStart() {
		var environment = new org.springframework.mock.env.MockEnvironment()
			.withProperty("spring.servlet.multipart.max-file-size", "64MB");
		assertThatThrownBy(() -> new FileStorage(this.jdbc, java.time.Clock.systemUTC(),
				new FileStorageProperties(org.springframework.util.unit.DataSize.ofMegabytes(100)), environment))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("thidua.files.max-size");
		assertThat(new FileStorage(this.jdbc, java.time.Clock.systemUTC(),
				new FileStorageProperties(org.springframework.util.unit.DataSize.ofMegabytes(64)), environment)
			.defaultMaxBytes()).isEqualTo(64L * 1024 * 1024);
	}

	private StoredFile store(String name, byte[] content, FileRules rules) {
		return TestUsers.runAs(this.users, "staff", () -> this.storage.store(name, content, rules));
	}

	private String vietnamese(FileRejectedException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), java.util.Locale.forLanguageTag("vi"));
	}

	/** A PDF header followed by filler: what the checks look at. */
	static byte[] pdf(int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) 'x');
		byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, content, 0, Math.min(header.length, size));
		for (int i = header.length; i < size; i++) {
			content[i] = (byte) (i * 31);
		}
		return content;
	}

}
