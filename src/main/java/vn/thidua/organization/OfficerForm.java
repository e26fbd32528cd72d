package vn.thidua.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Creating or editing an officer. The unit and start date are used on creation only;
 * later moves go through {@link OfficerMoveForm}.
 */
public record OfficerForm(@NotBlank @Size(max = 255) String fullName, @Size(max = 64) String rank,
		@Size(max = 255) String position, Long unitId, @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate since,
		Long version) {

	/** An empty form, in the user's unit when there is only one choice. */
	public static OfficerForm empty(Long unitId) {
		return new OfficerForm("", null, null, unitId, null, null);
	}

	public static OfficerForm of(Officer officer) {
		return new OfficerForm(officer.getFullName(), officer.getRank(), officer.getPosition(),
				officer.getUnit().getId(), null, officer.getVersion());
	}

}
