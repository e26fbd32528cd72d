package vn.thidua.award.title;

/**
 * Kind of a title or commendation already granted. Only regular merit counts toward a
 * chain of consecutive years (DOMAIN §8).
 */
public enum AwardKind {

	/** Thường xuyên, theo công trạng. */
	REGULAR,
	/** Đột xuất (incl. thưởng nóng). */
	ONE_OFF,
	/** Theo đợt, chuyên đề. */
	THEMATIC;

	public boolean countsInChain() {
		return this == REGULAR;
	}

}
