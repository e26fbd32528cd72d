package vn.thidua.result;

import java.math.BigDecimal;

/**
 * One cluster in the provincial overview of a month.
 *
 * @param clusterId the cluster
 * @param clusterName its name
 * @param units its member units
 * @param approved reports of the month approved
 * @param submitted reports waiting for review
 * @param returned reports returned for correction
 * @param missing units whose report is not submitted (none opened, or still a draft)
 * @param averageYtd the average year-to-date score of its units that have one, from the
 * unrounded scores, rounded once
 * @param bestYtd the best year-to-date score
 * @param leaders the units ranked first (several on a tie), {@code null} while every
 * score is 0
 */
public record ClusterOverviewRow(long clusterId, String clusterName, int units, int approved, int submitted,
		int returned, int missing, BigDecimal averageYtd, BigDecimal bestYtd, String leaders, BigDecimal ytdSum,
		int scoredUnits, boolean provisional) {

}
