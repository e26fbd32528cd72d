package vn.thidua.result;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Requests to reopen a locked month (đề nghị mở lại): the unit's officer or commander
 * asks, with a reason, for one of its months whose deadline has passed while the report
 * is still the unit's to enter (never opened, a draft or returned); provincial staff see
 * the requests of their scope on their dashboard and grant one in one step, which opens
 * the report if the unit had not and gives it a new deadline of
 * {@code thidua.results.reopen-days} days from today, or refuse it with a reason. Every
 * step is in the request's history, and the grant in the report's too.
 * <p>
 * Who sees a request: its unit, and staff, leadership and administrators above it (the
 * organisation's unit rule); others get 404.
 */
@Service
@RequiredArgsConstructor
public class ReopenRequestService {

	private static final String ROW = """
			select q.id, q.version, q.campaign_id, k.name, q.unit_id, u.name, q.period_month, q.state, q.reason,
			       q.requested_by, q.requested_at, q.decided_by, q.decided_at, q.refusal_reason, q.granted_until,
			       r.id, r.deadline
			from result_reopen_request q join organization_unit_v u on u.id = q.unit_id
			join campaign_v k on k.id = q.campaign_id
			left join result_report r on r.campaign_id = q.campaign_id and r.unit_id = q.unit_id
			     and r.period_month = q.period_month
			""";

	private final ReopenRequestRepository requests;

	private final ResultReportRepository reports;

	private final ReportQueries queries;

	private final ReportWorkflowService workflow;

	private final ResultProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/** How many days a reopened month, or a report returned late, gives the unit. */
	public int reopenDays() {
		return this.properties.reopenDays();
	}

	/** The deadline a month reopened today would get. */
	public LocalDate reopenedDeadline() {
		return this.properties.reopenedDeadline(today());
	}

	// ----------------------------------------------------------------- the unit

	/**
	 * A month of a campaign of the current user's own unit, for the request page; 404
	 * when the unit has no such month, 403 for users without a unit to report for.
	 */
	@Transactional(readOnly = true)
	public PeriodRow monthOfMyUnit(long campaignId, LocalDate anyDayOfMonth) {
		requireUnitUser();
		LocalDate month = anyDayOfMonth.withDayOfMonth(1);
		return this.queries.periodsOfMyUnit()
			.stream()
			.filter(p -> p.campaignId() == campaignId && p.month().equals(month))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/** Refuses users without a unit of their own to report for (403). */
	public void requireCanAsk() {
		requireUnitUser();
	}

	/**
	 * The unit's officer or commander asks to reopen one of its locked months, with a
	 * reason. Refused when the month is not locked or a request of it is already waiting.
	 */
	@Transactional
	public ReopenRequest request(long campaignId, LocalDate anyDayOfMonth, String reason) {
		PeriodRow month = monthOfMyUnit(campaignId, anyDayOfMonth);
		if (!month.isLocked()) {
			throw new BusinessRuleException("result.reopenRequest.error.notLocked");
		}
		CurrentUser user = CurrentUser.get();
		long unitId = user.unitId();
		if (this.requests.anyPending(campaignId, unitId, month.month())) {
			throw new BusinessRuleException("result.reopenRequest.error.pending");
		}
		ReopenRequest request = new ReopenRequest(campaignId, unitId, month.month(), reason, user.getUsername(),
				Instant.now(this.clock));
		try {
			this.requests.saveAndFlush(request);
		}
		catch (DataIntegrityViolationException ex) {
			// another request of the month was sent meanwhile (one open at a time)
			throw new BusinessRuleException("result.reopenRequest.error.pending");
		}
		this.events.publishEvent(AuditRecord
			.of("RESULT_REOPEN_REQUESTED", ReopenRequest.AUDIT_TYPE, request.getId(), label(request.getId()))
			.change("result.field.state", null, stateLabel(request.getState()))
			.change("result.field.deadline", null, month.deadline())
			.reason(request.getReason())
			.build());
		return request;
	}

	/**
	 * The latest request of each month of the current user's own unit, by
	 * {@code campaignId/yyyy-MM-01}, for the list of its months.
	 */
	@Transactional(readOnly = true)
	public Map<String, ReopenRequestRow> latestOfMyUnit() {
		CurrentUser user = CurrentUser.get();
		Map<String, ReopenRequestRow> latest = new LinkedHashMap<>();
		if (!user.role().isUnitLevel() || user.unitId() == null) {
			return latest;
		}
		// newest first: the first of each month is its latest
		this.jdbc.sql(ROW + " where q.unit_id = :unit order by q.requested_at desc, q.id desc")
			.param("unit", user.unitId())
			.query(ReopenRequestService::row)
			.list()
			.forEach(r -> latest.putIfAbsent(key(r.campaignId(), r.month()), r));
		return latest;
	}

	/** The key of a month in {@link #latestOfMyUnit()}. */
	public static String key(long campaignId, LocalDate month) {
		return campaignId + "/" + month;
	}

	/** The latest request of a visible report's month, if any. */
	@Transactional(readOnly = true)
	public Optional<ReopenRequestRow> latestOf(ResultReport report) {
		return this.jdbc.sql(ROW + """
				where q.campaign_id = :c and q.unit_id = :u and q.period_month = :m
				order by q.requested_at desc, q.id desc limit 1
				""")
			.param("c", report.getCampaign().getId())
			.param("u", report.getUnit().getId())
			.param("m", Date.valueOf(report.getPeriodMonth()))
			.query(ReopenRequestService::row)
			.optional();
	}

	// ----------------------------------------------------------------- staff

	/**
	 * The requests waiting for an answer from the current user: for provincial staff,
	 * those of the units in their scope, oldest first; empty for everybody else.
	 */
	@Transactional(readOnly = true)
	public List<ReopenRequestRow> pending() {
		CurrentUser user = CurrentUser.get();
		if (!user.is(Role.PROVINCE_STAFF)) {
			return List.of();
		}
		Scope scope = user.scope();
		return this.jdbc.sql(ROW + """
				where q.state = 'REQUESTED' and unit_visible(u.id, u.path, :all, :prefix, :unitId)
				order by q.requested_at, q.id
				""").params(scope.parameters()).query(ReopenRequestService::row).list();
	}

	/** A request the current user sees, or 404. */
	@Transactional(readOnly = true)
	public ReopenRequestRow get(long id) {
		Scope scope = CurrentUser.get().scope();
		Map<String, Object> params = scope.parameters();
		params.put("id", id);
		return this.jdbc.sql(ROW + " where q.id = :id and unit_visible(u.id, u.path, :all, :prefix, :unitId)")
			.params(params)
			.query(ReopenRequestService::row)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	/** A request the current user sees and answers (provincial staff); 404, or 403. */
	@Transactional(readOnly = true)
	public ReopenRequestRow getForAnswer(long id) {
		ReopenRequestRow request = get(id);
		if (!CurrentUser.get().is(Role.PROVINCE_STAFF)) {
			throw new AccessDeniedException("Only provincial staff answer a request to reopen");
		}
		return request;
	}

	/** Whether the current user answers requests (provincial staff). */
	public boolean canAnswer(ReopenRequestRow request) {
		return request.isPending() && CurrentUser.get().is(Role.PROVINCE_STAFF);
	}

	/**
	 * Provincial staff grant a request: the month's report, opened now if the unit had
	 * not, is reopened until {@code reopen-days} days from today, with the unit's reason;
	 * refused when the month is no longer locked (the unit submitted it meanwhile, or it
	 * was reopened for longer).
	 */
	@Transactional
	public ReopenRequest grant(long id, long version) {
		ReopenRequest request = forStaff(id, version);
		if (!request.isPending()) {
			throw new BusinessRuleException("result.reopenRequest.error.answered." + request.getState());
		}
		LocalDate until = this.properties.reopenedDeadline(today());
		Long reportId = this.reports.findId(request.getCampaignId(), request.getUnitId(), request.getPeriodMonth())
			.orElse(null);
		if (reportId == null) {
			reportId = this.workflow.open(request.getCampaignId(), request.getUnitId(), request.getPeriodMonth())
				.getId();
		}
		ResultReport report = this.queries.get(reportId);
		if (!report.getState().isOpenToUnit() || !report.getDeadline().isBefore(until)) {
			throw new BusinessRuleException("result.reopenRequest.error.notLocked");
		}
		this.workflow.reopen(reportId, until, request.getReason());
		String by = CurrentUser.get().getUsername();
		request.grant(reportId, until, by, Instant.now(this.clock));
		this.requests.flush();
		this.events.publishEvent(AuditRecord
			.of("RESULT_REOPEN_GRANTED", ReopenRequest.AUDIT_TYPE, request.getId(), label(request.getId()))
			.change("result.field.state", stateLabel(ReopenRequestState.REQUESTED), stateLabel(request.getState()))
			.change("result.field.deadline", null, until)
			.build());
		return request;
	}

	/** Provincial staff refuse a request, with a reason the unit reads. */
	@Transactional
	public ReopenRequest refuse(long id, long version, String refusal) {
		ReopenRequest request = forStaff(id, version);
		request.refuse(refusal, CurrentUser.get().getUsername(), Instant.now(this.clock));
		this.requests.flush();
		this.events.publishEvent(AuditRecord
			.of("RESULT_REOPEN_REFUSED", ReopenRequest.AUDIT_TYPE, request.getId(), label(request.getId()))
			.change("result.field.state", stateLabel(ReopenRequestState.REQUESTED), stateLabel(request.getState()))
			.reason(request.getRefusalReason())
			.build());
		return request;
	}

	// ----------------------------------------------------------------- helpers

	private ReopenRequest forStaff(long id, long version) {
		getForAnswer(id);
		ReopenRequest request = this.requests.findById(id).orElseThrow(NotFoundException::new);
		if (version >= 0 && request.getVersion() != version) {
			throw new OptimisticLockingFailureException("Request " + id + " changed meanwhile");
		}
		return request;
	}

	private static void requireUnitUser() {
		CurrentUser user = CurrentUser.get();
		if (!user.role().isUnitLevel() || user.unitId() == null) {
			throw new AccessDeniedException("Only a unit asks to reopen its month");
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** "Unit · MM/yyyy · campaign", as the report's history names it. */
	private String label(long id) {
		return this.jdbc.sql("""
				select u.name || ' · ' || to_char(q.period_month, 'MM/YYYY') || ' · ' || k.name
				from result_reopen_request q join organization_unit_v u on u.id = q.unit_id
				join campaign_v k on k.id = q.campaign_id where q.id = :id
				""").param("id", id).query(String.class).single();
	}

	private static String stateLabel(ReopenRequestState state) {
		return "ReopenRequestState." + state;
	}

	private static ReopenRequestRow row(ResultSet rs, int i) throws SQLException {
		return new ReopenRequestRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
				rs.getString(6), rs.getDate(7).toLocalDate(), ReopenRequestState.valueOf(rs.getString(8)),
				rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getString(12),
				rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant(), rs.getString(14),
				rs.getDate(15) == null ? null : rs.getDate(15).toLocalDate(), (Long) rs.getObject(16),
				rs.getDate(17) == null ? null : rs.getDate(17).toLocalDate());
	}

}
