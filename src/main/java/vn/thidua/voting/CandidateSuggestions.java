package vn.thidua.voting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.Campaign;
import vn.thidua.pledge.CovenantParty;
import vn.thidua.pledge.CovenantService;
import vn.thidua.pledge.CovenantStatus;
import vn.thidua.result.RankingRow;
import vn.thidua.result.RankingService;

/**
 * What the year's results say about each member unit of a cluster: its year-to-date score
 * and rank in the cluster at the campaign's last month, and the titles it registered for
 * in the covenant. The only place that reads the result and pledge modules, so that a
 * change of their API is adapted here alone.
 */
@Component
@RequiredArgsConstructor
class CandidateSuggestions {

	private final RankingService rankings;

	private final CovenantService covenants;

	/**
	 * A member unit's standing.
	 *
	 * @param unitId the unit
	 * @param name its name
	 * @param score its year-to-date score
	 * @param rank its rank in the cluster
	 * @param registered the titles it registered for in the covenant
	 */
	record Suggestion(long unitId, String name, BigDecimal score, Integer rank, Set<Award> registered) {

	}

	/**
	 * The members of the cluster in ranking order (best first), or nothing when the
	 * session has no campaign. The caller has checked that the user sees the cluster.
	 */
	Map<Long, Suggestion> of(Long campaignId, long clusterId) {
		Map<Long, Suggestion> suggestions = new LinkedHashMap<>();
		if (campaignId == null) {
			return suggestions;
		}
		Campaign campaign = this.rankings.campaign(campaignId);
		YearMonth month = this.rankings.monthOf(campaign, YearMonth.from(campaign.getEndDate()));
		Map<Long, Set<Award>> registered = registrations(campaignId, clusterId);
		for (RankingRow row : this.rankings.ranking(campaignId, clusterId, month)) {
			suggestions.put(row.unitId(), new Suggestion(row.unitId(), row.unitName(), row.ytd(), row.rank(),
					registered.getOrDefault(row.unitId(), Set.of())));
		}
		return suggestions;
	}

	/** The titles each member registered for, from the newest version of the covenant. */
	private Map<Long, Set<Award>> registrations(long campaignId, long clusterId) {
		Map<Long, Set<Award>> registered = new LinkedHashMap<>();
		for (CovenantStatus status : this.covenants.statuses(campaignId)) {
			if (status.clusterId() != clusterId) {
				continue;
			}
			for (CovenantParty party : this.covenants.document(status.covenantId(), null).parties()) {
				CovenantParty.Registration registration = party.registration();
				Set<Award> awards = EnumSet.noneOf(Award.class);
				if (registration.ministryFlag()) {
					awards.add(Award.CO_THI_DUA_BO);
				}
				if (registration.provinceFlag()) {
					awards.add(Award.CO_THI_DUA_TINH);
				}
				if (registration.decisiveUnit()) {
					awards.add(Award.DVQT);
				}
				registered.put(party.getUnit().getId(), awards);
			}
		}
		return registered;
	}

}
