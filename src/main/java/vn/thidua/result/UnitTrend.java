package vn.thidua.result;

import java.util.List;

/**
 * A unit's scores month by month in a campaign year: the unit, its cluster and the points
 * from the campaign's first month of the year to the chosen month.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param clusterId its cluster in the campaign
 * @param clusterName the cluster's name
 * @param points one point a month, oldest first
 */
public record UnitTrend(long unitId, String unitName, long clusterId, String clusterName, List<TrendPoint> points) {

}
