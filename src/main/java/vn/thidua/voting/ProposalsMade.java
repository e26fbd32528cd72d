package vn.thidua.voting;

import java.util.List;

/**
 * Questions of a session were decided and these candidates passed: what the award module
 * turns into proposal dossiers. Published in the deciding transaction (tally, the chair's
 * or leader's decision, or a second round's tally).
 *
 * @param sessionId the (first-round) session
 * @param clusterId its cluster
 * @param year the year reviewed
 * @param proposals the candidates that passed
 */
public record ProposalsMade(long sessionId, long clusterId, int year, List<Proposal> proposals) {

}
