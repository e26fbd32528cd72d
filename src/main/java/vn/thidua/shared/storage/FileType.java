package vn.thidua.shared.storage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the application accepts, each recognised by the first bytes of its
 * content (its "magic number"), whatever the file is called.
 */
public enum FileType {

	/** {@code %PDF-}. */
	PDF("application/pdf", "PDF", ".pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),

	/** {@code FF D8 FF}. */
	JPEG("image/jpeg", "JPEG", ".jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, ".jpeg"),

	/** {@code 89 50 4E 47 0D 0A 1A 0A}. */
	PNG("image/png", "PNG", ".png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	/** How many bytes {@link #detect(byte[])} needs at most. */
	public static final int HEADER_LENGTH = 8;

	private final String contentType;

	private final String label;

	private final String extension;

	private final byte[] magic;

	private final String[] otherExtensions;

	FileType(String contentType, String label, String extension, byte[] magic, String... otherExtensions) {
		this.contentType = contentType;
		this.label = label;
		this.extension = extension;
		this.magic = magic;
		this.otherExtensions = otherExtensions;
	}

	public String contentType() {
		return this.contentType;
	}

	/** The name users know the type by, e.g. "PDF". */
	public String label() {
		return this.label;
	}

	/** The usual file name extension, with its dot. */
	public String extension() {
		return this.extension;
	}

	/** Whether a file name ends with one of this type's extensions. */
	public boolean isExtensionOf(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		return lower.endsWith(this.extension) || Arrays.stream(this.otherExtensions).anyMatch(lower::endsWith);
	}

	/** The type whose magic bytes start the content, if any. */
	public static Optional<FileType> detect(byte[] header) {
		return Arrays.stream(values()).filter(type -> type.startsWith(header)).findFirst();
	}

	public static Optional<FileType> ofContentType(String contentType) {
		return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
	}

	private boolean startsWith(byte[] header) {
		if (header == null || header.length < this.magic.length) {
			return false;
		}
		for (int i = 0; i < this.magic.length; i++) {
			if (header[i] != this.magic[i]) {
				return false;
			}
		}
		return true;
	}

}
