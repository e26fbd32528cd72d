package vn.thidua.result;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A unit in a campaign's scope and its report for the month chosen on the staff's
 * overview.
 *
 * @param unitId the unit
 * @param unitCode its code
 * @param unitName its name
 * @param clusterName its cluster in the campaign, {@code null} for a single unit
 * @param reportId its report, {@code null} until opened
 * @param state the report's state, {@code null} until opened
 * @param deadline the report's deadline, {@code null} until opened
 * @param selfPoints the self-assessed total
 * @param reviewedPoints the reviewed total
 */
public record UnitStatusRow(long unitId, String unitCode, String unitName, String clusterName, Long reportId,
		ReportState state, LocalDate deadline, BigDecimal selfPoints, BigDecimal reviewedPoints) {

}
