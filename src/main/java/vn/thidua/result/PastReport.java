package vn.thidua.result;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A month whose reporting is over, to record as history: the figures the unit entered and
 * how far the report went, with who did what and when. Recorded by
 * {@link PastReportService}, which checks and scores the figures like the entry page and
 * moves the report through the same workflow at the dates given.
 *
 * @param campaignId the campaign
 * @param unitId the reporting unit
 * @param month the period
 * @param state how far the report went: still a draft, submitted, returned or approved
 * @param figures the figures entered, by indicator code; an indicator left out stays
 * empty (only a draft may have one)
 * @param opened who opened the report, and when
 * @param submitted who submitted it, and when ({@code null} for a draft)
 * @param reviewed who approved or returned it, and when ({@code null} unless reviewed)
 * @param returnComment the reviewer's comment on a returned report
 * @param indicatorComments the reviewer's comments on indicators, by code
 * @param reopening the reopening of a returned report, or {@code null}
 * @param evidence the evidence files attached
 */
public record PastReport(long campaignId, long unitId, YearMonth month, ReportState state, Map<String, Entry> figures,
		Act opened, Act submitted, Act reviewed, String returnComment, Map<String, String> indicatorComments,
		Reopening reopening, List<Attachment> evidence) {

	/** Who did something, and when. */
	public record Act(String by, Instant at) {

	}

	/** Provincial staff gave the unit until {@code until} to correct the report. */
	public record Reopening(String by, Instant at, String reason, LocalDate until) {

	}

	/**
	 * An evidence file, on an indicator (by code) or on the report ({@code null}).
	 */
	public record Attachment(String indicatorCode, String fileName, byte[] content) {

	}

}
