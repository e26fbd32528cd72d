package vn.thidua.result;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A unit's scores for one month of a campaign, for rankings and bulletins.
 *
 * @param reportId the report
 * @param unitId the unit
 * @param clusterId its cluster in the campaign, {@code null} for a single unit
 * @param month the month
 * @param state the report's state
 * @param selfPoints the self-assessed total
 * @param reviewedPoints the reviewed total (what ranks), {@code null} until approved
 */
public record UnitScore(long reportId, long unitId, Long clusterId, LocalDate month, ReportState state,
		BigDecimal selfPoints, BigDecimal reviewedPoints) {

}
