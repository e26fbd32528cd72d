package vn.thidua.pledge;

/**
 * A covenant at a glance, for the list of a campaign's clusters.
 *
 * @param covenantId the covenant
 * @param clusterId its cluster
 * @param number the newest version
 * @param state the newest version's state
 * @param parties member units of the newest version
 * @param signed how many of them have signed it
 * @param inForce the version in force, if any (an amendment may be in preparation)
 */
public record CovenantStatus(long covenantId, long clusterId, int number, CovenantState state, long parties,
		long signed, Integer inForce) {

}
