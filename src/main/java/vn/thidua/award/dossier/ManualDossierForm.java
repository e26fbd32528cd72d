package vn.thidua.award.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.thidua.award.catalogue.Authority;

/** A dossier made by hand: its year and the authority it goes to. */
public record ManualDossierForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull Authority authority) {

}
