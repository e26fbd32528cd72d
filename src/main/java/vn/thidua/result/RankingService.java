package vn.thidua.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.NotFoundException;

/**
 * Scores and rankings (xếp hạng) of a campaign's units within their clusters, and the
 * provincial overview across clusters, computed in SQL: one statement per page whatever
 * the number of units.
 * <p>
 * The rules, which the pages repeat in their help text:
 * <ul>
 * <li><b>month score</b>: the reviewed points of the month's approved report (indicator
 * points and bonuses above target), plus its bonus items, minus its penalty items, never
 * below 0 (as {@link vn.thidua.campaign.scoring.UnitTotal} says); a month whose report is
 * not approved has no score;</li>
 * <li><b>year-to-date score</b>: the average of the month scores from January (or the
 * campaign's first month, when it starts later in the year) to the chosen month, a month
 * without an approved report counting 0, so that a late or missing report costs the unit;
 * rounded to 2 decimals;</li>
 * <li><b>rank</b>: within the cluster, by year-to-date score, higher first; equal scores
 * (to 2 decimals) share a rank and the next rank is skipped (1, 1, 3); within a tie units
 * are listed in Vietnamese alphabetical order;</li>
 * <li><b>change</b>: the year-to-date score and rank now against those at the previous
 * month of the same year; none in the first month.</li>
 * </ul>
 * Who sees a cluster's ranking: its member units and head unit, the organiser's staff and
 * leadership (those whose subtree holds the organiser) and administrators; others get
 * 404, like for the campaign itself.
 */
@Service
@RequiredArgsConstructor
public class RankingService {

	private final CampaignService campaigns;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Clusters whose ranking the current user sees, {@code cl} the cluster: the
	 * organisation's cluster rule ({@code visible_cluster_ids}, V13), and, a rule of the
	 * results kept here, the cluster's head and deputy units, which review its members'
	 * reports.
	 */
	private static final String VISIBLE_CLUSTER = """
			(cl.id in (select v.id from visible_cluster_ids(:all, :prefix, :unit) v)
			 or cl.head_unit_id = :unit or cl.deputy_unit_id = :unit)
			""";

	/**
	 * The months counted for campaign {@code :c} up to month {@code :m}: from January, or
	 * from the campaign's first month when it starts later in the year. Shared with
	 * {@link TrendService}, so that a unit's trend and the ranking count the same months.
	 */
	static final String PERIOD = """
			period as (
			  select cast(:m as date) as m,
			         greatest(date_trunc('year', cast(:m as date)), date_trunc('month', k.start_date))::date as first_month
			  from campaign_v k where k.id = :c
			)""";

	/**
	 * The month score of an approved report {@code r}: the database function
	 * {@code result_month_score} (migration V17) applied to its reviewed points and the
	 * sums of its bonus and penalty items. Shared with {@link TrendService}.
	 * <p>
	 * Why a function rather than a score stored on the report: bonus and penalty items
	 * change after approval, and reports are written by the entry page, the API, Excel
	 * files and the demo history; a stored score would have to be kept in step by every
	 * one of them, while a function of the facts cannot go stale. The rule is the one of
	 * {@link vn.thidua.campaign.scoring.UnitTotal}, and {@code MonthScoreTests} checks
	 * the function against UnitTotal's examples.
	 */
	static final String MONTH_SCORE = """
			(select result_month_score(r.reviewed_points,
			                           sum(i.points * i.occurrences) filter (where i.kind = 'BONUS'),
			                           sum(i.points * i.occurrences) filter (where i.kind = 'PENALTY'))
			 from result_score_item i where i.report_id = r.id)""";

	/**
	 * Month scores and year-to-date scores of the members of the visible clusters of a
	 * campaign (all, or one: {@code :k}), at month {@code :m}, ranked in their cluster.
	 */
	private static final String RANKED = "with " + PERIOD
			+ """
					,
					counted as (
					  select m, first_month, greatest(1, extract(month from m)::int - extract(month from first_month)::int + 1) as n
					  from period
					),
					members as (
					  select mb.unit_id, mb.cluster_id
					  from campaign_cluster_v cc
					  join organization_cluster_v cl on cl.id = cc.cluster_id
					  join organization_cluster_member_v mb on mb.cluster_id = cc.cluster_id
					  where cc.campaign_id = :c and (cast(:k as bigint) is null or cc.cluster_id = cast(:k as bigint))
					    and """
			+ VISIBLE_CLUSTER + """
					),
					monthly as (
					  select r.unit_id, r.period_month,
					         """ + MONTH_SCORE
			+ """
					 as total
					  from result_report r cross join counted p
					  where r.campaign_id = :c and r.state = 'APPROVED' and r.reviewed_points is not null
					    and r.period_month between p.first_month and p.m
					    and r.unit_id in (select unit_id from members)
					),
					scored as (
					  select mb.unit_id, mb.cluster_id,
					         max(mo.total) filter (where mo.period_month = p.m) as month_score,
					         round(coalesce(sum(mo.total), 0) / p.n, 2) as ytd,
					         case when p.n > 1 then round(coalesce(sum(mo.total) filter (where mo.period_month < p.m), 0)
					                                      / (p.n - 1), 2) end as previous_ytd
					  from members mb cross join counted p
					  left join monthly mo on mo.unit_id = mb.unit_id
					  group by mb.unit_id, mb.cluster_id, p.m, p.n
					),
					ranked as (
					  select s.*,
					         rank() over (partition by s.cluster_id order by s.ytd desc) as rnk,
					         case when s.previous_ytd is not null
					              then rank() over (partition by s.cluster_id order by s.previous_ytd desc) end as previous_rnk
					  from scored s
					)
					""";

	// ----------------------------------------------------------------- choices

	/** The campaign, if the current user sees it, or 404. */
	@Transactional(readOnly = true)
	public Campaign campaign(long campaignId) {
		return this.campaigns.get(campaignId);
	}

	/** The clusters of a campaign whose ranking the current user sees, in order. */
	@Transactional(readOnly = true)
	public List<ClusterOption> clustersOf(long campaignId) {
		Scope scope = CurrentUser.get().scope();
		return this.jdbc.sql("""
				select cl.id, cl.name from campaign_cluster_v cc
				join organization_cluster_v cl on cl.id = cc.cluster_id
				where cc.campaign_id = :c and """ + VISIBLE_CLUSTER + """
				order by (cl.head_unit_id = :unit or cl.id in (select v.id from member_cluster_ids(:unit) v)) desc,
				         cl.sort_key, cl.id
				""")
			.param("c", campaignId)
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unit", scope.unitId())
			.query((rs, i) -> new ClusterOption(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/**
	 * The months of a campaign that can be ranked: from its first month to its last or
	 * the current one, newest first.
	 */
	public List<YearMonth> monthsOf(Campaign campaign) {
		YearMonth first = YearMonth.from(campaign.getStartDate());
		YearMonth last = lastMonth(campaign);
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	/**
	 * The month to show: the chosen one within the campaign, else the month before the
	 * current one (whose reports are due), within the campaign.
	 */
	public YearMonth monthOf(Campaign campaign, YearMonth chosen) {
		YearMonth first = YearMonth.from(campaign.getStartDate());
		YearMonth last = lastMonth(campaign);
		YearMonth month = chosen != null ? chosen : YearMonth.now(this.clock).minusMonths(1);
		if (month.isAfter(last)) {
			return last;
		}
		return month.isBefore(first) ? first : month;
	}

	private YearMonth lastMonth(Campaign campaign) {
		YearMonth end = YearMonth.from(campaign.getEndDate());
		YearMonth now = YearMonth.now(this.clock);
		YearMonth first = YearMonth.from(campaign.getStartDate());
		YearMonth last = end.isAfter(now) ? now : end;
		return last.isBefore(first) ? first : last;
	}

	// ----------------------------------------------------------------- rankings

	/**
	 * The ranking of one cluster of a campaign at a month: one statement. 404 when the
	 * campaign or the cluster is not the current user's to see.
	 */
	@Transactional(readOnly = true)
	public List<RankingRow> ranking(long campaignId, long clusterId, YearMonth month) {
		this.campaigns.get(campaignId);
		List<RankingRow> rows = rankings(campaignId, clusterId, month);
		if (rows.isEmpty() && clustersOf(campaignId).stream().noneMatch(c -> c.id() == clusterId)) {
			throw new NotFoundException();
		}
		return rows;
	}

	/**
	 * The rankings of every visible cluster of a campaign at a month, cluster after
	 * cluster, best first: one statement. The caller has checked the campaign.
	 */
	@Transactional(readOnly = true)
	public List<RankingRow> rankings(long campaignId, Long clusterId, YearMonth month) {
		Scope scope = CurrentUser.get().scope();
		return this.jdbc.sql(RANKED + """
				select s.unit_id, u.code, u.name, s.cluster_id, r.id, r.state, s.month_score, s.ytd, s.rnk,
				       s.previous_ytd, s.previous_rnk
				from ranked s join organization_unit_v u on u.id = s.unit_id
				left join result_report r on r.campaign_id = :c and r.unit_id = s.unit_id and r.period_month = :m
				join organization_cluster_v cl on cl.id = s.cluster_id
				order by cl.sort_key, cl.id, s.rnk, u.sort_key, u.id
				""")
			.param("c", campaignId)
			.param("k", clusterId)
			.param("m", Date.valueOf(month.atDay(1)))
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unit", scope.unitId())
			.query((rs, i) -> new RankingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					(Long) rs.getObject(5), rs.getString(6) == null ? null : ReportState.valueOf(rs.getString(6)),
					rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getInt(9), rs.getBigDecimal(10),
					rs.getObject(11) == null ? null : rs.getInt(11)))
			.list();
	}

	/**
	 * The provincial overview of a campaign at a month: per visible cluster, its units,
	 * the state of their reports of the month, the average and best year-to-date score
	 * and the leading unit(s). One statement; 404 when the campaign is not visible.
	 */
	@Transactional(readOnly = true)
	public List<ClusterOverviewRow> overview(long campaignId, YearMonth month) {
		this.campaigns.get(campaignId);
		Scope scope = CurrentUser.get().scope();
		return this.jdbc.sql(RANKED + """
				select cl.id, cl.name, count(*),
				       count(*) filter (where r.state = 'APPROVED'),
				       count(*) filter (where r.state = 'SUBMITTED'),
				       count(*) filter (where r.state = 'RETURNED'),
				       count(*) filter (where r.id is null or r.state = 'DRAFT'),
				       round(avg(s.ytd), 2), max(s.ytd),
				       string_agg(u.name, '; ' order by u.sort_key) filter (where s.rnk = 1 and s.ytd > 0)
				from ranked s join organization_unit_v u on u.id = s.unit_id
				join organization_cluster_v cl on cl.id = s.cluster_id
				left join result_report r on r.campaign_id = :c and r.unit_id = s.unit_id and r.period_month = :m
				group by cl.id, cl.name, cl.sort_key
				order by cl.sort_key, cl.id
				""")
			.param("c", campaignId)
			.param("k", null)
			.param("m", Date.valueOf(month.atDay(1)))
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unit", scope.unitId())
			.query((rs, i) -> new ClusterOverviewRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
					rs.getString(10)))
			.list();
	}

	/**
	 * The overview's total line: every cluster's counts added, the average over all
	 * units.
	 */
	public ClusterOverviewRow total(List<ClusterOverviewRow> rows) {
		int units = 0;
		int approved = 0;
		int submitted = 0;
		int returned = 0;
		int missing = 0;
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal best = null;
		for (ClusterOverviewRow row : rows) {
			units += row.units();
			approved += row.approved();
			submitted += row.submitted();
			returned += row.returned();
			missing += row.missing();
			sum = sum.add(row.averageYtd().multiply(BigDecimal.valueOf(row.units())));
			best = best == null || row.bestYtd().compareTo(best) > 0 ? row.bestYtd() : best;
		}
		BigDecimal average = units == 0 ? null : sum.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
		return new ClusterOverviewRow(0, null, units, approved, submitted, returned, missing, average, best, null);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
