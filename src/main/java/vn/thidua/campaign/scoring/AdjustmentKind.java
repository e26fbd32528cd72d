package vn.thidua.campaign.scoring;

/**
 * A bonus item (điểm thưởng) adds its points; a penalty item (điểm trừ) subtracts them.
 */
public enum AdjustmentKind {

	BONUS, PENALTY

}
