package vn.thidua.award.title;

/** The reach of a recognised initiative or research project, narrowest first. */
public enum RecognitionLevel {

	/** Cấp cơ sở (the unit's council). */
	BASE,
	/** Ảnh hưởng trong toàn lực lượng (cấp Bộ). */
	MINISTRY,
	/** Ảnh hưởng toàn quốc. */
	NATIONAL;

	public boolean atLeast(RecognitionLevel other) {
		return ordinal() >= other.ordinal();
	}

}
