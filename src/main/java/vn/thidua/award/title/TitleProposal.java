package vn.thidua.award.title;

import java.util.List;

/**
 * What the rules propose for one officer or unit.
 *
 * @param title the highest title met, {@code null} when none or deferred
 * @param rule the rule that gave it (a message key of the rule), or that refused it
 * @param deferred considered later: under discipline or investigation
 * @param bangKhenEligible may be proposed for a Bằng khen of the Minister
 * @param reasons why, in order: the rule applied first, then why not higher
 */
public record TitleProposal(Title title, String rule, boolean deferred, boolean bangKhenEligible,
		List<Reason> reasons) {

	public TitleProposal {
		reasons = List.copyOf(reasons);
	}

}
