package vn.thidua.result;

import java.util.List;

import vn.thidua.shared.web.BusinessRuleException;

/**
 * Figures refused on save: every problem found, each on its form field, so that the page
 * shows them all at once. Nothing was changed.
 */
public class EntryRefusedException extends BusinessRuleException {

	private static final long serialVersionUID = 1L;

	private final transient List<BusinessRuleException> problems;

	EntryRefusedException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
		this.problems = List.of(new BusinessRuleException(field, messageKey, arguments));
	}

	EntryRefusedException(List<BusinessRuleException> problems) {
		super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	public List<BusinessRuleException> problems() {
		return this.problems;
	}

	@Override
	public void rejectOn(org.springframework.validation.BindingResult result) {
		this.problems.forEach(problem -> problem.rejectOn(result));
	}

}
