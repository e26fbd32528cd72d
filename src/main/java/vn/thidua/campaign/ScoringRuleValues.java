package vn.thidua.campaign;

import java.math.BigDecimal;

import vn.thidua.campaign.scoring.ZeroDenominator;

/**
 * What a scoring table says about one indicator, whatever form or copy it comes from: the
 * floor and target are the indicator's own. {@code scoresWrongWay}: a change against last
 * year that went the wrong way still earns points (off by default).
 */
record ScoringRuleValues(long indicatorId, BigDecimal maxPoints, BigDecimal bonusPerUnit, BigDecimal bonusCap,
		ZeroDenominator zeroDenominator, boolean scoresWrongWay) {

}
