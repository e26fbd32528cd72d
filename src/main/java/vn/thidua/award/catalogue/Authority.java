package vn.thidua.award.catalogue;

/**
 * Who decides a title or a commendation (cấp quyết định), with the symbol its decisions
 * carry after the number ({@code 1234/QĐ-BCA}).
 */
public enum Authority {

	/** Chủ tịch nước. */
	PRESIDENT("CTN", false),
	/** Thủ tướng Chính phủ. */
	PRIME_MINISTER("TTg", false),
	/** Bộ trưởng Bộ Công an. */
	MINISTER("BCA", false),
	/** Chủ tịch Ủy ban nhân dân tỉnh. */
	PROVINCE_CHAIR("UBND", true),
	/** Giám đốc Công an tỉnh. */
	DIRECTOR("CAT", true);

	private final String symbol;

	private final boolean provincial;

	Authority(String symbol, boolean provincial) {
		this.symbol = symbol;
		this.provincial = provincial;
	}

	/** The usual symbol, for the hint beside the number field. */
	public String symbol() {
		return this.symbol;
	}

	/**
	 * Whether each province has one (its decisions are numbered per province), rather
	 * than one for the whole country.
	 */
	public boolean isProvincial() {
		return this.provincial;
	}

}
