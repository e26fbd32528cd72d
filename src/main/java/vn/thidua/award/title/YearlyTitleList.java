package vn.thidua.award.title;

import java.time.Instant;
import java.util.List;

/**
 * A unit's yearly title list as the page shows it.
 *
 * @param rows the unit's officers of the year, in Vietnamese order
 * @param unitProposal the collective title from the final titles of the rows
 * @param votingSessionId the review session the list's titles were sent to, if any
 */
public record YearlyTitleList(long unitId, String unitCode, String unitName, int year, ListState state,
		String submittedBy, Instant submittedAt, TaskClass unitClassification, List<Row> rows,
		TitleProposal unitProposal, List<ReasonLine> unitReasons, boolean mayEdit, boolean maySubmit,
		Long votingSessionId) {

	/** One officer: the facts shown, what the rules propose and what the unit set. */
	public record Row(long officerId, String name, String rank, String position, TaskClass classification,
			TitleProposal proposal, List<ReasonLine> reasons, boolean adjusted, Title adjustedTitle,
			String adjustmentReason, String adjustedBy) {

		/** The title that goes up: the unit's adjustment, else the proposal. */
		public Title finalTitle() {
			return this.adjusted ? this.adjustedTitle : this.proposal.title();
		}

		/** Whether the council votes on the final title before the list goes up. */
		public boolean needsVote() {
			return finalTitle() != null && finalTitle().needsVote();
		}

	}

	public Row row(long officerId) {
		return this.rows.stream().filter(r -> r.officerId() == officerId).findFirst().orElse(null);
	}

	public long deferredCount() {
		return this.rows.stream().filter(r -> r.proposal().deferred()).count();
	}

}
