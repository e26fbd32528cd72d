package vn.thidua.result;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignContent;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignState;
import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.IndicatorScore;
import vn.thidua.campaign.scoring.Measurement;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.Unit;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * The workflow of a periodic report: opening a unit's report for a month of a launched
 * campaign (created on first opening, with one line per indicator that applies), entering
 * figures (checked by the scoring function, all or nothing) and self-scoring, submitting,
 * approving, returning with comments, adjusting a figure, and reopening after the
 * deadline. Every step is in the report's history.
 * <p>
 * Who may act is asked of {@link ReportPermissions}; what may happen in each state is
 * decided by {@link ResultReport}.
 */
@Service
@RequiredArgsConstructor
public class ReportWorkflowService {

	private final ResultReportRepository reports;

	private final ReportQueries queries;

	private final ReportPermissions permissions;

	private final ReportScoring scoring;

	private final ReportHistoryText text;

	private final CampaignService campaigns;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ResultProperties properties;

	private final EntityManager entityManager;

	/** A visible report with its values (for the Excel pages). */
	public ResultReport getWithValues(long id) {
		return this.queries.getWithValues(id);
	}

	/** Whether the current user may enter figures now (for the Excel pages). */
	public boolean canEdit(ResultReport report) {
		return this.permissions.canEdit(report);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The deadline a report returned today after its deadline gets, or {@code null} when
	 * its deadline has not passed (for the review page, which says so before the reviewer
	 * returns it).
	 */
	public LocalDate deadlineIfReturnedToday(ResultReport report) {
		return report.isPastDeadline(today()) ? this.properties.reopenedDeadline(today()) : null;
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
			return this.queries.get(existing.get());
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
		ResultReport report = newReport(campaign, unit, month, this.campaigns.contents(campaignId), user.getUsername());
		Map<Long, BigDecimal> own = this.scoring.ownTargets(campaignId, unitId);
		Map<String, BigDecimal> lastYear = this.scoring.lastYearValues(campaignId, unitId, month.minusYears(1));
		for (ResultValue value : report.getValues()) {
			value.retarget(own.getOrDefault(value.getIndicator().getId(), value.getIndicator().getTarget()));
			if (value.getIndicator().getDirection().isChangeVsLastYear()) {
				value.prefillLastYear(lastYear.get(value.getIndicator().getCode()));
			}
		}
		this.reports.saveAndFlush(report);
		this.events.publishEvent(AuditRecord
			.of("RESULT_REPORT_OPENED", ResultReport.AUDIT_TYPE, report.getId(), ReportHistoryText.label(report))
			.change("result.field.deadline", null, report.getDeadline())
			.build());
		return report;
	}

	/**
	 * A new report of a unit taking part in a launched campaign, for a month of the
	 * campaign not in the future, with a value per indicator due that month and applying
	 * to the unit's kind, aimed at the common target until the caller sets the unit's
	 * own. The rules opening a report and recording a past month share.
	 */
	ResultReport newReport(Campaign campaign, Unit unit, LocalDate month, List<CampaignContent> contents,
			String createdBy) {
		if (campaign.getState() != CampaignState.LAUNCHED) {
			throw new BusinessRuleException("result.error.campaignNotLaunched");
		}
		List<Long> clusters = this.jdbc.sql("""
				select m.cluster_id from campaign_cluster_v cc
				join organization_cluster_member_v m on m.cluster_id = cc.cluster_id
				where cc.campaign_id = :c and m.unit_id = :u
				union all
				select null from campaign_unit_v cu where cu.campaign_id = :c and cu.unit_id = :u
				""")
			.param("c", campaign.getId())
			.param("u", unit.getId())
			.query((rs, i) -> (Long) rs.getObject(1))
			.list();
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
		for (CampaignContent content : contents) {
			for (Indicator indicator : content.getIndicators()) {
				boolean kind = indicator.getUnitKinds().isEmpty() || indicator.getUnitKinds().contains(unit.getKind());
				if (kind && ReportCalendar.isDue(indicator.getPeriod(), month, last)) {
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
				createdBy);
		for (Indicator indicator : due) {
			int position = indicator.getContent().getPosition() * 1000 + indicator.getPosition();
			report.addValue(indicator, position, indicator.getTarget());
		}
		return report;
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
		Map<Long, Entry> entries = this.scoring.check(report, form);
		Map<Long, String> before = new LinkedHashMap<>();
		report.getValues().forEach(v -> before.put(v.getId(), this.text.describe(v.kind(), v.entry())));
		report.enter(entries, today());
		this.scoring.scoreSelf(report);
		this.reports.flush();
		this.scoring.rescoreLaterMonths(report);
		var audit = AuditRecord.of("RESULT_REPORT_SAVED", ResultReport.AUDIT_TYPE, id, ReportHistoryText.label(report));
		for (ResultValue value : report.getValues()) {
			audit.change("result.field.value", ReportHistoryText.coded(value, before.get(value.getId())),
					ReportHistoryText.coded(value, this.text.describe(value.kind(), value.entry())));
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
		ResultReport report = this.queries.getWithValues(id);
		ResultValue value = report.value(valueId);
		if (value == null) {
			throw new NotFoundException();
		}
		try {
			Entry entry = line.parse("");
			Measurement measurement = ReportScoring.measure(value, entry, "");
			if (measurement == null) {
				return new RowPreview(value, entry, null, null);
			}
			return new RowPreview(value, entry, this.scoring.score(report, value, measurement), null);
		}
		catch (EntryRefusedException ex) {
			return new RowPreview(value, null, null, ex);
		}
	}

	/** What one line would score, or why it is refused. */
	public record RowPreview(ResultValue value, Entry entry, IndicatorScore score, BusinessRuleException problem) {

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
		this.scoring.scoreSelf(report);
		report.submit(CurrentUser.get().getUsername(), Instant.now(this.clock), today());
		this.reports.flush();
		this.scoring.rescoreLaterMonths(report);
		this.events.publishEvent(
				AuditRecord.of("RESULT_REPORT_SUBMITTED", ResultReport.AUDIT_TYPE, id, ReportHistoryText.label(report))
					.change("result.field.state", ReportHistoryText.stateLabel(before),
							ReportHistoryText.stateLabel(report.getState()))
					.change("result.field.selfPoints", null, this.text.points(report.getSelfPoints()))
					.build());
		return report;
	}

	/** The reviewer approves the report. */
	@Transactional
	public ResultReport approve(long id, long version) {
		ResultReport report = forReviewer(id);
		String reviewedAs = this.text.reviewedAs(report, this.permissions.reviewerRole(report));
		checkVersion(report, version);
		report.approve(CurrentUser.get().getUsername(), Instant.now(this.clock));
		this.reports.flush();
		this.events.publishEvent(
				AuditRecord.of("RESULT_REPORT_APPROVED", ResultReport.AUDIT_TYPE, id, ReportHistoryText.label(report))
					.change("result.field.state", ReportHistoryText.stateLabel(ReportState.SUBMITTED),
							ReportHistoryText.stateLabel(report.getState()))
					.change("result.field.reviewedPoints", null, this.text.points(report.getReviewedPoints()))
					.change("result.field.reviewedAs", null, reviewedAs)
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
		String reviewedAs = this.text.reviewedAs(report, this.permissions.reviewerRole(report));
		checkVersion(report, version);
		report.returnForCorrection(comment, valueComments, CurrentUser.get().getUsername(), Instant.now(this.clock));
		LocalDate deadline = report.getDeadline();
		if (report.isPastDeadline(today())) {
			// returned late: the unit gets the days of a reopened month to correct it
			report.giveTimeToCorrect(this.properties.reopenedDeadline(today()));
		}
		this.reports.flush();
		var audit = AuditRecord
			.of("RESULT_REPORT_RETURNED", ResultReport.AUDIT_TYPE, id, ReportHistoryText.label(report))
			.change("result.field.state", ReportHistoryText.stateLabel(ReportState.SUBMITTED),
					ReportHistoryText.stateLabel(report.getState()))
			.change("result.field.deadline", deadline, report.getDeadline())
			.change("result.field.reviewedAs", null, reviewedAs)
			.reason(report.getReturnComment());
		for (ResultValue value : report.getValues()) {
			audit.change("result.field.indicatorComment", null,
					ReportHistoryText.coded(value, value.getReturnComment()));
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
		Measurement measurement = ReportScoring.measure(value, entry, "");
		if (measurement == null) {
			throw new BusinessRuleException("amount", "result.error.adjustIncomplete");
		}
		String before = this.text.describe(value.kind(), value.reviewedEntry());
		String reviewedAs = this.text.reviewedAs(report, this.permissions.reviewerRole(report));
		report.adjust(value, entry, reason, this.scoring.score(report, value, measurement));
		this.reports.flush();
		this.scoring.rescoreLaterMonths(report);
		this.events.publishEvent(
				AuditRecord.of("RESULT_VALUE_ADJUSTED", ResultReport.AUDIT_TYPE, id, ReportHistoryText.label(report))
					.change("result.field.value", ReportHistoryText.coded(value, before),
							ReportHistoryText.coded(value, this.text.describe(value.kind(), entry)))
					.change("result.field.reviewedPoints", this.text.points(value.getSelfPoints()),
							this.text.points(value.getReviewedPoints()))
					.change("result.field.reviewedAs", null, reviewedAs)
					.reason(reason.strip())
					.build());
		return report;
	}

	/**
	 * Provincial staff reopen a report for the unit until a new deadline (not earlier
	 * than the current one), with a reason; an approved report is reopened to be
	 * corrected, its approved figures and points kept in the history.
	 */
	@Transactional
	public ResultReport reopen(long id, LocalDate until, String reason) {
		ResultReport report = this.queries.getWithValues(id);
		if (!CurrentUser.get().is(Role.PROVINCE_STAFF)) {
			throw new AccessDeniedException("Only provincial staff reopen a report");
		}
		LocalDate before = report.getDeadline();
		ReportState stateBefore = report.getState();
		// the approved version, kept in the history before the review is cleared
		List<String> approved = new ArrayList<>();
		String approvedTotal = null;
		if (stateBefore == ReportState.APPROVED) {
			for (ResultValue value : report.getValues()) {
				approved.add(ReportHistoryText.coded(value, this.text.approvedLine(value)));
			}
			approvedTotal = this.text.points(report.getReviewedPoints());
		}
		report.reopen(until, reason, CurrentUser.get().getUsername(), Instant.now(this.clock), today());
		this.reports.flush();
		var audit = AuditRecord
			.of("RESULT_REPORT_REOPENED", ResultReport.AUDIT_TYPE, id, ReportHistoryText.label(report))
			.change("result.field.state", ReportHistoryText.stateLabel(stateBefore),
					ReportHistoryText.stateLabel(report.getState()))
			.change("result.field.deadline", before, report.getDeadline())
			.change("result.field.reviewedPoints", approvedTotal, null);
		for (String line : approved) {
			audit.change("result.field.approvedValue", line, null);
		}
		this.events.publishEvent(audit.reason(report.getReopenReason()).build());
		return report;
	}

	// ----------------------------------------------------------------- helpers

	/** A visible report of the current user's own unit with its values; 403 otherwise. */
	private ResultReport forUnit(long id) {
		ResultReport report = this.queries.getWithValues(id);
		if (!this.permissions.isOwnUnit(report)) {
			throw new AccessDeniedException("Only the unit enters its report");
		}
		return report;
	}

	private ResultReport forReviewer(long id) {
		ResultReport report = this.queries.getWithValues(id);
		if (!this.permissions.isReviewer(report)) {
			throw new AccessDeniedException("Not a reviewer of this report");
		}
		return report;
	}

	private static void checkVersion(ResultReport report, long version) {
		if (version >= 0 && report.getVersion() != version) {
			throw new OptimisticLockingFailureException("Report " + report.getId() + " changed meanwhile");
		}
	}

}
