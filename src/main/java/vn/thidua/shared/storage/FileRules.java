package vn.thidua.shared.storage;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a caller of {@link FileStorage} accepts: the types (checked by content) and the
 * largest size.
 *
 * @param allowed the accepted types, at least one
 * @param maxBytes the largest accepted size in bytes
 */
public record FileRules(Set<FileType> allowed, long maxBytes) {

	public FileRules {
		if (allowed.isEmpty()) {
			throw new IllegalArgumentException("At least one file type must be allowed");
		}
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("The size limit must be positive");
		}
		allowed = Set.copyOf(EnumSet.copyOf(allowed));
	}

	/** "PDF" or "PDF, JPEG, PNG", in the declared order of the types. */
	public String allowedLabels() {
		return EnumSet.copyOf(this.allowed).stream().map(FileType::label).collect(Collectors.joining(", "));
	}

	/**
	 * The {@code accept} attribute of a file input: a hint for the browser's file dialog
	 * only, since the server checks the content.
	 */
	public String acceptAttribute() {
		return EnumSet.copyOf(this.allowed)
			.stream()
			.map(type -> type.extension() + "," + type.contentType())
			.collect(Collectors.joining(","));
	}

}
