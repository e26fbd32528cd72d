package vn.thidua.pledge;

import java.util.List;
import java.util.Map;

import vn.thidua.campaign.Campaign;
import vn.thidua.organization.EmulationCluster;

/**
 * The clusters of a campaign the user sees, with the covenant of each (if prepared) and
 * whether the user may prepare it.
 */
public record CampaignCovenants(Campaign campaign, List<EmulationCluster> clusters, Map<Long, CovenantStatus> statuses,
		Map<Long, Boolean> mayPrepare) {

	public CovenantStatus statusOf(Long clusterId) {
		return this.statuses.get(clusterId);
	}

	public boolean mayPrepare(Long clusterId) {
		return Boolean.TRUE.equals(this.mayPrepare.get(clusterId));
	}

}
