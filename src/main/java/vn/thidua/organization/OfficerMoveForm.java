package vn.thidua.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Moving an officer to another unit from a given day.
 *
 * @param position the position in the new unit; empty keeps the current one
 * @param version the officer's version when the form was shown, to refuse a move based on
 * stale data
 */
public record OfficerMoveForm(@NotNull Long unitId, @Size(max = 255) String position,
		@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from, Long version) {

	public OfficerMoveForm(Long unitId, String position, LocalDate from) {
		this(unitId, position, from, null);
	}

	public static OfficerMoveForm of(Officer officer) {
		return new OfficerMoveForm(null, null, null, officer.getVersion());
	}

}
