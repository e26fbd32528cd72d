package vn.thidua.result;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of a unit's score trend (diễn biến điểm thi đua), computed by
 * {@link TrendService} with the rules of {@link RankingService}.
 *
 * @param month the month
 * @param monthScore the month score, {@code null} while the month's report is not
 * approved
 * @param ytd the year-to-date score at that month
 */
public record TrendPoint(YearMonth month, BigDecimal monthScore, BigDecimal ytd) {

	/** "2026-03" shown as "03/2026". */
	public String label() {
		return String.format("%02d/%d", this.month.getMonthValue(), this.month.getYear());
	}

}
