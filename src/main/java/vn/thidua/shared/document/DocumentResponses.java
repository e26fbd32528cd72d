package vn.thidua.shared.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The HTTP answer carrying a generated document (PDF, XLSX, DOCX): a download with a file
 * name that survives every browser, and never cached, because documents hold private data
 * of the police.
 */
public final class DocumentResponses {

	private DocumentResponses() {
	}

	/** An Excel workbook (Office Open XML). */
	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** A Word document (Office Open XML). */
	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	public static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
		return download(MediaType.APPLICATION_PDF, pdf, fileName);
	}

	public static ResponseEntity<byte[]> xlsx(byte[] workbook, String fileName) {
		return download(XLSX, workbook, fileName);
	}

	public static ResponseEntity<byte[]> docx(byte[] document, String fileName) {
		return download(DOCX, document, fileName);
	}

	private static ResponseEntity<byte[]> download(MediaType type, byte[] content, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.PRAGMA, "no-cache")
			.body(content);
	}

	/**
	 * {@code attachment; filename="ascii"; filename*=UTF-8''encoded} (RFC 6266): the
	 * plain name without diacritics for old clients, the exact one for the others.
	 */
	public static String attachment(String fileName) {
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encoded;
	}

	/** "Cụm khối 2026.pdf" → "Cum-khoi-2026.pdf". */
	static String ascii(String fileName) {
		String plain = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return plain.replaceAll("[^A-Za-z0-9._-]+", "-");
	}

}
