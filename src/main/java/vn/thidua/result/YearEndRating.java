package vn.thidua.result;

/**
 * How well a unit completed its tasks (xếp loại mức độ hoàn thành nhiệm vụ), as its
 * year's score supports it.
 */
public enum YearEndRating {

	/** Hoàn thành xuất sắc nhiệm vụ. */
	EXCELLENT,

	/** Hoàn thành tốt nhiệm vụ. */
	GOOD,

	/** Hoàn thành nhiệm vụ. */
	COMPLETED,

	/** Không hoàn thành nhiệm vụ. */
	NOT_COMPLETED

}
