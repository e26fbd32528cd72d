package vn.thidua.result;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of a unit's score trend (diễn biến điểm thi đua), computed by
 * {@link TrendService} with the rules of {@link RankingService}.
 *
 * @param month the month
 * @param monthScore the month score, {@code null} when the month has none
 * @param ytd the year-to-date score at that month, {@code null} while no month counts
 * @param provisional whether the month score is provisional (tạm tính), waiting for
 * review
 * @param counted whether the month counts in the year to date
 * @param ytdProvisional whether a provisional month counts in the year to date
 */
public record TrendPoint(YearMonth month, BigDecimal monthScore, BigDecimal ytd, boolean provisional, boolean counted,
		boolean ytdProvisional) {

	/** "2026-03" shown as "03/2026". */
	public String label() {
		return String.format("%02d/%d", this.month.getMonthValue(), this.month.getYear());
	}

}
