package vn.thidua.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A report on a reviewer's list.
 *
 * @param reportId the report
 * @param unitName the unit's name
 * @param clusterName its cluster, {@code null} for a single unit
 * @param campaignName the campaign
 * @param month the month reported on
 * @param state the report's state
 * @param submittedAt when it was submitted
 * @param selfPoints the self-assessed total
 * @param role in which capacity the user reviews it
 */
public record ReviewRow(long reportId, String unitName, String clusterName, String campaignName, LocalDate month,
		ReportState state, Instant submittedAt, BigDecimal selfPoints, ReviewerRole role) {

}
