package vn.thidua.result;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignState;
import vn.thidua.campaign.ReportingPeriod;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.NotFoundException;

/**
 * Reading reports: one report with its values, a unit's months, the reports waiting for
 * the current user's review, and the status of every unit of a campaign for a month. Each
 * list is one statement whatever the number of units.
 * <p>
 * Who sees a report: its unit, its cluster's head and deputy units, and staff, leadership
 * and administrators above it; others get 404.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(ResultProperties.class)
public class ReportQueries {

	private final ResultReportRepository reports;

	private final CampaignService campaigns;

	private final JdbcClient jdbc;

	private final ReportPermissions permissions;

	private final ResultProperties properties;

	private final ReportScoring scoring;

	/** A report the current user may see, with its campaign, unit and cluster, or 404. */
	@Transactional(readOnly = true)
	public ResultReport get(long id) {
		Scope scope = CurrentUser.get().scope();
		return this.reports.findVisible(id, scope.all(), scope.pathPrefix(), scope.unitId())
			.orElseThrow(NotFoundException::new);
	}

	/** A visible report with its values, their indicators and contents, in order. */
	@Transactional(readOnly = true)
	public ResultReport getWithValues(long id) {
		ResultReport report = get(id);
		this.reports.findWithValues(id);
		return report;
	}

	/**
	 * The cumulative figures (lũy kế) of a visible report's change indicators, by value
	 * id, shown beside the month's figures.
	 */
	@Transactional(readOnly = true)
	public Map<Long, CumulativeFigures> cumulativeFigures(ResultReport report) {
		return this.scoring.cumulativeFigures(report);
	}

	/**
	 * The months of the launched campaigns the current user's unit takes part in, from
	 * the campaign's first month to the current one (newest first), with their reports.
	 * Empty for users without a unit of their own to report for.
	 */
	@Transactional(readOnly = true)
	public List<PeriodRow> periodsOfMyUnit() {
		CurrentUser user = CurrentUser.get();
		if (!user.role().isUnitLevel() || user.unitId() == null) {
			return List.of();
		}
		long unitId = user.unitId();
		LocalDate today = this.permissions.today();
		LocalDate thisMonth = today.withDayOfMonth(1);
		record CampaignRow(long id, String name, LocalDate start, LocalDate end) {
		}
		List<CampaignRow> campaignRows = this.jdbc.sql("""
				select distinct k.id, k.name, k.start_date, k.end_date, k.year, k.sort_key from campaign_v k
				where k.state = 'LAUNCHED' and (
				  exists (select 1 from campaign_unit_v cu where cu.campaign_id = k.id and cu.unit_id = :unit)
				  or exists (select 1 from campaign_cluster_v cc
				             where cc.campaign_id = k.id
				               and cc.cluster_id in (select m.id from member_cluster_ids(:unit) m)))
				order by k.year desc, k.sort_key, k.id
				""")
			.param("unit", unitId)
			.query((rs, i) -> new CampaignRow(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getDate(4).toLocalDate()))
			.list();
		if (campaignRows.isEmpty()) {
			return List.of();
		}
		Map<Long, Set<ReportingPeriod>> periods = new HashMap<>();
		this.jdbc.sql("select distinct campaign_id, period from campaign_indicator_v where campaign_id in (:ids)")
			.param("ids", campaignRows.stream().map(CampaignRow::id).toList())
			.query((rs, i) -> periods.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(ReportingPeriod.class))
				.add(ReportingPeriod.valueOf(rs.getString(2))))
			.list();
		Map<String, Object[]> existing = new HashMap<>();
		this.jdbc.sql("""
				select campaign_id, period_month, id, state, deadline, self_points, reviewed_points
				from result_report where unit_id = :unit
				""")
			.param("unit", unitId)
			.query((rs, i) -> existing.put(rs.getLong(1) + "/" + rs.getDate(2).toLocalDate(),
					new Object[] { rs.getLong(3), ReportState.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(),
							rs.getBigDecimal(6), rs.getBigDecimal(7) }))
			.list();
		List<PeriodRow> rows = new ArrayList<>();
		for (CampaignRow campaign : campaignRows) {
			LocalDate last = campaign.end().withDayOfMonth(1);
			LocalDate month = (last.isAfter(thisMonth) ? thisMonth : last);
			LocalDate first = campaign.start().withDayOfMonth(1);
			for (; !month.isBefore(first); month = month.minusMonths(1)) {
				if (!ReportCalendar.anyDue(periods.getOrDefault(campaign.id(), Set.of()), month, last)) {
					continue;
				}
				Object[] report = existing.get(campaign.id() + "/" + month);
				ReportState state = report == null ? null : (ReportState) report[1];
				LocalDate deadline = report == null ? this.properties.deadlineOf(month) : (LocalDate) report[2];
				rows.add(new PeriodRow(campaign.id(), campaign.name(), month, report == null ? null : (Long) report[0],
						state, deadline, report == null ? null : (BigDecimal) report[3],
						report == null ? null : (BigDecimal) report[4],
						PeriodRow.Marker.of(state == null ? ReportState.DRAFT : state, deadline, today)));
			}
		}
		return rows;
	}

	/**
	 * The reports the current user may review now, with the capacity in which they do
	 * (the rule of {@link ReportPermissions#reviewerRole}): for provincial staff every
	 * submitted report in their scope; for a cluster's head unit the other members'; for
	 * its deputy unit the head unit's, and the other members' while the head unit's
	 * commander has delegated the review. One statement.
	 */
	@Transactional(readOnly = true)
	public List<ReviewRow> waitingForMyReview() {
		CurrentUser user = CurrentUser.get();
		boolean staff = user.is(Role.PROVINCE_STAFF);
		if (!staff && !user.role().isUnitLevel()) {
			return List.of();
		}
		Scope scope = user.scope();
		// who reviews is a rule of the results, kept here; the delegation is the
		// organisation's (V28)
		return this.jdbc.sql("""
				select * from (
				  select r.id, u.name as unit_name, cl.name as cluster_name, k.name as campaign_name, r.period_month,
				         r.state, r.submitted_at, r.self_points,
				         case when :staff then 'STAFF'
				              when cl.head_unit_id = :unit then 'HEAD'
				              when cl.deputy_unit_id = :unit and r.unit_id = cl.head_unit_id then 'DEPUTY'
				              when cl.deputy_unit_id = :unit and exists (
				                     select 1 from organization_cluster_delegation_v d
				                     where d.cluster_id = cl.id and d.active) then 'DEPUTY_FOR_HEAD'
				         end as role
				  from result_report r join organization_unit_v u on u.id = r.unit_id
				  join campaign_v k on k.id = r.campaign_id
				  left join organization_cluster_v cl on cl.id = r.cluster_id
				  where r.state = 'SUBMITTED'
				    and ((:staff and u.path like :prefix)
				         or (not :staff and r.unit_id <> :unit
				             and (cl.head_unit_id = :unit or cl.deputy_unit_id = :unit)))) w
				where w.role is not null
				order by w.submitted_at, w.id
				""")
			.param("staff", staff)
			.param("prefix", scope.pathPrefix())
			.param("unit", user.unitId() == null ? -1L : user.unitId())
			.query((rs, i) -> new ReviewRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDate(5).toLocalDate(), ReportState.valueOf(rs.getString(6)),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getBigDecimal(8),
					ReviewerRole.valueOf(rs.getString(9))))
			.list();
	}

	/**
	 * The next report waiting for the current user's review after one just reviewed: the
	 * oldest submission of the same list ({@link #waitingForMyReview()}), other than
	 * {@code reviewed}; empty when the queue is empty.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<ReviewRow> nextForMyReview(long reviewed) {
		return waitingForMyReview().stream().filter(r -> r.reportId() != reviewed).findFirst();
	}

	/**
	 * The month whose reports units submit now: the one before today's (its deadline
	 * falls in the current month).
	 */
	public YearMonth reportingMonth() {
		return YearMonth.from(this.permissions.today()).minusMonths(1);
	}

	/**
	 * Who has submitted a month's report, per launched campaign running that month and
	 * per cluster (single units together), among the units the current user sees: one
	 * statement, the counts and the names of the units still missing aggregated in SQL.
	 */
	@Transactional(readOnly = true)
	public List<SubmissionRow> submissionsOf(YearMonth month) {
		Scope scope = CurrentUser.get().scope();
		return this.jdbc.sql("""
				with s as (
				  select cc.campaign_id, m.cluster_id, m.unit_id from campaign_cluster_v cc
				  join organization_cluster_member_v m on m.cluster_id = cc.cluster_id
				  union
				  select cu.campaign_id, null, cu.unit_id from campaign_unit_v cu)
				select k.id, k.name, cl.id, cl.name, count(*),
				       count(*) filter (where r.state in ('SUBMITTED', 'APPROVED')),
				       string_agg(u.name, '; ' order by u.sort_key, u.id)
				         filter (where r.state is null or r.state not in ('SUBMITTED', 'APPROVED'))
				from s join campaign_v k on k.id = s.campaign_id
				join organization_unit_v u on u.id = s.unit_id
				left join organization_cluster_v cl on cl.id = s.cluster_id
				left join result_report r on r.campaign_id = k.id and r.unit_id = u.id and r.period_month = :m
				where k.state = 'LAUNCHED' and k.start_date < :next and k.end_date >= :m
				  and unit_visible(u.id, u.path, :all, :prefix, :unit)
				group by k.id, k.name, k.year, k.sort_key, cl.id, cl.name, cl.sort_key
				order by k.year desc, k.sort_key, k.id, cl.sort_key nulls last, cl.id
				""")
			.param("m", Date.valueOf(month.atDay(1)))
			.param("next", Date.valueOf(month.plusMonths(1).atDay(1)))
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unit", scope.unitId())
			.query((rs, i) -> new SubmissionRow(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
					rs.getInt(5), rs.getInt(6), rs.getString(7)))
			.list();
	}

	/**
	 * A campaign's submissions month by month, up to {@code last} and at most
	 * {@code months} months back (not before the campaign's start), among the units the
	 * current user sees: one statement.
	 */
	@Transactional(readOnly = true)
	public List<SubmissionPoint> submissionTrend(long campaignId, YearMonth last, int months) {
		Campaign campaign = this.campaigns.get(campaignId);
		YearMonth first = last.minusMonths(months - 1L);
		YearMonth start = YearMonth.from(campaign.getStartDate());
		if (first.isBefore(start)) {
			first = start;
		}
		if (first.isAfter(last)) {
			return List.of();
		}
		Scope scope = CurrentUser.get().scope();
		return this.jdbc.sql("""
				with s as (
				  select m.unit_id from campaign_cluster_v cc
				  join organization_cluster_member_v m on m.cluster_id = cc.cluster_id where cc.campaign_id = :c
				  union
				  select cu.unit_id from campaign_unit_v cu where cu.campaign_id = :c)
				select cast(g.m as date), count(*),
				       count(r.id) filter (where r.state in ('SUBMITTED', 'APPROVED'))
				from generate_series(cast(:first as date), cast(:last as date), interval '1 month') g(m)
				cross join s join organization_unit_v u on u.id = s.unit_id
				left join result_report r on r.campaign_id = :c and r.unit_id = u.id and r.period_month = g.m
				where unit_visible(u.id, u.path, :all, :prefix, :unit)
				group by g.m order by g.m
				""")
			.param("c", campaignId)
			.param("first", Date.valueOf(first.atDay(1)))
			.param("last", Date.valueOf(last.atDay(1)))
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unit", scope.unitId())
			.query((rs, i) -> new SubmissionPoint(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getInt(2),
					rs.getInt(3)))
			.list();
	}

	/** The launched campaigns the current user sees, for the staff's overview. */
	@Transactional(readOnly = true)
	public List<Campaign> launchedCampaigns() {
		return this.campaigns.list(null, null, CampaignState.LAUNCHED);
	}

	/**
	 * Every unit in a campaign's scope that the current user sees, with its report for a
	 * month: one statement, whatever the number of units.
	 */
	@Transactional(readOnly = true)
	public List<UnitStatusRow> statusOf(long campaignId, LocalDate month) {
		this.campaigns.get(campaignId);
		Scope scope = CurrentUser.get().scope();
		// the units of the campaign's scope, filtered by the organisation's unit rule
		return this.jdbc.sql("""
				select u.id, u.code, u.name, cl.name, r.id, r.state, r.deadline, r.self_points, r.reviewed_points
				from (select m.unit_id, m.cluster_id from campaign_cluster_v cc
				      join organization_cluster_member_v m on m.cluster_id = cc.cluster_id where cc.campaign_id = :c
				      union
				      select cu.unit_id, null from campaign_unit_v cu where cu.campaign_id = :c) s
				join organization_unit_v u on u.id = s.unit_id
				left join organization_cluster_v cl on cl.id = s.cluster_id
				left join result_report r on r.campaign_id = :c and r.unit_id = u.id and r.period_month = :m
				where unit_visible(u.id, u.path, :all, :prefix, :unit)
				order by cl.sort_key nulls last, u.sort_key, u.id
				""")
			.param("c", campaignId)
			.param("m", Date.valueOf(month.withDayOfMonth(1)))
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unit", scope.unitId())
			.query((rs, i) -> new UnitStatusRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Long) rs.getObject(5), rs.getString(6) == null ? null : ReportState.valueOf(rs.getString(6)),
					rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getBigDecimal(8),
					rs.getBigDecimal(9)))
			.list();
	}

}
