package vn.thidua.award.title;

/**
 * The yearly task classification of an officer or a unit (xếp loại mức độ hoàn thành
 * nhiệm vụ), best first.
 */
public enum TaskClass {

	/** Hoàn thành xuất sắc nhiệm vụ. */
	EXCELLENT,
	/** Hoàn thành tốt nhiệm vụ. */
	GOOD,
	/** Hoàn thành nhiệm vụ. */
	COMPLETED,
	/** Không hoàn thành nhiệm vụ. */
	NOT_COMPLETED;

	public boolean atLeast(TaskClass other) {
		return ordinal() <= other.ordinal();
	}

}
