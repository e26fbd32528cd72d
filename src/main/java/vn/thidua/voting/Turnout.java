package vn.thidua.voting;

import java.util.List;

/**
 * Who has voted while a session is open, and how many have not; never how anyone voted.
 *
 * @param electorate the size of the electorate
 * @param voted how many have voted
 * @param electors each elector and whether it has voted, in the electorate's order
 */
public record Turnout(int electorate, int voted, List<ElectorStatus> electors) {

	public int notVoted() {
		return this.electorate - this.voted;
	}

	/**
	 * One elector.
	 *
	 * @param electorId the elector
	 * @param unitId its unit, for a unit's vote
	 * @param unitName that unit's name
	 * @param username the delegate or council member's account, if any
	 * @param voted whether it has voted
	 */
	public record ElectorStatus(long electorId, Long unitId, String unitName, String username, boolean voted) {

	}

}
