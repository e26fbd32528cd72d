package vn.thidua.campaign.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A bonus item (điểm thưởng, e.g. commended by the Ministry) or a penalty item (điểm trừ,
 * e.g. a disciplinary violation) of a scoring table. Points are always written positive;
 * the kind says whether they are added or subtracted, so that nobody has to guess the
 * sign of "−5". An item that happens twice is applied twice.
 *
 * @param item the item's code in the table, used in messages
 * @param kind bonus or penalty
 * @param points how many points, positive
 */
public record ScoreAdjustment(String item, AdjustmentKind kind, BigDecimal points) {

	public ScoreAdjustment {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(kind, "kind");
	}

	public static ScoreAdjustment bonus(String item, BigDecimal points) {
		return new ScoreAdjustment(item, AdjustmentKind.BONUS, points);
	}

	public static ScoreAdjustment penalty(String item, BigDecimal points) {
		return new ScoreAdjustment(item, AdjustmentKind.PENALTY, points);
	}

}
