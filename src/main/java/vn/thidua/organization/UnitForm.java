package vn.thidua.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Creating or editing a unit.
 */
public record UnitForm(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]*") String code,
		@NotBlank @Size(max = 255) String name, @Size(max = 100) String shortName, @NotNull UnitKind kind,
		Long parentId, @NotNull @PositiveOrZero Integer headcount,
		@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validFrom, Long version) {

	public static UnitForm of(Unit unit) {
		return new UnitForm(unit.getCode(), unit.getName(), unit.getShortName(), unit.getKind(),
				unit.getParent() == null ? null : unit.getParent().getId(), unit.getHeadcount(), unit.getValidFrom(),
				unit.getVersion());
	}

}
