package vn.thidua.voting;

/**
 * What a question proposes: a collective or individual title (danh hiệu), or next year's
 * head or deputy unit of the cluster. Default thresholds and places are data
 * ({@code voting_award_rule}), not constants.
 */
public enum Award {

	/** Cờ thi đua của Bộ Công an. */
	CO_THI_DUA_BO,
	/** Cờ thi đua của Ủy ban nhân dân tỉnh. */
	CO_THI_DUA_TINH,
	/** Đơn vị quyết thắng. */
	DVQT,
	/** Đơn vị tiên tiến. */
	DVTT,
	/** Chiến sĩ tiên tiến. */
	CSTT,
	/** Chiến sĩ thi đua cơ sở. */
	CSTDCS,
	/** Chiến sĩ thi đua cấp Bộ (toàn lực lượng CAND). */
	CSTD_BO,
	/** Chiến sĩ thi đua toàn quốc. */
	CSTD_TOAN_QUOC,
	/** Cụm trưởng (head unit) of next year. */
	ELECTION_HEAD,
	/** Cụm phó (deputy unit) of next year. */
	ELECTION_DEPUTY;

	public boolean isElection() {
		return this == ELECTION_HEAD || this == ELECTION_DEPUTY;
	}

}
