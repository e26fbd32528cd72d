package vn.thidua.shared.security;

/**
 * What a user may do. Cluster head and deputy powers are not roles: they follow from the
 * user's unit being head or deputy of a cluster in a given year.
 */
public enum Role {

	/** Quản trị hệ thống: accounts, the unit tree, catalogues. */
	ADMIN,
	/**
	 * Cán bộ Thi đua - Khen thưởng of an organising unit (e.g. the provincial police).
	 */
	PROVINCE_STAFF,
	/** Lãnh đạo, thủ trưởng đơn vị: signs and submits for the unit. */
	UNIT_COMMANDER,
	/** Cán bộ làm công tác thi đua của đơn vị: enters the unit's data. */
	UNIT_OFFICER,
	/** Ban Giám đốc: reads dashboards, rankings and reports of its subtree. */
	LEADERSHIP;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Staff and leadership see their unit's whole subtree. */
	public boolean seesSubtree() {
		return this == PROVINCE_STAFF || this == LEADERSHIP;
	}

	/** Commanders and officers see their own unit. */
	public boolean isUnitLevel() {
		return this == UNIT_COMMANDER || this == UNIT_OFFICER;
	}

}
