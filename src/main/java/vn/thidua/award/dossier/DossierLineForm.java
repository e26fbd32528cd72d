package vn.thidua.award.dossier;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A recipient proposed by hand: the unit, the officer (none for the unit itself), the
 * title or form, and the achievement (the item's name and the year when left blank).
 */
public record DossierLineForm(@NotNull Long unitId, Long officerId, @NotNull Long itemId,
		@Size(max = DossierLine.ACHIEVEMENT_MAX) String achievement) {

}
