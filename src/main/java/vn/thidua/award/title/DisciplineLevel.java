package vn.thidua.award.title;

/** Disciplinary measures (hình thức kỷ luật), lightest first. */
public enum DisciplineLevel {

	/** Khiển trách. */
	REPRIMAND,
	/** Cảnh cáo. */
	WARNING,
	/** Giáng chức. */
	DEMOTION,
	/** Cách chức. */
	DISMISSAL_FROM_POST,
	/** Giáng cấp bậc hàm. */
	RANK_REDUCTION,
	/** Tước danh hiệu Công an nhân dân / buộc thôi việc. */
	EXPULSION;

	public boolean atLeast(DisciplineLevel other) {
		return ordinal() >= other.ordinal();
	}

}
