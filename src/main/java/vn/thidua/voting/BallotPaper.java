package vn.thidua.voting;

import java.util.List;

/**
 * The ballot the current voter fills in: per question, the candidates with a box (a unit
 * has no box for itself unless the session allows it) and the number of places, which
 * caps the approvals.
 *
 * @param sessionId the session
 * @param questions the questions with the candidates the voter may vote on
 * @param alreadyVoted whether this voter has voted (then nothing may be cast)
 */
public record BallotPaper(long sessionId, List<Question> questions, boolean alreadyVoted) {

	/**
	 * @param questionId the question
	 * @param award what it proposes
	 * @param text its wording
	 * @param places how many may pass (maximum approvals)
	 * @param candidates the candidates with a box
	 */
	public record Question(long questionId, Award award, String text, int places, List<Box> candidates) {

	}

	/**
	 * @param candidateId the candidate
	 * @param name its name
	 */
	public record Box(long candidateId, String name) {

	}

}
