package vn.thidua.voting;

/**
 * Where a question stands after the tally: decided; a tie at the cut-off for the chair
 * (or, in a second round, the competent leader) to settle; sent to a second round; left
 * to the competent leader after two rounds; void with the session.
 */
public enum QuestionOutcome {

	PENDING, DECIDED, TIE, SECOND_ROUND, LEADER_DECIDES, VOID;

	public boolean awaitsDecision() {
		return this == TIE || this == LEADER_DECIDES;
	}

}
