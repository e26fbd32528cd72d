package vn.thidua.result;

/**
 * Who has submitted a month's report, per campaign and cluster (a campaign's single units
 * make one row without a cluster), for the staff's dashboard.
 *
 * @param campaignId the campaign
 * @param campaignName its name
 * @param clusterId the cluster, {@code null} for the campaign's single units
 * @param clusterName its name, {@code null} for the single units
 * @param units the units taking part that the user sees
 * @param submitted how many have submitted (waiting for review or approved)
 * @param missing the names of those that have not, in order, or {@code null}
 */
public record SubmissionRow(long campaignId, String campaignName, Long clusterId, String clusterName, int units,
		int submitted, String missing) {

	/** Whether every unit has submitted. */
	public boolean complete() {
		return this.submitted >= this.units;
	}

}
