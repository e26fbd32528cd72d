package vn.thidua.result;

import java.util.List;

/**
 * One registration of a unit (đăng ký thi đua) beside what its results support.
 *
 * @param kind what was registered
 * @param registered whether the unit registered it (for the counts: always)
 * @param count the number of individuals registered, for the counts
 * @param met whether the results support it
 * @param reasons message keys with arguments saying why, in order
 */
public record RegistrationCheck(Kind kind, boolean registered, Integer count, boolean met, List<Reason> reasons) {

	/** What a unit registers for in its covenant. */
	public enum Kind {

		/** Cờ thi đua của Bộ Công an. */
		MINISTRY_FLAG,

		/** Cờ thi đua của UBND tỉnh. */
		PROVINCE_FLAG,

		/** Đơn vị quyết thắng. */
		DECISIVE_UNIT,

		/** The number of Chiến sĩ tiên tiến. */
		ADVANCED_SOLDIERS,

		/** The number of Chiến sĩ thi đua cơ sở. */
		BASE_EMULATION_SOLDIERS

	}

	/**
	 * A message key and its arguments.
	 *
	 * @param key the message key
	 * @param args its arguments
	 */
	public record Reason(String key, Object... args) {

	}

}
