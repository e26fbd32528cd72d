package vn.thidua.result;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.web.NotFoundException;

/**
 * A unit's score trend (diễn biến điểm thi đua) over the months of a campaign year, in
 * one statement, with the rules of {@link RankingService} (its {@code UNIT_MONTHS}): the
 * month score is the reviewed points of the approved report plus its bonus items minus
 * its penalty items, never below 0, provisional from the self-assessed points while a
 * report submitted on time waits for review; the year to date is the average of the
 * scores of the months that count, rounded to 2 decimals once. Who sees it: whoever sees
 * the ranking of the unit's cluster; others get 404.
 */
@Service
@RequiredArgsConstructor
public class TrendService {

	private final RankingService rankings;

	private final JdbcClient jdbc;

	private final ResultProperties properties;

	/**
	 * The trend of a unit up to a month of a campaign (the campaign checked and the month
	 * chosen by the caller): the months of that year from the campaign's first one. 404
	 * when the unit is not a member of a cluster of the campaign whose ranking the
	 * current user sees.
	 */
	@Transactional(readOnly = true)
	public UnitTrend trend(long campaignId, long unitId, YearMonth month) {
		return trend(campaignId, unitId, month, this.rankings.today());
	}

	/** As {@link #trend(long, long, YearMonth)}, the rules applied on {@code today}. */
	UnitTrend trend(long campaignId, long unitId, YearMonth month, LocalDate today) {
		List<Long> visible = this.rankings.clustersOf(campaignId).stream().map(ClusterOption::id).toList();
		if (visible.isEmpty()) {
			throw new NotFoundException();
		}
		List<Object[]> rows = this.jdbc
			.sql("with " + RankingService.PERIOD + """
					,
					member as (
					  select mb.unit_id, mb.cluster_id, cl.name as cluster_name, u.name as unit_name
					  from campaign_cluster_v cc
					  join organization_cluster_v cl on cl.id = cc.cluster_id
					  join organization_cluster_member_v mb on mb.cluster_id = cc.cluster_id
					  join organization_unit_v u on u.id = mb.unit_id
					  where cc.campaign_id = :c and cc.cluster_id in (:clusters) and mb.unit_id = :u
					  order by cl.sort_key, cl.id
					  limit 1
					),
					members as (select unit_id, cluster_id from member),
					""" + RankingService.UNIT_MONTHS
					+ """
							select mb.unit_id, mb.unit_name, mb.cluster_id, mb.cluster_name, um.month, um.score,
							       round(avg(case when um.counted then coalesce(um.score, 0) end) over (order by um.month), 2) as ytd,
							       um.provisional, um.counted,
							       coalesce(bool_or(um.provisional and um.counted) over (order by um.month), false)
							from member mb join unit_months um on um.unit_id = mb.unit_id
							order by um.month
							""")
			.param("c", campaignId)
			.param("u", unitId)
			.param("m", Date.valueOf(month.atDay(1)))
			.param("today", Date.valueOf(today))
			.param("deadlineDay", this.properties.deadlineDay())
			.param("clusters", visible)
			.query((rs,
					i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							new TrendPoint(YearMonth.from(rs.getDate(5).toLocalDate()), rs.getBigDecimal(6),
									rs.getBigDecimal(7), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10)) })
			.list();
		if (rows.isEmpty()) {
			throw new NotFoundException();
		}
		List<TrendPoint> points = new ArrayList<>();
		rows.forEach(row -> points.add((TrendPoint) row[4]));
		Object[] first = rows.get(0);
		return new UnitTrend((long) first[0], (String) first[1], (long) first[2], (String) first[3], points);
	}

}
