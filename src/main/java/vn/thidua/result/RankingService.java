package vn.thidua.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
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
 * below 0 (as {@link vn.thidua.campaign.scoring.UnitTotal} says); while a report
 * submitted on time waits for review, the same from its self-assessed points, provisional
 * (tạm tính); a returned, draft, late or missing report has no score;</li>
 * <li><b>year-to-date score</b>: the average of the month scores from January (or the
 * campaign's first month, when it starts later in the year) to the chosen month, over the
 * months that count: a month counts once approved or once its deadline has passed, a
 * month without a score then counting 0, so that a late or missing report costs the unit
 * but a report still due or waiting for review does not; provisional when a provisional
 * month counts; rounded to 2 decimals once, from the unrounded average (ADR 0012);</li>
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

	private final ScoringTableService scoring;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ResultProperties properties;

	private final DefaultPeriodService defaults;

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
	 * The month score of report {@code r} from its points {@code points} (the reviewed
	 * ones, or the self-assessed ones while it waits for review): the database function
	 * {@code result_month_score} (migration V17) applied to those points and the sums of
	 * its bonus and penalty items ({@code it.bonus}, {@code it.penalty}: the CTE
	 * {@code month_items} of {@link #UNIT_MONTHS}, the items of the campaign's reports of
	 * the period added up once, joined to each report, rather than a sub-select per unit
	 * and month).
	 * <p>
	 * Why a function rather than a score stored on the report: bonus and penalty items
	 * change after approval, and reports are written by the entry page, the API, Excel
	 * files and the demo history; a stored score would have to be kept in step by every
	 * one of them, while a function of the facts cannot go stale. The rule is the one of
	 * {@link vn.thidua.campaign.scoring.UnitTotal}, and {@code MonthScoreTests} checks
	 * the function against UnitTotal's examples. The month score has 2 decimals, like the
	 * points it adds up; what is averaged from it is rounded once, at the end (ADR 0012).
	 */
	static String monthScore(String points) {
		return "result_month_score(%s, it.bonus, it.penalty)".formatted(points);
	}

	/**
	 * Whether report {@code r} was submitted by the end of its deadline, Vietnam time.
	 */
	private static final String ON_TIME = "(r.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= r.deadline";

	/** Whether report {@code r} waits for review, submitted on time. */
	private static final String PROVISIONAL = "(r.state = 'SUBMITTED' and r.self_points is not null and " + ON_TIME
			+ ")";

	/** Whether report {@code r} is approved, its score final. */
	private static final String FINAL = "(r.state = 'APPROVED' and r.reviewed_points is not null)";

	/**
	 * The rule's deadline of the month {@code mo.month} ({@link ResultProperties}), for a
	 * unit that has no report: day {@code :deadlineDay} of the next month, or its last
	 * day.
	 */
	private static final String DEFAULT_DEADLINE = """
			least((mo.month + interval '1 month')::date + (cast(:deadlineDay as int) - 1),
			      (mo.month + interval '2 months')::date - 1)""";

	/**
	 * Every month of {@link #PERIOD} of every unit of a CTE {@code members (unit_id,
	 * cluster_id)}, with its score, whether it is provisional, and whether it counts in
	 * the year to date ({@code :today} the date the rule is applied on). The one place
	 * where the rules of the year to date are written, shared by the ranking, the
	 * overview, the trend, the bulletin and the Excel export:
	 * <ul>
	 * <li>an approved report scores its reviewed points, final, and counts;</li>
	 * <li>a report submitted on time (by the end of its deadline, Vietnam time) and
	 * waiting for review scores its self-assessed points, provisional (tạm tính) until
	 * reviewed;</li>
	 * <li>a returned report, a draft, a late or a missing report scores nothing, so 0
	 * once counted (a returned report scores again once submitted again);</li>
	 * <li>a month that is not approved counts only once its deadline (the report's, or
	 * the rule's when the unit has none) has passed on {@code :today}: until then the
	 * unit may still submit, and a month not yet due costs nobody anything.</li>
	 * </ul>
	 * {@code reported} says whether the unit has a report of the month that was submitted
	 * (waiting, returned or approved), not a draft: the bulletin leaves out the units
	 * that have none in the period.
	 */
	static final String UNIT_MONTHS = """
			months as (
			  select generate_series(p.first_month, p.m, interval '1 month')::date as month from period p
			),
			month_items as (
			  select i.report_id,
			         sum(i.points * i.occurrences) filter (where i.kind = 'BONUS') as bonus,
			         sum(i.points * i.occurrences) filter (where i.kind = 'PENALTY') as penalty
			  from result_score_item i join result_report ri on ri.id = i.report_id cross join period p
			  where ri.campaign_id = :c and ri.period_month between p.first_month and p.m
			  group by i.report_id
			),
			unit_months as (
			  select mb.unit_id, mb.cluster_id, mo.month,
			         case when %1$s then %3$s when %2$s then %4$s end as score,
			         coalesce(%2$s and not %1$s, false) as provisional,
			         coalesce(%1$s, false) or coalesce(r.deadline, %5$s) < cast(:today as date) as counted,
			         coalesce(r.state <> 'DRAFT', false) as reported
			  from members mb cross join months mo
			  left join result_report r on r.campaign_id = :c and r.unit_id = mb.unit_id and r.period_month = mo.month
			  left join month_items it on it.report_id = r.id
			)""".formatted(FINAL, PROVISIONAL, monthScore("r.reviewed_points"), monthScore("r.self_points"),
			DEFAULT_DEADLINE);

	/**
	 * Month scores and year-to-date scores of the members of the visible clusters of a
	 * campaign (all, or one: {@code :k}), at month {@code :m}, ranked in their cluster.
	 * The year to date is the average of the counted months' scores, unrounded
	 * ({@code ytd_exact}, for the overview's averages) and rounded to 2 decimals once
	 * ({@code ytd}, shown and ranked).
	 */
	private static final String RANKED = "with " + PERIOD + """
			,
			members as (
			  select mb.unit_id, mb.cluster_id
			  from campaign_cluster_v cc
			  join organization_cluster_v cl on cl.id = cc.cluster_id
			  join organization_cluster_member_v mb on mb.cluster_id = cc.cluster_id
			  where cc.campaign_id = :c and (cast(:k as bigint) is null or cc.cluster_id = cast(:k as bigint))
			    and """ + VISIBLE_CLUSTER + "),\n" + UNIT_MONTHS
			+ """
					,
					scored as (
					  select um.unit_id, um.cluster_id,
					         max(um.score) filter (where um.month = p.m) as month_score,
					         coalesce(bool_or(um.provisional) filter (where um.month = p.m), false) as month_provisional,
					         coalesce(bool_or(um.counted) filter (where um.month = p.m), false) as month_counted,
					         avg(coalesce(um.score, 0)) filter (where um.counted) as ytd_exact,
					         coalesce(bool_or(um.provisional) filter (where um.counted), false) as ytd_provisional,
					         bool_or(um.reported) as reported,
					         case when p.m > p.first_month
					              then avg(coalesce(um.score, 0)) filter (where um.counted and um.month < p.m) end as previous_exact
					  from unit_months um cross join period p
					  group by um.unit_id, um.cluster_id, p.m, p.first_month
					),
					ranked as (
					  select s.*, round(s.ytd_exact, 2) as ytd, round(s.previous_exact, 2) as previous_ytd,
					         rank() over (partition by s.cluster_id order by round(s.ytd_exact, 2) desc nulls last) as rnk,
					         case when s.previous_exact is not null
					              then rank() over (partition by s.cluster_id order by round(s.previous_exact, 2) desc nulls last)
					         end as previous_rnk
					  from scored s
					  where not cast(:reportedOnly as boolean) or s.reported
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
	 * the current one, newest first ({@link DefaultPeriodService#monthsOf}).
	 */
	public List<YearMonth> monthsOf(Campaign campaign) {
		return this.defaults.monthsOf(campaign);
	}

	/**
	 * The month to show: the chosen one within the campaign (a month after its last is
	 * its last, a month before its first its first), else the default month of
	 * {@link DefaultPeriodService}: the last month whose deadline (the rule's) has
	 * passed, the newest month every unit had to report, so the newest that counts for
	 * all.
	 */
	public YearMonth monthOf(Campaign campaign, YearMonth chosen) {
		if (chosen == null) {
			return this.defaults.defaultMonth(campaign);
		}
		YearMonth first = YearMonth.from(campaign.getStartDate());
		YearMonth last = this.defaults.lastMonth(campaign, today());
		if (chosen.isAfter(last)) {
			return last;
		}
		return chosen.isBefore(first) ? first : chosen;
	}

	/** The last month whose deadline (the rule's) has passed on {@code today}. */
	YearMonth lastDueMonth(LocalDate today) {
		return this.defaults.lastDueMonth(today);
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
		return rankings(campaignId, clusterId, month, today(), false);
	}

	/**
	 * As {@link #rankings(long, Long, YearMonth)}, without the units that have no report
	 * submitted in the period (from January, or the campaign's first month, to
	 * {@code month}): the bulletin's, whose ranks are those among the units that
	 * reported.
	 */
	@Transactional(readOnly = true)
	public List<RankingRow> reportedRankings(long campaignId, Long clusterId, YearMonth month) {
		return rankings(campaignId, clusterId, month, today(), true);
	}

	/**
	 * As {@link #rankings(long, Long, YearMonth)}, the rules applied on {@code today}.
	 */
	List<RankingRow> rankings(long campaignId, Long clusterId, YearMonth month, LocalDate today) {
		return rankings(campaignId, clusterId, month, today, false);
	}

	/**
	 * As {@link #rankings(long, Long, YearMonth)}, the rules applied on {@code today},
	 * with only the units that reported in the period when {@code reportedOnly}.
	 */
	List<RankingRow> rankings(long campaignId, Long clusterId, YearMonth month, LocalDate today, boolean reportedOnly) {
		Scope scope = CurrentUser.get().scope();
		return this.jdbc.sql(RANKED + """
				select s.unit_id, u.code, u.name, s.cluster_id, r.id, r.state, s.month_score, s.ytd, s.rnk,
				       s.previous_ytd, s.previous_rnk, s.month_provisional, s.month_counted, s.ytd_provisional
				from ranked s join organization_unit_v u on u.id = s.unit_id
				left join result_report r on r.campaign_id = :c and r.unit_id = s.unit_id and r.period_month = :m
				join organization_cluster_v cl on cl.id = s.cluster_id
				order by cl.sort_key, cl.id, s.rnk, u.sort_key, u.id
				""")
			.param("c", campaignId)
			.param("k", clusterId)
			.param("m", Date.valueOf(month.atDay(1)))
			.param("today", Date.valueOf(today))
			.param("reportedOnly", reportedOnly)
			.param("deadlineDay", this.properties.deadlineDay())
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unit", scope.unitId())
			.query((rs, i) -> new RankingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					(Long) rs.getObject(5), rs.getString(6) == null ? null : ReportState.valueOf(rs.getString(6)),
					rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getInt(9), rs.getBigDecimal(10),
					rs.getObject(11) == null ? null : rs.getInt(11), rs.getBoolean(12), rs.getBoolean(13),
					rs.getBoolean(14)))
			.list();
	}

	/**
	 * Every counted or scored month of the members of one visible cluster of a campaign
	 * from the period's first month to {@code month}, by unit and month, as the ranking
	 * counts them: for the Excel export, so that its month columns are the ranking's.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<YearMonth, MonthFigure>> monthFigures(long campaignId, long clusterId, YearMonth month) {
		Scope scope = CurrentUser.get().scope();
		Map<Long, Map<YearMonth, MonthFigure>> figures = new HashMap<>();
		this.jdbc
			.sql("with " + PERIOD + """
					,
					members as (
					  select mb.unit_id, mb.cluster_id
					  from campaign_cluster_v cc
					  join organization_cluster_v cl on cl.id = cc.cluster_id
					  join organization_cluster_member_v mb on mb.cluster_id = cc.cluster_id
					  where cc.campaign_id = :c and cc.cluster_id = :k and """ + VISIBLE_CLUSTER + "),\n" + UNIT_MONTHS
					+ """
							select unit_id, month, score, provisional, counted from unit_months
							""")
			.param("c", campaignId)
			.param("k", clusterId)
			.param("m", Date.valueOf(month.atDay(1)))
			.param("today", Date.valueOf(today()))
			.param("deadlineDay", this.properties.deadlineDay())
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unit", scope.unitId())
			.query(rs -> {
				figures.computeIfAbsent(rs.getLong(1), u -> new HashMap<>())
					.put(YearMonth.from(rs.getDate(2).toLocalDate()),
							new MonthFigure(rs.getBigDecimal(3), rs.getBoolean(4), rs.getBoolean(5)));
			});
		return figures;
	}

	/**
	 * A unit's month as the ranking counts it.
	 *
	 * @param score the month score, {@code null} when the month has none (not approved
	 * nor waiting for review after an on-time submission)
	 * @param provisional whether the score is the self-assessed one, waiting for review
	 * @param counted whether the month counts in the year to date (0 when it has no
	 * score)
	 */
	public record MonthFigure(BigDecimal score, boolean provisional, boolean counted) {

	}

	/**
	 * The provincial overview of a campaign at a month: per visible cluster, its units,
	 * the state of their reports of the month, the average and best year-to-date score
	 * and the leading unit(s). One statement; 404 when the campaign is not visible.
	 */
	@Transactional(readOnly = true)
	public List<ClusterOverviewRow> overview(long campaignId, YearMonth month) {
		return overview(campaignId, month, today(), false);
	}

	/**
	 * As {@link #overview(long, YearMonth)}, counting only the units that have a report
	 * submitted in the period (the bulletin's): a cluster none of whose units reported is
	 * left out, and a unit that has not reported yet does not pull the averages down.
	 */
	@Transactional(readOnly = true)
	public List<ClusterOverviewRow> reportedOverview(long campaignId, YearMonth month) {
		return overview(campaignId, month, today(), true);
	}

	/** As {@link #overview(long, YearMonth)}, the rules applied on {@code today}. */
	List<ClusterOverviewRow> overview(long campaignId, YearMonth month, LocalDate today) {
		return overview(campaignId, month, today, false);
	}

	/**
	 * As {@link #overview(long, YearMonth)}, the rules applied on {@code today}, with
	 * only the units that reported in the period when {@code reportedOnly}.
	 */
	List<ClusterOverviewRow> overview(long campaignId, YearMonth month, LocalDate today, boolean reportedOnly) {
		this.campaigns.get(campaignId);
		Scope scope = CurrentUser.get().scope();
		// the average from the unrounded year-to-date scores, rounded once (ADR 0012)
		return this.jdbc.sql(RANKED + """
				select cl.id, cl.name, count(*),
				       count(*) filter (where r.state = 'APPROVED'),
				       count(*) filter (where r.state = 'SUBMITTED'),
				       count(*) filter (where r.state = 'RETURNED'),
				       count(*) filter (where r.id is null or r.state = 'DRAFT'),
				       round(avg(s.ytd_exact), 2), max(s.ytd),
				       string_agg(u.name, '; ' order by u.sort_key) filter (where s.rnk = 1 and s.ytd > 0),
				       sum(s.ytd_exact), count(s.ytd_exact),
				       coalesce(bool_or(s.ytd_provisional), false)
				from ranked s join organization_unit_v u on u.id = s.unit_id
				join organization_cluster_v cl on cl.id = s.cluster_id
				left join result_report r on r.campaign_id = :c and r.unit_id = s.unit_id and r.period_month = :m
				group by cl.id, cl.name, cl.sort_key
				order by cl.sort_key, cl.id
				""")
			.param("c", campaignId)
			.param("k", null)
			.param("m", Date.valueOf(month.atDay(1)))
			.param("today", Date.valueOf(today))
			.param("reportedOnly", reportedOnly)
			.param("deadlineDay", this.properties.deadlineDay())
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unit", scope.unitId())
			.query((rs, i) -> new ClusterOverviewRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
					rs.getString(10), rs.getBigDecimal(11), rs.getInt(12), rs.getBoolean(13)))
			.list();
	}

	/**
	 * The overview's total line: every cluster's counts added, the average over all units
	 * with a year-to-date score, from the unrounded scores, rounded once.
	 */
	public ClusterOverviewRow total(List<ClusterOverviewRow> rows) {
		int units = 0;
		int approved = 0;
		int submitted = 0;
		int returned = 0;
		int missing = 0;
		int scored = 0;
		boolean provisional = false;
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal best = null;
		for (ClusterOverviewRow row : rows) {
			units += row.units();
			approved += row.approved();
			submitted += row.submitted();
			returned += row.returned();
			missing += row.missing();
			scored += row.scoredUnits();
			provisional |= row.provisional();
			if (row.ytdSum() != null) {
				sum = sum.add(row.ytdSum());
			}
			if (row.bestYtd() != null && (best == null || row.bestYtd().compareTo(best) > 0)) {
				best = row.bestYtd();
			}
		}
		BigDecimal average = scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
		return new ClusterOverviewRow(0, null, units, approved, submitted, returned, missing, average, best, null,
				scored == 0 ? null : sum, scored, provisional);
	}

	/**
	 * For every cluster of a campaign, the months of the year counted at {@code month}
	 * (from the campaign's first month of the year) from which the scoring table in force
	 * for its members changed, as the campaign publishes it: the ranking and the bulletin
	 * say so, since months before and after were scored on different tables. Clusters
	 * without a change are left out. The caller has checked the campaign.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<YearMonth>> tableChanges(Campaign campaign, YearMonth month) {
		YearMonth first = YearMonth.from(campaign.getStartDate());
		YearMonth january = month.withMonth(1);
		YearMonth from = first.isAfter(january) ? first : january;
		Map<Long, List<YearMonth>> changes = new HashMap<>();
		this.scoring.tableChanges(campaign.getId(), from.atDay(1), month.atDay(1))
			.forEach((cluster, months) -> changes.put(cluster, months.stream().map(YearMonth::from).toList()));
		return changes;
	}

	/** The day of the next month by which a month's report is due, for the help text. */
	public int deadlineDay() {
		return this.properties.deadlineDay();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
