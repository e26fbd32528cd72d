package vn.thidua.campaign.scoring;

/**
 * Refuses to score: an invalid input (a negative count, a numerator above its
 * denominator, an input that does not fit the direction, a unit target weaker than the
 * common one) or an invalid rule. Carries the problem as a message key with arguments.
 */
public class ScoringException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final transient ScoringProblem problem;

	public ScoringException(ScoringProblem problem) {
		super(problem.messageKey() + " " + problem.arguments());
		this.problem = problem;
	}

	public ScoringException(String messageKey, Object... arguments) {
		this(ScoringProblem.of(messageKey, arguments));
	}

	public ScoringProblem getProblem() {
		return this.problem;
	}

}
