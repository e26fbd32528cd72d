package vn.thidua.organization;

/**
 * Kinds of units (loại đơn vị). Labels are {@code UnitKind.NAME} in the message bundles.
 */
public enum UnitKind {

	/** Bộ Công an. */
	MINISTRY,
	/** Công an tỉnh, thành phố. */
	PROVINCIAL_POLICE,
	/** Phòng and equivalent departments of a provincial police. */
	DEPARTMENT,
	/** Công an huyện, quận, thị xã: abolished on 1 March 2025, kept for history. */
	DISTRICT_POLICE,
	/** Công an xã, phường, đặc khu. */
	COMMUNE_POLICE,
	/** Đội. */
	TEAM;

	/** Kinds that can no longer be created. */
	public boolean isHistoric() {
		return this == DISTRICT_POLICE;
	}

}
