package vn.thidua.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Ending a unit's validity (kết thúc hoạt động): the last day it exists and why.
 */
public record UnitCloseForm(@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validTo,
		@NotBlank @Size(max = 500) String reason, Long version) {

}
