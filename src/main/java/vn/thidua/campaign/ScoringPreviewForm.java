package vn.thidua.campaign;

import java.math.BigDecimal;

/**
 * "Try a value" (thử chấm điểm): an indicator and what a unit might achieve, in the input
 * its indicator takes (a value; a numerator and denominator; this year and last year;
 * done or not), and optionally the cluster whose table applies.
 */
public record ScoringPreviewForm(Long clusterId, Long indicatorId, BigDecimal value, Long numerator, Long denominator,
		BigDecimal thisPeriod, BigDecimal lastYear, Boolean done) {

	static ScoringPreviewForm empty() {
		return new ScoringPreviewForm(null, null, null, null, null, null, null, null);
	}

}
