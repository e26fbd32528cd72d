package vn.thidua.award.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new version of a catalogue item from a date: its names, authority, vote threshold
 * (empty: no vote needed) and cash multiple (empty: no cash set).
 */
public record CatalogueItemForm(@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validFrom,
		@NotBlank @Size(max = 255) String nameVi, @NotBlank @Size(max = 255) String nameEn,
		@NotNull Authority authority,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3,
				fraction = 2) BigDecimal voteThreshold,
		@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal cashMultiple) {

	static CatalogueItemForm of(CatalogueItem item, LocalDate from) {
		return new CatalogueItemForm(from, item.getNameVi(), item.getNameEn(), item.getAuthority(),
				item.getVoteThreshold(), item.getCashMultiple());
	}

}
