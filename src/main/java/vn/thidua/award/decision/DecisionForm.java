package vn.thidua.award.decision;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.thidua.award.catalogue.Authority;

/**
 * What a decision says: number and symbol ({@code 1234/QĐ-BCA}), date, authority, signer,
 * kind, campaign (optional) and a summary; for a decision that amends another, the
 * reason.
 */
public record DecisionForm(@NotBlank @Size(max = 64) String number,
		@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate decidedOn, @NotNull Authority authority,
		@NotBlank @Size(max = 255) String signer, @NotNull DecisionKind kind, Long campaignId,
		@Size(max = 2000) String summary, @Size(max = 2000) String amendmentReason, Long version) {

	static DecisionForm empty() {
		return new DecisionForm(null, null, null, null, DecisionKind.REGULAR, null, null, null, null);
	}

	static DecisionForm of(AwardDecision decision) {
		return new DecisionForm(decision.getNumber(), decision.getDecidedOn(), decision.getAuthority(),
				decision.getSigner(), decision.getKind(), decision.getCampaignId(), decision.getSummary(),
				decision.getAmendmentReason(), decision.getVersion());
	}

}
