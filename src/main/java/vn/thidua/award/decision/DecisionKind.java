package vn.thidua.award.decision;

/**
 * Kind of commendation (loại hình khen thưởng, DOMAIN §8). Only regular merit counts in a
 * chain of consecutive years; the others are recorded and shown, never counted there.
 */
public enum DecisionKind {

	/** Thường xuyên, theo công trạng. */
	REGULAR,
	/** Đột xuất (incl. thưởng nóng). */
	ONE_OFF,
	/** Theo đợt, chuyên đề. */
	THEMATIC,
	/** Quá trình cống hiến. */
	CAREER,
	/** Niên hạn (CAND only). */
	LENGTH_OF_SERVICE,
	/** Đối ngoại. */
	FOREIGN

}
