package vn.thidua.award.decision;

/**
 * A decision is drafted (its lines can change) and then recorded: from then on it changes
 * only through a decision that amends it.
 */
public enum DecisionState {

	DRAFT, RECORDED

}
