package vn.thidua.result;

import java.math.BigDecimal;
import java.time.Instant;

import vn.thidua.campaign.scoring.AdjustmentKind;

/**
 * A bonus item (điểm thưởng) or penalty item (điểm trừ) applied to a monthly report, as
 * recorded: the item's code, name, kind and points copied from the scoring table then.
 *
 * @param id the record
 * @param reportId the report
 * @param code the item's code
 * @param name the item's name
 * @param kind bonus or penalty
 * @param points the points of one occurrence, positive
 * @param occurrences how many times it happened
 * @param reason why, as the reviewer wrote it
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record ScoreItemRow(long id, long reportId, String code, String name, AdjustmentKind kind, BigDecimal points,
		int occurrences, String reason, String recordedBy, Instant recordedAt) {

	/** The points this record adds (positive) or subtracts (negative). */
	public BigDecimal signedTotal() {
		BigDecimal total = this.points.multiply(BigDecimal.valueOf(this.occurrences));
		return this.kind == AdjustmentKind.BONUS ? total : total.negate();
	}

}
