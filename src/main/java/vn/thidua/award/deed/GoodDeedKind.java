package vn.thidua.award.deed;

/** What a deed in the book is. */
public enum GoodDeedKind {

	/** Thư cảm ơn, thư khen of a citizen or an organisation. */
	THANK_YOU_LETTER,
	/** Thưởng nóng: rewarded on the spot. */
	ON_THE_SPOT,
	/** Another good deed (việc tốt). */
	OTHER

}
