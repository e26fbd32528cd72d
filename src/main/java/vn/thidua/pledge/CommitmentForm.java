package vn.thidua.pledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What a member unit commits to in a draft covenant: its own target per indicator and its
 * registrations. Numbers are typed Vietnamese-style ("80", "92,5").
 *
 * @param targets one entry per indicator that applies to the unit
 * @param version the party's version when the form was shown (concurrent edits)
 */
public record CommitmentForm(@Valid List<TargetEntry> targets, Boolean decisiveUnit, Boolean ministryFlag,
		Boolean provinceFlag, @NotNull @Min(0) @Max(100000) Integer advancedSoldiers,
		@NotNull @Min(0) @Max(100000) Integer baseEmulationSoldiers, Long version) {

	public CommitmentForm {
		targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets);
		// an unchecked box sends nothing
		decisiveUnit = Boolean.TRUE.equals(decisiveUnit);
		ministryFlag = Boolean.TRUE.equals(ministryFlag);
		provinceFlag = Boolean.TRUE.equals(provinceFlag);
	}

	static CommitmentForm of(CovenantParty party) {
		List<TargetEntry> targets = new ArrayList<>();
		for (CovenantTarget target : party.targetsInOrder()) {
			targets.add(new TargetEntry(target.getIndicator().getId(), target.getTarget()));
		}
		return new CommitmentForm(targets, party.isDecisiveUnit(), party.isMinistryFlag(), party.isProvinceFlag(),
				party.getAdvancedSoldiers(), party.getBaseEmulationSoldiers(), party.getVersion());
	}

	CovenantParty.Registration registration() {
		return new CovenantParty.Registration(this.decisiveUnit, this.ministryFlag, this.provinceFlag,
				this.advancedSoldiers, this.baseEmulationSoldiers);
	}

	/** A unit's own target for one indicator. */
	public record TargetEntry(@NotNull Long indicatorId, BigDecimal target) {

	}

}
