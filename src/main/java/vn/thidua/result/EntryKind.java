package vn.thidua.result;

import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.InputShape;
import vn.thidua.campaign.scoring.Direction;

/**
 * What a unit enters for an indicator: one value; a numerator and a denominator (whole
 * counts, the rate computed); this period and the same period last year; or done / not
 * done.
 */
public enum EntryKind {

	VALUE, RATIO, CHANGE, DONE;

	public static EntryKind of(Indicator indicator) {
		if (indicator.getDirection() == Direction.DONE_OR_NOT) {
			return DONE;
		}
		if (indicator.getDirection().isChangeVsLastYear()) {
			return CHANGE;
		}
		return indicator.getInputShape() == InputShape.RATIO ? RATIO : VALUE;
	}

}
