package vn.thidua.voting;

/**
 * A candidate that passed: the unit or officer proposed for an award or title (or elected
 * head or deputy), by which session.
 *
 * @param candidateId the candidate in the session
 * @param unitId the unit, if a unit was voted on
 * @param officerId the officer, if an officer was voted on
 * @param name the name shown on the ballot
 * @param award what is proposed
 * @param year the year reviewed
 * @param sessionId the session whose vote (first round) it came from
 */
public record Proposal(long candidateId, Long unitId, Long officerId, String name, Award award, int year,
		long sessionId) {

}
