package vn.thidua.award.decision;

import vn.thidua.shared.web.BusinessRuleException;

/**
 * One recipient line of a decision entered at once (from a dossier, through the API) was
 * refused: which line (its index among those given, from 0) and why. The whole decision
 * is refused with it.
 */
public class LineRefusedException extends RuntimeException {

	private final int index;

	private final BusinessRuleException reason;

	LineRefusedException(int index, BusinessRuleException reason) {
		super("line " + index + ": " + reason.getMessage(), reason);
		this.index = index;
		this.reason = reason;
	}

	public int index() {
		return this.index;
	}

	public BusinessRuleException reason() {
		return this.reason;
	}

}
