package vn.thidua.award.title;

/** The yearly emulation titles the rules propose, individual then collective. */
public enum Title {

	/** Chiến sĩ tiên tiến. */
	CSTT(false, 1),
	/** Chiến sĩ thi đua cơ sở. */
	CSTDCS(false, 2),
	/** Chiến sĩ thi đua cấp Bộ (toàn lực lượng CAND). */
	CSTD_BO(false, 3),
	/** Chiến sĩ thi đua toàn quốc. */
	CSTD_TOAN_QUOC(false, 4),
	/** Đơn vị tiên tiến. */
	DVTT(true, 1),
	/** Đơn vị quyết thắng. */
	DVQT(true, 2);

	private final boolean collective;

	private final int rank;

	Title(boolean collective, int rank) {
		this.collective = collective;
		this.rank = rank;
	}

	public boolean isCollective() {
		return this.collective;
	}

	/**
	 * Whether this title includes {@code other}: a higher title of the same kind is only
	 * given to one who met the lower one that year (a CSTĐCS is also a CSTT).
	 */
	public boolean includes(Title other) {
		return other != null && this.collective == other.collective && this.rank >= other.rank;
	}

	/** Whether the council votes on it (bình xét by secret ballot) before it goes up. */
	public boolean needsVote() {
		return this != CSTT && this != DVTT;
	}

}
