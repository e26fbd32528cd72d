package vn.thidua.award.deed;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A deed as the form enters it: the unit, the officers concerned, kind, date, place, what
 * happened, the letter's sender and the scan (optional, checked by the storage by
 * content; its refusals go on the {@code file} field).
 */
public record GoodDeedForm(@NotNull Long unitId, @Size(max = GoodDeedForm.MAX_OFFICERS) List<Long> officerIds,
		@NotNull GoodDeedKind kind, @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate happenedOn,
		@NotBlank @Size(max = 300) String place, @NotBlank @Size(max = 2000) String description,
		@Size(max = 255) String senderName, MultipartFile file) {

	/** The most officers one deed names. */
	public static final int MAX_OFFICERS = 30;

	static GoodDeedForm empty(Long unitId, LocalDate today) {
		return new GoodDeedForm(unitId, List.of(), GoodDeedKind.THANK_YOU_LETTER, today, null, null, null, null);
	}

	/**
	 * Whether a file was chosen (a form sent without one has an empty, nameless part).
	 */
	boolean hasFile() {
		return this.file != null && !(this.file.isEmpty()
				&& (this.file.getOriginalFilename() == null || this.file.getOriginalFilename().isBlank()));
	}

}
