package vn.thidua.campaign;

import java.util.List;
import java.util.Map;

import vn.thidua.campaign.scoring.ScoringProblem;

/**
 * The scoring tables of a campaign as its page shows them.
 *
 * @param campaignTable the campaign's own table, or {@code null} before one is saved
 * @param clusterTables the clusters' own tables, by cluster id
 * @param problems what is wrong with each table now, by table id (empty when usable)
 */
public record ScoringOverview(CampaignScoringTable campaignTable, Map<Long, CampaignScoringTable> clusterTables,
		Map<Long, List<ScoringProblem>> problems) {

	public List<ScoringProblem> problemsOf(CampaignScoringTable table) {
		return table == null ? List.of() : this.problems.getOrDefault(table.getId(), List.of());
	}

}
