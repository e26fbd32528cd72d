package vn.thidua.award.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file to attach to a dossier and the title it goes by in the printed dossier; the
 * file's refusals (none chosen, too large, not a PDF or an image) go on {@code file}.
 */
public record AttachmentForm(@NotBlank @Size(max = DossierAttachment.TITLE_MAX) String title, MultipartFile file) {

	static AttachmentForm empty() {
		return new AttachmentForm(null, null);
	}

	/**
	 * Whether a file was chosen (a form sent without one has an empty, nameless part).
	 */
	boolean hasFile() {
		return this.file != null && !(this.file.isEmpty()
				&& (this.file.getOriginalFilename() == null || this.file.getOriginalFilename().isBlank()));
	}

}
