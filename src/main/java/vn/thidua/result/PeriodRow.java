package vn.thidua.result;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One month of a campaign on the unit's list: its report if it was opened, its state and
 * deadline, and what needs attention.
 *
 * @param campaignId the campaign
 * @param campaignName its name
 * @param month the first day of the month
 * @param reportId the report, {@code null} until opened
 * @param state the report's state, {@code null} until opened
 * @param deadline the report's deadline (the rule's until opened)
 * @param selfPoints the self-assessed total, if scored
 * @param reviewedPoints the reviewed total, once approved
 * @param marker what needs attention
 */
public record PeriodRow(long campaignId, String campaignName, LocalDate month, Long reportId, ReportState state,
		LocalDate deadline, BigDecimal selfPoints, BigDecimal reviewedPoints, Marker marker) {

	/**
	 * Whether nobody can enter the month: still the unit's to enter (never opened, a
	 * draft or returned) but past its deadline, until staff reopen it.
	 */
	public boolean isLocked() {
		return this.marker == Marker.OVERDUE;
	}

	/** What a period needs (label {@code PeriodRow.Marker.X}). */
	public enum Marker {

		/** To enter and submit by the deadline. */
		DUE,
		/** Past the deadline and not submitted. */
		OVERDUE,
		/** Returned for correction. */
		RETURNED,
		/** Submitted, waiting for review. */
		WAITING,
		/** Approved. */
		DONE;

		static Marker of(ReportState state, LocalDate deadline, LocalDate today) {
			if (state == ReportState.APPROVED) {
				return DONE;
			}
			if (state == ReportState.SUBMITTED) {
				return WAITING;
			}
			if (today.isAfter(deadline)) {
				return OVERDUE;
			}
			return state == ReportState.RETURNED ? RETURNED : DUE;
		}

	}

}
