package vn.thidua.shared.storage;

import java.time.Instant;

/**
 * A file kept by {@link FileStorage}: what is known about it, without its content.
 *
 * @param id the file's id, which the owning module keeps
 * @param originalName the name the file was uploaded with (without any folder)
 * @param type the type found in its content
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its content, in lower-case hexadecimal
 * @param createdBy the user name of who stored it
 * @param createdAt when it was stored
 */
public record StoredFile(long id, String originalName, FileType type, long size, String sha256, String createdBy,
		Instant createdAt) {

	/**
	 * The name to download the file with: the original name, with the type's extension
	 * added when the name does not have it (a PDF uploaded as "ke-hoach.png" downloads as
	 * "ke-hoach.png.pdf"), so that the file opens with the right program.
	 */
	public String downloadName() {
		return this.type.isExtensionOf(this.originalName) ? this.originalName
				: this.originalName + this.type.extension();
	}

}
