package vn.thidua.result;

/**
 * In which capacity the current user reviews a report; the pages show it and the history
 * records it.
 */
public enum ReviewerRole {

	/**
	 * Provincial emulation staff (cán bộ Thi đua - Khen thưởng), within their subtree.
	 */
	STAFF,

	/** The head unit of the report's cluster (cụm trưởng), for the other members. */
	HEAD,

	/**
	 * The deputy unit (cụm phó), for the head unit's own reports: the head never reviews
	 * itself.
	 */
	DEPUTY,

	/**
	 * The deputy unit acting for the head unit (thay cụm trưởng), for the other members,
	 * while the head unit's commander has delegated the review.
	 */
	DEPUTY_FOR_HEAD;

	/** Whether the deputy acts on the head unit's behalf, which the history records. */
	public boolean actsForHead() {
		return this == DEPUTY_FOR_HEAD;
	}

}
