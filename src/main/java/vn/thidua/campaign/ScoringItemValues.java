package vn.thidua.campaign;

import java.math.BigDecimal;

import vn.thidua.campaign.scoring.AdjustmentKind;

/** A bonus item (điểm thưởng) or penalty item (điểm trừ) as entered, points positive. */
record ScoringItemValues(String code, String name, AdjustmentKind kind, BigDecimal points) {

}
