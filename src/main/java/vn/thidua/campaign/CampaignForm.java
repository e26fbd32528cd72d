package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Creating or editing a campaign's main fields and scope. */
public record CampaignForm(Long organizerId, @NotBlank @Size(max = 255) String name, @NotNull CampaignKind kind,
		@NotNull @Min(2000) @Max(2100) Integer year,
		@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate startDate,
		@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate endDate, @Size(max = 500) String slogan,
		@Size(max = 4000) String description, List<Long> clusterIds, List<Long> unitIds, Long version,
		@Min(0) @Max(10) Integer earlySubmissionDays) {

	public CampaignForm {
		clusterIds = clusterIds == null ? new ArrayList<>() : new ArrayList<>(clusterIds);
		unitIds = unitIds == null ? new ArrayList<>() : new ArrayList<>(unitIds);
	}

	/**
	 * A campaign whose months are submitted once they have ended (no early submission).
	 */
	public CampaignForm(Long organizerId, String name, CampaignKind kind, Integer year, LocalDate startDate,
			LocalDate endDate, String slogan, String description, List<Long> clusterIds, List<Long> unitIds,
			Long version) {
		this(organizerId, name, kind, year, startDate, endDate, slogan, description, clusterIds, unitIds, version, 0);
	}

	public static CampaignForm empty(int year, Long organizerId) {
		return new CampaignForm(organizerId, "", CampaignKind.REGULAR, year, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), null, null, null, null, null);
	}

	public static CampaignForm of(Campaign campaign) {
		return new CampaignForm(campaign.getOrganizer().getId(), campaign.getName(), campaign.getKind(),
				campaign.getYear(), campaign.getStartDate(), campaign.getEndDate(), campaign.getSlogan(),
				campaign.getDescription(), campaign.getClusters().stream().map(c -> c.getId()).toList(),
				campaign.getUnits().stream().map(u -> u.getId()).toList(), campaign.getVersion(),
				campaign.getEarlySubmissionDays());
	}

}
