package vn.thidua.voting;

/**
 * A session was tallied: void when its quorum was missed. Published inside the tally's
 * transaction.
 *
 * @param sessionId the session
 * @param clusterId its cluster
 * @param year the year reviewed
 * @param round 1, or 2 for a second round
 * @param voided whether the quorum was missed
 * @param ballots the number of ballots in the box
 * @param finalHash the last hash of the ballot chain, for the minutes
 */
public record VotingSessionTallied(long sessionId, long clusterId, int year, int round, boolean voided, int ballots,
		String finalHash) {

}
