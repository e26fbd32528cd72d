package vn.thidua.award.title;

/** What was recognised: an initiative, a research project or combat ingenuity. */
public enum RecognitionKind {

	/** Sáng kiến. */
	INITIATIVE,
	/** Đề tài khoa học được nghiệm thu. */
	RESEARCH,
	/** Giải pháp, mưu trí sáng tạo trong chiến đấu. */
	COMBAT_INGENUITY

}
