package vn.thidua.campaign;

import java.util.List;

import org.springframework.validation.BindingResult;

import vn.thidua.shared.web.FormRefusal;

/**
 * A scoring table was not saved: every problem found, each on the field it concerns (an
 * indicator's or item's line) or on the whole table, as message keys with arguments.
 */
class ScoringTableRefusedException extends RuntimeException implements FormRefusal {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	ScoringTableRefusedException(List<Problem> problems) {
		super(problems.stream().map(Problem::messageKey).toList().toString());
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return this.problems;
	}

	@Override
	public void rejectOn(BindingResult result) {
		for (Problem problem : this.problems) {
			if (problem.field() != null) {
				result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			}
			else {
				result.reject(problem.messageKey(), problem.arguments(), null);
			}
		}
	}

	/** One problem; {@code field} is {@code null} for the whole table. */
	record Problem(String field, String messageKey, Object[] arguments) {

	}

}
