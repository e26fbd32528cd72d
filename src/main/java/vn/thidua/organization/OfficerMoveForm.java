package vn.thidua.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Moving an officer to another unit from a given day.
 */
public record OfficerMoveForm(@NotNull Long unitId, @Size(max = 255) String position,
		@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from) {

}
