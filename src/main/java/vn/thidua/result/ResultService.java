package vn.thidua.result;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignContent;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignState;
import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.ReportingPeriod;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.IndicatorScore;
import vn.thidua.campaign.scoring.Measurement;
import vn.thidua.campaign.scoring.ScoringException;
import vn.thidua.campaign.scoring.ScoringRule;
import vn.thidua.campaign.scoring.ScoringTable;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.Unit;
import vn.thidua.pledge.CovenantService;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.storage.FileRules;
import vn.thidua.shared.storage.FileStorage;
import vn.thidua.shared.storage.FileType;
import vn.thidua.shared.storage.StoredFile;
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Periodic reports: opening a unit's report for a month of a launched campaign (created
 * on first opening, with one line per indicator that applies), entering figures (checked
 * by the scoring function, all or nothing), self-scoring against the unit's own targets,
 * the review workflow, reopening after the deadline, evidence files, and a read API for
 * rankings.
 * <p>
 * Who may do what: the unit's officer and commander enter while the report is open to the
 * unit; only its commander submits; the commander or officer of the head unit of the
 * unit's cluster (for members other than itself) or provincial staff review; provincial
 * staff reopen. Anyone who sees a report (its unit, its cluster's head unit, staff,
 * leadership and administrators above it) reads it and its evidence; others get 404.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(ResultProperties.class)
public class ResultService {

	static final String AUDIT_TYPE = "RESULT_REPORT";

	private static final Locale RECORDS = Locale.forLanguageTag("vi");

	private final ResultReportRepository reports;

	private final CampaignService campaigns;

	private final ScoringTableService scoringTables;

	private final CovenantService covenants;

	private final FileStorage storage;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final ResultProperties properties;

	private final Formats formats;

	private final jakarta.persistence.EntityManager entityManager;

	// ----------------------------------------------------------------- reading

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

	/** The evidence files of a report, oldest first: one statement. */
	@Transactional(readOnly = true)
	public List<Evidence> evidence(ResultReport report) {
		return this.jdbc.sql(EVIDENCE + " where e.report_id = :id order by e.created_at, e.id")
			.param("id", report.getId())
			.query(ResultService::evidenceRow)
			.list();
	}

	/** An evidence file of a report the user sees, or 404. */
	@Transactional(readOnly = true)
	public Evidence evidence(long reportId, long evidenceId) {
		get(reportId);
		return findEvidence(reportId, evidenceId);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Evidence: PDF, JPEG or PNG up to the configured size. */
	public FileRules evidenceRules() {
		return this.storage.rules(FileType.PDF, FileType.JPEG, FileType.PNG);
	}

	public String maxMegabytes() {
		return this.storage.megabytes(evidenceRules().maxBytes());
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
		LocalDate today = today();
		LocalDate thisMonth = today.withDayOfMonth(1);
		record CampaignRow(long id, String name, LocalDate start, LocalDate end) {
		}
		List<CampaignRow> campaignRows = this.jdbc.sql("""
				select distinct k.id, k.name, k.start_date, k.end_date, k.year, k.sort_key from campaign k
				where k.state = 'LAUNCHED' and (
				  exists (select 1 from campaign_unit cu where cu.campaign_id = k.id and cu.unit_id = :unit)
				  or exists (select 1 from campaign_cluster cc join cluster_member m on m.cluster_id = cc.cluster_id
				             where cc.campaign_id = k.id and m.unit_id = :unit))
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
		this.jdbc.sql("select distinct campaign_id, period from indicator where campaign_id in (:ids)")
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
				if (!anyDue(periods.getOrDefault(campaign.id(), Set.of()), month, last)) {
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
	 * The reports the current user may review now: submitted reports of the members of
	 * the clusters their unit heads, and, for provincial staff, every submitted report in
	 * their scope. One statement.
	 */
	@Transactional(readOnly = true)
	public List<ReviewRow> waitingForMyReview() {
		CurrentUser user = CurrentUser.get();
		boolean staff = user.is(Role.PROVINCE_STAFF);
		if (!staff && !user.role().isUnitLevel()) {
			return List.of();
		}
		Scope scope = user.scope();
		return this.jdbc.sql("""
				select r.id, u.name, cl.name, k.name, r.period_month, r.state, r.submitted_at, r.self_points
				from result_report r join unit u on u.id = r.unit_id join campaign k on k.id = r.campaign_id
				left join emulation_cluster cl on cl.id = r.cluster_id
				where r.state = 'SUBMITTED'
				  and ((:staff and u.path like :prefix)
				       or (not :staff and cl.head_unit_id = :unit and r.unit_id <> :unit))
				order by r.submitted_at, r.id
				""")
			.param("staff", staff)
			.param("prefix", scope.pathPrefix())
			.param("unit", user.unitId() == null ? -1L : user.unitId())
			.query((rs, i) -> new ReviewRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDate(5).toLocalDate(), ReportState.valueOf(rs.getString(6)),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getBigDecimal(8)))
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
		return this.jdbc.sql("""
				select u.id, u.code, u.name, cl.name, r.id, r.state, r.deadline, r.self_points, r.reviewed_points
				from (select m.unit_id, m.cluster_id from campaign_cluster cc
				      join cluster_member m on m.cluster_id = cc.cluster_id where cc.campaign_id = :c
				      union
				      select cu.unit_id, null from campaign_unit cu where cu.campaign_id = :c) s
				join unit u on u.id = s.unit_id
				left join emulation_cluster cl on cl.id = s.cluster_id
				left join result_report r on r.campaign_id = :c and r.unit_id = u.id and r.period_month = :m
				where (:all or u.path like :prefix or u.id = :unit)
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

	// ----------------------------------------------------------------- permissions

	/** Whether the current user may enter figures and evidence now. */
	public boolean canEdit(ResultReport report) {
		return isOwnUnit(report) && report.isEditableByUnit(today());
	}

	/** Whether the current user may submit now (the unit's commander). */
	public boolean canSubmit(ResultReport report) {
		return canEdit(report) && CurrentUser.get().is(Role.UNIT_COMMANDER);
	}

	/** Whether the current user reviews this report. */
	public boolean isReviewer(ResultReport report) {
		CurrentUser user = CurrentUser.get();
		if (user.is(Role.PROVINCE_STAFF)) {
			return true;
		}
		EmulationCluster cluster = report.getCluster();
		return user.role().isUnitLevel() && cluster != null && cluster.getHeadUnit() != null
				&& Objects.equals(cluster.getHeadUnit().getId(), user.unitId())
				&& !Objects.equals(report.getUnit().getId(), user.unitId());
	}

	/** Whether the current user may review the report now. */
	public boolean canReview(ResultReport report) {
		return report.getState() == ReportState.SUBMITTED && isReviewer(report);
	}

	/** Whether the current user may reopen the report (provincial staff). */
	public boolean canReopen(ResultReport report) {
		return report.getState().isOpenToUnit() && CurrentUser.get().is(Role.PROVINCE_STAFF);
	}

	private boolean isOwnUnit(ResultReport report) {
		CurrentUser user = CurrentUser.get();
		return user.role().isUnitLevel() && Objects.equals(user.unitId(), report.getUnit().getId());
	}

	// ----------------------------------------------------------------- opening

	/**
	 * The report of a unit for a month of a launched campaign, created with one line per
	 * indicator that applies when it does not exist yet. Created by the unit's own users
	 * or provincial staff; found by whoever sees it.
	 */
	@Transactional
	public ResultReport open(long campaignId, long unitId, LocalDate anyDayOfMonth) {
		LocalDate month = anyDayOfMonth.withDayOfMonth(1);
		Optional<Long> existing = this.reports.findId(campaignId, unitId, month);
		if (existing.isPresent()) {
			return get(existing.get());
		}
		CurrentUser user = CurrentUser.get();
		boolean ownUnit = user.role().isUnitLevel() && Objects.equals(user.unitId(), unitId);
		Campaign campaign = this.campaigns.get(campaignId);
		Unit unit = this.entityManager.find(Unit.class, unitId);
		if (unit == null || !(ownUnit || user.scope().includes(unit.getId(), unit.getPath()))) {
			throw new NotFoundException();
		}
		if (!ownUnit && !user.is(Role.PROVINCE_STAFF)) {
			throw new AccessDeniedException("Only the unit or provincial staff open a report");
		}
		if (campaign.getState() != CampaignState.LAUNCHED) {
			throw new BusinessRuleException("result.error.campaignNotLaunched");
		}
		List<Long> clusters = this.jdbc.sql("""
				select m.cluster_id from campaign_cluster cc join cluster_member m on m.cluster_id = cc.cluster_id
				where cc.campaign_id = :c and m.unit_id = :u
				union all
				select null from campaign_unit cu where cu.campaign_id = :c and cu.unit_id = :u
				""").param("c", campaignId).param("u", unitId).query((rs, i) -> (Long) rs.getObject(1)).list();
		if (clusters.isEmpty()) {
			throw new NotFoundException();
		}
		Long clusterId = clusters.stream().filter(Objects::nonNull).findFirst().orElse(null);
		LocalDate first = campaign.getStartDate().withDayOfMonth(1);
		LocalDate last = campaign.getEndDate().withDayOfMonth(1);
		if (month.isBefore(first) || month.isAfter(last)) {
			throw new BusinessRuleException("result.error.monthOutsideCampaign");
		}
		if (month.isAfter(today())) {
			throw new BusinessRuleException("result.error.monthInFuture");
		}
		List<Indicator> due = new ArrayList<>();
		for (CampaignContent content : this.campaigns.contents(campaignId)) {
			for (Indicator indicator : content.getIndicators()) {
				boolean kind = indicator.getUnitKinds().isEmpty() || indicator.getUnitKinds().contains(unit.getKind());
				if (kind && isDue(indicator.getPeriod(), month, last)) {
					due.add(indicator);
				}
			}
		}
		if (due.isEmpty()) {
			throw new BusinessRuleException("result.error.nothingDue");
		}
		EmulationCluster cluster = clusterId == null ? null
				: this.entityManager.getReference(EmulationCluster.class, clusterId);
		ResultReport report = new ResultReport(campaign, unit, cluster, month, this.properties.deadlineOf(month),
				user.getUsername());
		Map<Long, BigDecimal> own = ownTargets(campaignId, unitId);
		Map<String, BigDecimal> lastYear = lastYearValues(unitId, month.minusYears(1));
		for (Indicator indicator : due) {
			int position = indicator.getContent().getPosition() * 1000 + indicator.getPosition();
			ResultValue value = report.addValue(indicator, position,
					own.getOrDefault(indicator.getId(), indicator.getTarget()));
			if (indicator.getDirection() == Direction.CHANGE_VS_LAST_YEAR) {
				value.prefillLastYear(lastYear.get(indicator.getCode()));
			}
		}
		this.reports.saveAndFlush(report);
		this.events.publishEvent(AuditRecord.of("RESULT_REPORT_OPENED", AUDIT_TYPE, report.getId(), label(report))
			.change("result.field.deadline", null, report.getDeadline())
			.build());
		return report;
	}

	private static boolean anyDue(Set<ReportingPeriod> periods, LocalDate month, LocalDate lastMonth) {
		return periods.stream().anyMatch(p -> isDue(p, month, lastMonth));
	}

	/**
	 * Whether an indicator reported every {@code period} is reported in this month: the
	 * month closing its quarter, half-year or year, or the campaign's last month.
	 */
	static boolean isDue(ReportingPeriod period, LocalDate month, LocalDate lastMonth) {
		int m = month.getMonthValue();
		return switch (period) {
			case MONTH -> true;
			case QUARTER -> m % 3 == 0 || month.equals(lastMonth);
			case HALF_YEAR -> m % 6 == 0 || month.equals(lastMonth);
			case YEAR -> m == 12 || month.equals(lastMonth);
		};
	}

	/** The unit's own targets (giao ước in force) by indicator id. */
	private Map<Long, BigDecimal> ownTargets(long campaignId, long unitId) {
		return this.covenants.ownTargetsInForce(campaignId, unitId);
	}

	/**
	 * This period's values of the change indicators in the unit's approved reports of the
	 * same month last year, by indicator code: the "same period last year" to start from.
	 */
	private Map<String, BigDecimal> lastYearValues(long unitId, LocalDate month) {
		Map<String, BigDecimal> values = new HashMap<>();
		this.jdbc.sql("""
				select i.code, case when v.adjusted then v.reviewed_amount else v.amount end
				from result_value v join result_report r on r.id = v.report_id join indicator i on i.id = v.indicator_id
				where r.unit_id = :u and r.period_month = :m and r.state = 'APPROVED'
				  and i.direction = 'CHANGE_VS_LAST_YEAR'
				order by r.id
				""")
			.param("u", unitId)
			.param("m", Date.valueOf(month))
			.query((rs, i) -> rs.getBigDecimal(2) == null ? null
					: values.putIfAbsent(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		return values;
	}

	// ----------------------------------------------------------------- entering

	/**
	 * Saves the figures and notes of the form and the self-assessed points. Every line is
	 * checked first; when one is refused nothing is changed and every problem is reported
	 * on its field.
	 */
	@Transactional
	public ResultReport save(long id, EntryForm form) {
		ResultReport report = forUnit(id);
		checkVersion(report, form.getVersion());
		Map<Long, Entry> entries = check(report, form);
		Map<Long, String> before = new LinkedHashMap<>();
		report.getValues().forEach(v -> before.put(v.getId(), describe(v.kind(), v.entry())));
		report.enter(entries, today());
		scoreSelf(report);
		this.reports.flush();
		var audit = AuditRecord.of("RESULT_REPORT_SAVED", AUDIT_TYPE, id, label(report));
		for (ResultValue value : report.getValues()) {
			audit.change("result.field.value", coded(value, before.get(value.getId())),
					coded(value, describe(value.kind(), value.entry())));
		}
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		return report;
	}

	/**
	 * What one line would score, without saving: the rate or change, whether the target
	 * is met and the points, or the problem of the line.
	 */
	@Transactional(readOnly = true)
	public RowPreview preview(long id, long valueId, EntryLine line) {
		ResultReport report = getWithValues(id);
		ResultValue value = report.value(valueId);
		if (value == null) {
			throw new NotFoundException();
		}
		try {
			Entry entry = line.parse("");
			Measurement measurement = measure(value, entry, "");
			if (measurement == null) {
				return new RowPreview(value, entry, null, null);
			}
			return new RowPreview(value, entry, score(report, value, measurement), null);
		}
		catch (EntryRefusedException ex) {
			return new RowPreview(value, null, null, ex);
		}
	}

	/** What one line would score, or why it is refused. */
	public record RowPreview(ResultValue value, Entry entry, IndicatorScore score, BusinessRuleException problem) {

	}

	/** Every line parsed and checked, by value id; or every problem at once. */
	private Map<Long, Entry> check(ResultReport report, EntryForm form) {
		Map<Long, Entry> entries = new HashMap<>();
		List<BusinessRuleException> problems = new ArrayList<>();
		for (int i = 0; i < form.getEntries().size(); i++) {
			EntryLine line = form.getEntries().get(i);
			String prefix = "entries[" + i + "].";
			ResultValue value = report.value(line.getValueId());
			if (value == null) {
				throw new NotFoundException();
			}
			try {
				Entry entry = line.parse(prefix);
				measure(value, entry, prefix);
				entries.put(value.getId(), entry);
			}
			catch (EntryRefusedException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new EntryRefusedException(problems);
		}
		return entries;
	}

	/**
	 * The measurement of an entry, {@code null} while incomplete; refused when
	 * impossible.
	 */
	private static Measurement measure(ResultValue value, Entry entry, String prefix) {
		try {
			return entry.measurement(value.kind());
		}
		catch (ScoringException ex) {
			throw new EntryRefusedException(prefix + entry.field(value.kind(), ex), ex.getProblem().messageKey(),
					ex.getProblem().argumentArray());
		}
	}

	/** Scores every complete value against the unit's own targets. */
	private void scoreSelf(ResultReport report) {
		ScoringTable table = table(report);
		Map<Long, BigDecimal> own = ownTargets(report.getCampaign().getId(), report.getUnit().getId());
		for (ResultValue value : report.getValues()) {
			Indicator indicator = value.getIndicator();
			BigDecimal target = own.getOrDefault(indicator.getId(), indicator.getTarget());
			Measurement measurement = value.entry().measurement(value.kind());
			report.scoreSelf(value, target, measurement == null ? null : score(table, indicator, target, measurement));
		}
	}

	private IndicatorScore score(ResultReport report, ResultValue value, Measurement measurement) {
		Map<Long, BigDecimal> own = ownTargets(report.getCampaign().getId(), report.getUnit().getId());
		Indicator indicator = value.getIndicator();
		return score(table(report), indicator, own.getOrDefault(indicator.getId(), indicator.getTarget()), measurement);
	}

	/**
	 * Scores against the unit's target; a change target is stored as a positive decrease
	 * while the rules take the signed change.
	 */
	static IndicatorScore score(ScoringTable table, Indicator indicator, BigDecimal target, Measurement measurement) {
		ScoringRule rule = table.rule(indicator.getCode())
			.orElseThrow(() -> new BusinessRuleException(null, "result.error.noScoringRule", indicator.getCode()));
		BigDecimal unitTarget = switch (indicator.getDirection()) {
			case DONE_OR_NOT -> null;
			case CHANGE_VS_LAST_YEAR -> target == null ? null : target.negate();
			default -> target;
		};
		return rule.score(measurement, unitTarget);
	}

	private ScoringTable table(ResultReport report) {
		Long clusterId = report.getCluster() == null ? null : report.getCluster().getId();
		return this.scoringTables.scoringTable(report.getCampaign().getId(), clusterId)
			.orElseThrow(() -> new BusinessRuleException("result.error.noScoringTable"));
	}

	// ----------------------------------------------------------------- workflow

	/** The unit's commander submits the report. */
	@Transactional
	public ResultReport submit(long id, long version) {
		ResultReport report = forUnit(id);
		if (!CurrentUser.get().is(Role.UNIT_COMMANDER)) {
			throw new AccessDeniedException("Only the unit's commander submits");
		}
		checkVersion(report, version);
		ReportState before = report.getState();
		scoreSelf(report);
		report.submit(CurrentUser.get().getUsername(), Instant.now(this.clock), today());
		this.reports.flush();
		this.events.publishEvent(AuditRecord.of("RESULT_REPORT_SUBMITTED", AUDIT_TYPE, id, label(report))
			.change("result.field.state", stateLabel(before), stateLabel(report.getState()))
			.change("result.field.selfPoints", null, points(report.getSelfPoints()))
			.build());
		return report;
	}

	/** The reviewer approves the report. */
	@Transactional
	public ResultReport approve(long id, long version) {
		ResultReport report = forReviewer(id);
		checkVersion(report, version);
		report.approve(CurrentUser.get().getUsername(), Instant.now(this.clock));
		this.reports.flush();
		this.events.publishEvent(AuditRecord.of("RESULT_REPORT_APPROVED", AUDIT_TYPE, id, label(report))
			.change("result.field.state", stateLabel(ReportState.SUBMITTED), stateLabel(report.getState()))
			.change("result.field.reviewedPoints", null, points(report.getReviewedPoints()))
			.build());
		return report;
	}

	/**
	 * The reviewer returns the report with a comment on it and/or on indicators (by value
	 * id).
	 */
	@Transactional
	public ResultReport returnForCorrection(long id, long version, String comment, Map<Long, String> valueComments) {
		ResultReport report = forReviewer(id);
		checkVersion(report, version);
		report.returnForCorrection(comment, valueComments, CurrentUser.get().getUsername(), Instant.now(this.clock));
		this.reports.flush();
		var audit = AuditRecord.of("RESULT_REPORT_RETURNED", AUDIT_TYPE, id, label(report))
			.change("result.field.state", stateLabel(ReportState.SUBMITTED), stateLabel(report.getState()))
			.reason(report.getReturnComment());
		for (ResultValue value : report.getValues()) {
			audit.change("result.field.indicatorComment", null, coded(value, value.getReturnComment()));
		}
		this.events.publishEvent(audit.build());
		return report;
	}

	/** The reviewer adjusts one indicator's figures, with a reason. */
	@Transactional
	public ResultReport adjust(long id, long valueId, EntryLine line, String reason) {
		ResultReport report = forReviewer(id);
		ResultValue value = report.value(valueId);
		if (value == null) {
			throw new NotFoundException();
		}
		if (report.getState() != ReportState.SUBMITTED) {
			throw new BusinessRuleException("result.error.notSubmitted");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "result.error.reasonRequired");
		}
		Entry entry = line.parse("");
		Measurement measurement = measure(value, entry, "");
		if (measurement == null) {
			throw new BusinessRuleException("amount", "result.error.adjustIncomplete");
		}
		String before = describe(value.kind(), value.reviewedEntry());
		report.adjust(value, entry, reason, score(report, value, measurement));
		this.reports.flush();
		this.events.publishEvent(AuditRecord.of("RESULT_VALUE_ADJUSTED", AUDIT_TYPE, id, label(report))
			.change("result.field.value", coded(value, before), coded(value, describe(value.kind(), entry)))
			.change("result.field.reviewedPoints", points(value.getSelfPoints()), points(value.getReviewedPoints()))
			.reason(reason.strip())
			.build());
		return report;
	}

	/**
	 * Provincial staff reopen a report for the unit until a new deadline, with a reason.
	 */
	@Transactional
	public ResultReport reopen(long id, LocalDate until, String reason) {
		ResultReport report = get(id);
		if (!CurrentUser.get().is(Role.PROVINCE_STAFF)) {
			throw new AccessDeniedException("Only provincial staff reopen a report");
		}
		LocalDate before = report.getDeadline();
		report.reopen(until, reason, CurrentUser.get().getUsername(), Instant.now(this.clock), today());
		this.reports.flush();
		this.events.publishEvent(AuditRecord.of("RESULT_REPORT_REOPENED", AUDIT_TYPE, id, label(report))
			.change("result.field.deadline", before, report.getDeadline())
			.reason(report.getReopenReason())
			.build());
		return report;
	}

	// ----------------------------------------------------------------- evidence

	/**
	 * Attaches an evidence file to the report, or to one of its values; a refused file
	 * leaves everything as it was.
	 */
	@Transactional
	public Evidence addEvidence(long id, Long valueId, MultipartFile upload) {
		ResultReport report = forUnit(id);
		report.requireEditableByUnit(today());
		ResultValue value = valueId == null ? null : report.value(valueId);
		if (valueId != null && value == null) {
			throw new NotFoundException();
		}
		StoredFile file = this.storage.store(upload, evidenceRules());
		long evidenceId = this.jdbc.sql("""
				insert into result_evidence (report_id, value_id, file_id, created_at)
				values (:report, :value, :file, :at) returning id
				""")
			.param("report", id)
			.param("value", valueId)
			.param("file", file.id())
			.param("at", java.sql.Timestamp.from(file.createdAt()))
			.query(Long.class)
			.single();
		Evidence evidence = new Evidence(evidenceId, id, valueId, file);
		this.events.publishEvent(AuditRecord.of("RESULT_EVIDENCE_ADDED", AUDIT_TYPE, id, label(report))
			.change("result.field.evidence", null, value == null ? describe(file) : coded(value, describe(file)))
			.build());
		return evidence;
	}

	/** Removes an evidence file while the unit may change the report. */
	@Transactional
	public Evidence removeEvidence(long id, long evidenceId) {
		ResultReport report = forUnit(id);
		report.requireEditableByUnit(today());
		Evidence evidence = findEvidence(id, evidenceId);
		this.jdbc.sql("delete from result_evidence where id = :id").param("id", evidenceId).update();
		this.storage.delete(evidence.file().id());
		this.events.publishEvent(AuditRecord.of("RESULT_EVIDENCE_REMOVED", AUDIT_TYPE, id, label(report))
			.change("result.field.evidence", describe(evidence.file()), null)
			.build());
		return evidence;
	}

	private static final String EVIDENCE = """
			select e.id, e.report_id, e.value_id, f.id, f.original_name, f.content_type, f.size_bytes, f.sha256,
			       f.created_by, f.created_at
			from result_evidence e join stored_file f on f.id = e.file_id
			""";

	private Evidence findEvidence(long reportId, long evidenceId) {
		return this.jdbc.sql(EVIDENCE + " where e.report_id = :report and e.id = :id")
			.param("report", reportId)
			.param("id", evidenceId)
			.query(ResultService::evidenceRow)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private static Evidence evidenceRow(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
		return new Evidence(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
				new StoredFile(rs.getLong(4), rs.getString(5), FileType.ofContentType(rs.getString(6)).orElseThrow(),
						rs.getLong(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant()));
	}

	// ----------------------------------------------------------------- read API

	/**
	 * The scores of every report of a campaign for a month, for rankings: one statement.
	 * Not scoped: callers are modules that apply their own scope.
	 */
	@Transactional(readOnly = true)
	public List<UnitScore> scoresOf(long campaignId, LocalDate month) {
		return this.jdbc.sql("""
				select id, unit_id, cluster_id, period_month, state, self_points, reviewed_points
				from result_report where campaign_id = :c and period_month = :m order by id
				""")
			.param("c", campaignId)
			.param("m", Date.valueOf(month.withDayOfMonth(1)))
			.query((rs, i) -> new UnitScore(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
					rs.getDate(4).toLocalDate(), ReportState.valueOf(rs.getString(5)), rs.getBigDecimal(6),
					rs.getBigDecimal(7)))
			.list();
	}

	// ----------------------------------------------------------------- helpers

	/** A visible report of the current user's own unit with its values; 403 otherwise. */
	private ResultReport forUnit(long id) {
		ResultReport report = getWithValues(id);
		if (!isOwnUnit(report)) {
			throw new AccessDeniedException("Only the unit enters its report");
		}
		return report;
	}

	private ResultReport forReviewer(long id) {
		ResultReport report = getWithValues(id);
		if (!isReviewer(report)) {
			throw new AccessDeniedException("Not a reviewer of this report");
		}
		return report;
	}

	private static void checkVersion(ResultReport report, long version) {
		if (version >= 0 && report.getVersion() != version) {
			throw new OptimisticLockingFailureException("Report " + report.getId() + " changed meanwhile");
		}
	}

	/** "Phòng An ninh kinh tế · 02/2026 · Phong trào ..." for the history. */
	static String label(ResultReport report) {
		return report.getUnit().getName() + " · "
				+ String.format("%02d/%d", report.getPeriodMonth().getMonthValue(), report.getPeriodMonth().getYear())
				+ " · " + report.getCampaign().getName();
	}

	private String stateLabel(ReportState state) {
		return state == null ? null : "ReportState." + state;
	}

	private String points(BigDecimal points) {
		return points == null ? null : this.formats.number(points);
	}

	/** The figures as the history shows them: "45/50", "12 (cùng kỳ: 15)", "Có". */
	String describe(EntryKind kind, Entry entry) {
		return switch (kind) {
			case VALUE -> entry.amount() == null ? null : this.formats.number(entry.amount());
			case RATIO -> entry.numerator() == null && entry.denominator() == null ? null
					: text(entry.numerator()) + "/" + text(entry.denominator());
			case CHANGE -> entry.amount() == null && entry.lastYear() == null ? null : this.messages.getMessage(
					"result.history.change", new Object[] { text(entry.amount()), text(entry.lastYear()) }, RECORDS);
			case DONE ->
				entry.done() == null ? null : this.messages.getMessage("result.done." + entry.done(), null, RECORDS);
		};
	}

	private String text(Number number) {
		return number == null ? "—" : this.formats.number(number);
	}

	private String describe(StoredFile file) {
		return file.originalName() + " (" + this.formats.fileSize(file.size()) + ")";
	}

	/** "1.1: 45/50": an indicator's text in the history, {@code null} for nothing. */
	private static String coded(ResultValue value, String text) {
		return text == null ? null : value.getIndicator().getCode() + ": " + text;
	}

}
