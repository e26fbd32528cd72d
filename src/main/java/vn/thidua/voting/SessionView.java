package vn.thidua.voting;

import java.util.List;

import vn.thidua.organization.EmulationCluster;

/**
 * A session as its page shows it: the session with its questions and candidates, the
 * cluster (with head and deputy units), and what the current user may do.
 *
 * @param session the session
 * @param cluster its cluster
 * @param questions its questions in order, candidates loaded
 * @param mayManage whether the user prepares and chairs it
 * @param isElector whether the user casts a vote in it
 */
public record SessionView(VotingSession session, EmulationCluster cluster, List<VotingQuestion> questions,
		boolean mayManage, boolean isElector) {

}
