package vn.thidua.campaign;

import java.math.BigDecimal;

import vn.thidua.campaign.scoring.IndicatorScore;

/**
 * The answer of "try a value": the points an indicator would earn, why, and out of what.
 *
 * @param indicator the indicator tried
 * @param score the points, bonus and reason
 * @param maxPoints the indicator's maximum in the table used
 * @param clusterTable whether a cluster's own table was used
 */
public record ScoringPreview(Indicator indicator, IndicatorScore score, BigDecimal maxPoints, boolean clusterTable) {

}
