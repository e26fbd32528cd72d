package vn.thidua.result;

import java.math.BigDecimal;

/**
 * A unit's line in its cluster's ranking for a month: what {@link RankingService}
 * computes in SQL.
 *
 * @param unitId the unit
 * @param unitCode its code
 * @param unitName its name
 * @param clusterId its cluster in the campaign
 * @param reportId its report of the month, {@code null} when none is open
 * @param state that report's state, {@code null} when none is open
 * @param monthScore the month's score (reviewed points, plus bonus items, minus penalty
 * items, never below 0; the self-assessed points while a report submitted on time waits
 * for review), {@code null} when the month has none
 * @param ytd the year-to-date score: the average of the month scores of the months that
 * count (see {@link RankingService}), rounded to 2 decimals; {@code null} while no month
 * counts
 * @param rank the rank in the cluster by year-to-date score: equal scores share a rank
 * and the next rank is skipped (1, 1, 3)
 * @param previousYtd the year-to-date score at the previous month of the same year,
 * {@code null} in the first month
 * @param previousRank the rank at the previous month, {@code null} in the first month
 * @param monthProvisional whether the month score is provisional (tạm tính): the
 * self-assessed points of a report waiting for review
 * @param monthCounted whether the month counts in the year to date (approved, or its
 * deadline passed)
 * @param ytdProvisional whether a provisional month counts in the year to date
 */
public record RankingRow(long unitId, String unitCode, String unitName, long clusterId, Long reportId,
		ReportState state, BigDecimal monthScore, BigDecimal ytd, int rank, BigDecimal previousYtd,
		Integer previousRank, boolean monthProvisional, boolean monthCounted, boolean ytdProvisional) {

	/**
	 * A line whose figures are all final and whose month counts, as a test or a
	 * calculation on final figures builds it.
	 */
	public RankingRow(long unitId, String unitCode, String unitName, long clusterId, Long reportId, ReportState state,
			BigDecimal monthScore, BigDecimal ytd, int rank, BigDecimal previousYtd, Integer previousRank) {
		this(unitId, unitCode, unitName, clusterId, reportId, state, monthScore, ytd, rank, previousYtd, previousRank,
				false, true, false);
	}

	/** The change of the year-to-date score since the previous month. */
	public BigDecimal change() {
		return this.previousYtd == null || this.ytd == null ? null : this.ytd.subtract(this.previousYtd);
	}

	/** Places gained since the previous month (negative: places lost). */
	public Integer rankChange() {
		return this.previousRank == null ? null : this.previousRank - this.rank;
	}

}
