package vn.thidua.award.catalogue;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A base salary in force from a date, with the decree that set it. */
public record BaseSalaryForm(@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validFrom,
		@NotNull @Min(1) @Max(1_000_000_000) Long amount, @NotBlank @Size(max = 255) String legalBasis) {

}
