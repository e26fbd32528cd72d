package vn.thidua.award.decision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A recipient line: the unit, the officer (none for the unit itself), the title or form,
 * the achievement, and the amount when it is not the catalogue's (with the reason).
 */
public record RecordLineForm(@NotNull Long unitId, Long officerId, @NotNull Long itemId,
		@NotBlank @Size(max = AwardRecord.ACHIEVEMENT_MAX) String achievement,
		@Min(0) @Max(10_000_000_000L) Long amount, @Size(max = 1000) String amountReason) {

}
