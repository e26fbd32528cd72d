package vn.thidua.result;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.ScoreReason;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * The reports as the API under {@code /api/v1/results} reads and writes them: the same
 * scoping as the pages, and writing through the same workflow as the entry page, so with
 * the same checks, roles and rules. The API's figures are turned into the entry form's
 * lines, and the refusals of the form back into the API's indicators and fields.
 */
@Service
@RequiredArgsConstructor
public class ReportApiService {

	private static final Pattern ENTRY_FIELD = Pattern.compile("entries\\[(\\d+)]\\.(\\w+)");

	private final ReportWorkflowService workflow;

	private final ReportQueries queries;

	private final ReportPermissions permissions;

	private final ReportScoring scoring;

	private final ResultReportRepository reports;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	public record Ref(long id, String name) {

	}

	public record UnitRef(long id, String code, String name) {

	}

	/** One report in a list. */
	public record ReportSummaryDto(long id, Ref campaign, UnitRef unit, Ref cluster, YearMonth month, ReportState state,
			LocalDate deadline, BigDecimal selfPoints, BigDecimal reviewedPoints, Instant submittedAt,
			Instant reviewedAt) {

	}

	/**
	 * One indicator of a report: the figures as entered (by shape: {@code value};
	 * {@code numerator} and {@code denominator}; {@code thisPeriod} and {@code lastYear};
	 * {@code done}), the target scored against (a change target as a positive decrease, 5
	 * = "giảm ≥ 5%"), the self-assessed points, and the reviewer's figures and points
	 * once reviewed.
	 */
	public record ValueDto(String indicator, String name, String measureUnit, Direction direction, EntryKind kind,
			BigDecimal target, BigDecimal value, Long numerator, Long denominator, BigDecimal thisPeriod,
			BigDecimal lastYear, Boolean done, String note, BigDecimal selfMeasured, BigDecimal selfPoints,
			BigDecimal selfBonus, ScoreReason selfReason, boolean adjusted, Figures reviewedFigures,
			String adjustReason, BigDecimal reviewedMeasured, BigDecimal reviewedPoints, BigDecimal reviewedBonus,
			String returnComment) {

	}

	/** The figures as the reviewer adjusted them. */
	public record Figures(BigDecimal value, Long numerator, Long denominator, BigDecimal thisPeriod,
			BigDecimal lastYear, Boolean done) {

	}

	public record ReportDto(long id, Ref campaign, UnitRef unit, Ref cluster, YearMonth month, ReportState state,
			LocalDate deadline, long version, BigDecimal selfPoints, BigDecimal reviewedPoints, Instant submittedAt,
			String submittedBy, Instant reviewedAt, String reviewedBy, String returnComment, String reopenReason,
			List<ValueDto> values) {

	}

	/**
	 * One indicator's figures to write, by its code; give the figures of its shape:
	 * {@code value} (a number), {@code numerator} + {@code denominator} (whole counts),
	 * {@code thisPeriod} + {@code lastYear} (a change against the same period last year),
	 * or {@code done}; and a note. A figure left out is cleared; an indicator left out
	 * keeps its figures; an empty list changes nothing.
	 */
	public record LineDto(String indicator, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
			BigDecimal thisPeriod, BigDecimal lastYear, Boolean done, String note) {

	}

	/**
	 * A refused figure: the indicator, the field of the line, why, and where in the
	 * request ({@code [2].numerator}: the third line's numerator).
	 */
	public record ProblemDto(String indicator, String field, String message, String path) {

	}

	/**
	 * Opening a unit's report for a month: the campaign, the unit (the caller's own when
	 * left out) and the month.
	 */
	public record OpenDto(Long campaign, Long unit, YearMonth month) {

	}

	/** An opened report, and whether this request created it. */
	public record Opened(boolean created, ReportDto report) {

	}

	/**
	 * Returning a report for correction: a comment on the report, comments on indicators
	 * by code, or both; at least one.
	 */
	public record ReturnDto(String comment, Map<String, String> indicators) {

	}

	public record ProblemsDto(int status, String message, List<ProblemDto> problems) {

	}

	/** The reports the caller sees, of a campaign and month when given; newest first. */
	@Transactional(readOnly = true)
	public List<ReportSummaryDto> reports(Long campaign, YearMonth month) {
		Scope scope = CurrentUser.get().scope();
		// the organisation's unit rule (unit_visible, V13) and, a rule of the results
		// kept here, the head and deputy units of the report's cluster, which review it
		return this.jdbc.sql("""
				select r.id, k.id, k.name, u.id, u.code, u.name, cl.id, cl.name, r.period_month, r.state, r.deadline,
				       r.self_points, r.reviewed_points, r.submitted_at, r.reviewed_at
				from result_report r join campaign_v k on k.id = r.campaign_id
				join organization_unit_v u on u.id = r.unit_id
				left join organization_cluster_v cl on cl.id = r.cluster_id
				where (cast(:campaign as bigint) is null or r.campaign_id = cast(:campaign as bigint))
				  and (cast(:month as date) is null or r.period_month = cast(:month as date))
				  and (unit_visible(u.id, u.path, :all, :prefix, :unitId) or cl.head_unit_id = :unitId
				       or cl.deputy_unit_id = :unitId)
				order by r.period_month desc, k.year desc, k.sort_key, k.id, cl.sort_key nulls last, u.sort_key, u.id
				""")
			.param("campaign", campaign)
			.param("month", month == null ? null : Date.valueOf(month.atDay(1)))
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unitId", scope.unitId())
			.query((rs, i) -> new ReportSummaryDto(rs.getLong(1), new Ref(rs.getLong(2), rs.getString(3)),
					new UnitRef(rs.getLong(4), rs.getString(5), rs.getString(6)),
					rs.getObject(7) == null ? null : new Ref(rs.getLong(7), rs.getString(8)),
					YearMonth.from(rs.getDate(9).toLocalDate()), ReportState.valueOf(rs.getString(10)),
					rs.getDate(11).toLocalDate(), strip(rs.getBigDecimal(12)), strip(rs.getBigDecimal(13)),
					instant(rs.getTimestamp(14)), instant(rs.getTimestamp(15))))
			.list();
	}

	/** One report the caller sees, with its figures; 404 outside the caller's scope. */
	@Transactional(readOnly = true)
	public ReportDto report(long id) {
		return dto(this.queries.getWithValues(id));
	}

	/**
	 * Writes the figures of a report by indicator code, through the entry page's
	 * workflow. Every problem of the request at once ({@link LinesRefused}: unknown or
	 * repeated indicators, figures of another shape than the indicator's, and the figures
	 * the entry page refuses), each with its path in the request, and nothing changed
	 * when one is refused.
	 */
	@Transactional
	public ReportDto write(long id, List<LineDto> lines, Long version) {
		ResultReport report = this.queries.getWithValues(id);
		if (!this.permissions.isOwnUnit(report)) {
			throw new AccessDeniedException("Only the unit enters its report");
		}
		if (lines.isEmpty() && this.permissions.canEdit(report)) {
			// nothing to write; who may not write still hears why from the workflow
			return dto(report);
		}
		EntryForm form = new EntryForm();
		form.setVersion(version == null ? -1 : version);
		List<ProblemDto> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		// the request's index of each line of the form, for the paths of the problems
		List<Integer> requestIndex = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			LineDto line = lines.get(i);
			String path = "[" + i + "]";
			String code = line == null || line.indicator() == null ? "" : line.indicator().strip();
			ResultValue value = report.getValues()
				.stream()
				.filter(v -> v.getIndicator().getCode().equals(code))
				.findFirst()
				.orElse(null);
			if (value == null) {
				problems.add(new ProblemDto(code, "indicator", message("api.result.unknownIndicator", code),
						path + ".indicator"));
				continue;
			}
			if (!seen.add(code)) {
				problems.add(new ProblemDto(code, "indicator", message("api.result.duplicateIndicator", code),
						path + ".indicator"));
				continue;
			}
			List<String> foreign = foreignFields(value.kind(), line);
			for (String field : foreign) {
				problems.add(new ProblemDto(code, field, message("api.result.wrongShape." + value.kind(), code, field),
						path + "." + field));
			}
			if (foreign.isEmpty()) {
				form.getEntries().add(entryLine(value, line));
				requestIndex.add(i);
			}
		}
		try {
			// the entry page's checks of the figures, so that every problem is listed
			this.scoring.check(report, form);
		}
		catch (EntryRefusedException ex) {
			ex.problems().stream().map(p -> problem(form, requestIndex, report, p)).forEach(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new LinesRefused(problems);
		}
		this.workflow.save(id, form);
		return dto(this.queries.getWithValues(id));
	}

	/**
	 * Figures given that the indicator's shape has no place for: a single value where a
	 * numerator and a denominator are asked, counts where a single value is, and so on.
	 */
	private static List<String> foreignFields(EntryKind kind, LineDto line) {
		List<String> foreign = new ArrayList<>();
		Map<String, Object> given = new LinkedHashMap<>();
		given.put("value", line.value());
		given.put("numerator", line.numerator());
		given.put("denominator", line.denominator());
		given.put("thisPeriod", line.thisPeriod());
		given.put("lastYear", line.lastYear());
		given.put("done", line.done());
		Set<String> allowed = switch (kind) {
			case VALUE -> Set.of("value");
			case RATIO -> Set.of("numerator", "denominator");
			case CHANGE -> Set.of("thisPeriod", "lastYear");
			case DONE -> Set.of("done");
		};
		given.forEach((field, figure) -> {
			if (figure != null && !allowed.contains(field)) {
				foreign.add(field);
			}
		});
		return foreign;
	}

	/**
	 * Opens (creates when needed) a unit's report for a month, as the results page does:
	 * the unit's own users, or provincial staff for a unit in their scope.
	 */
	@Transactional
	public Opened open(OpenDto request) {
		List<ProblemDto> problems = new ArrayList<>();
		if (request == null || request.campaign() == null) {
			problems.add(new ProblemDto(null, "campaign", message("api.result.required"), "campaign"));
		}
		if (request == null || request.month() == null) {
			problems.add(new ProblemDto(null, "month", message("api.result.required"), "month"));
		}
		Long unit = request == null || request.unit() == null ? CurrentUser.get().unitId() : request.unit();
		if (unit == null && request != null) {
			problems.add(new ProblemDto(null, "unit", message("api.result.required"), "unit"));
		}
		if (!problems.isEmpty()) {
			throw new LinesRefused(problems);
		}
		LocalDate month = request.month().atDay(1);
		boolean existed = this.reports.findId(request.campaign(), unit, month).isPresent();
		ResultReport report = this.workflow.open(request.campaign(), unit, month);
		return new Opened(!existed, dto(this.queries.getWithValues(report.getId())));
	}

	/** The reviewer approves the report: the reviewed score is final. */
	@Transactional
	public ReportDto approve(long id, Long version) {
		this.workflow.approve(id, version == null ? -1 : version);
		return dto(this.queries.getWithValues(id));
	}

	/**
	 * The reviewer returns the report with a comment on it and/or on indicators (by
	 * code); an unknown indicator or no comment at all is refused with every problem.
	 */
	@Transactional
	public ReportDto returnForCorrection(long id, ReturnDto request, Long version) {
		ResultReport report = this.queries.getWithValues(id);
		if (!this.permissions.isReviewer(report)) {
			throw new AccessDeniedException("Not a reviewer of this report");
		}
		String comment = request == null ? null : request.comment();
		Map<String, String> byCode = request == null || request.indicators() == null ? Map.of() : request.indicators();
		List<ProblemDto> problems = new ArrayList<>();
		Map<Long, String> valueComments = new LinkedHashMap<>();
		byCode.forEach((code, text) -> {
			ResultValue value = report.getValues()
				.stream()
				.filter(v -> v.getIndicator().getCode().equals(code))
				.findFirst()
				.orElse(null);
			if (value == null) {
				problems.add(new ProblemDto(code, "indicator", message("api.result.unknownIndicator", code),
						"indicators." + code));
			}
			else {
				valueComments.put(value.getId(), text);
			}
		});
		boolean any = comment != null && !comment.isBlank()
				|| valueComments.values().stream().anyMatch(c -> c != null && !c.isBlank());
		if (!any && problems.isEmpty()) {
			problems.add(new ProblemDto(null, "comment", message("result.error.commentRequired"), "comment"));
		}
		if (!problems.isEmpty()) {
			throw new LinesRefused(problems);
		}
		this.workflow.returnForCorrection(id, version == null ? -1 : version, comment, valueComments);
		return dto(this.queries.getWithValues(id));
	}

	/** The unit's commander submits the report. */
	@Transactional
	public ReportDto submit(long id, Long version) {
		this.workflow.submit(id, version == null ? -1 : version);
		return dto(this.queries.getWithValues(id));
	}

	/** Refused figures, in the caller's language. */
	public ProblemsDto refused(LinesRefused ex) {
		return new ProblemsDto(400, message("api.result.refused"), ex.problems);
	}

	/** What the workflow does not allow now, in the caller's language. */
	public ProblemsDto conflict(BusinessRuleException ex) {
		String text = message(ex.messageKey(), ex.arguments());
		return new ProblemsDto(409, text, List.of(new ProblemDto(null, ex.field(), text, ex.field())));
	}

	private ProblemDto problem(EntryForm form, List<Integer> requestIndex, ResultReport report,
			BusinessRuleException problem) {
		String text = message(problem.messageKey(), problem.arguments());
		Matcher matcher = problem.field() == null ? null : ENTRY_FIELD.matcher(problem.field());
		if (matcher == null || !matcher.matches()) {
			return new ProblemDto(null, problem.field(), text, problem.field());
		}
		int index = Integer.parseInt(matcher.group(1));
		EntryLine line = form.getEntries().get(index);
		ResultValue value = report.value(line.getValueId());
		String field = apiField(value.kind(), matcher.group(2));
		return new ProblemDto(value.getIndicator().getCode(), field, text,
				"[" + requestIndex.get(index) + "]." + field);
	}

	/** The field of the API's line that a field of the entry form stands for. */
	private static String apiField(EntryKind kind, String formField) {
		if (!"amount".equals(formField)) {
			return formField;
		}
		return switch (kind) {
			case VALUE, RATIO -> "value";
			case CHANGE -> "thisPeriod";
			case DONE -> "done";
		};
	}

	/** The API's figures as the entry form's text, read by the same rules. */
	private static EntryLine entryLine(ResultValue value, LineDto line) {
		EntryLine entry = new EntryLine();
		entry.setValueId(value.getId());
		BigDecimal amount = value.kind() == EntryKind.CHANGE && line.thisPeriod() != null ? line.thisPeriod()
				: line.value();
		entry.setAmount(text(amount));
		entry.setNumerator(text(line.numerator()));
		entry.setDenominator(text(line.denominator()));
		entry.setLastYear(text(line.lastYear()));
		entry.setDone(line.done() == null ? "" : line.done().toString());
		entry.setNote(line.note());
		return entry;
	}

	private static String text(BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private ReportDto dto(ResultReport report) {
		List<ValueDto> values = new ArrayList<>();
		for (ResultValue v : report.getValues()) {
			EntryKind kind = v.kind();
			boolean change = kind == EntryKind.CHANGE;
			Figures reviewed = v.isAdjusted() ? new Figures(change ? null : strip(v.getReviewedAmount()),
					v.getReviewedNumerator(), v.getReviewedDenominator(), change ? strip(v.getReviewedAmount()) : null,
					strip(v.getReviewedLastYear()), v.getReviewedDone()) : null;
			values.add(new ValueDto(v.getIndicator().getCode(), v.getIndicator().getName(),
					v.getIndicator().getMeasureUnit(), v.getIndicator().getDirection(), kind, strip(v.getTarget()),
					change ? null : strip(v.getAmount()), v.getNumerator(), v.getDenominator(),
					change ? strip(v.getAmount()) : null, strip(v.getLastYear()), v.getDone(), v.getNote(),
					strip(v.getSelfMeasured()), strip(v.getSelfPoints()), strip(v.getSelfBonus()), v.getSelfReason(),
					v.isAdjusted(), reviewed, v.getAdjustReason(), strip(v.getReviewedMeasured()),
					strip(v.getReviewedPoints()), strip(v.getReviewedBonus()), v.getReturnComment()));
		}
		var cluster = report.getCluster();
		return new ReportDto(report.getId(), new Ref(report.getCampaign().getId(), report.getCampaign().getName()),
				new UnitRef(report.getUnit().getId(), report.getUnit().getCode(), report.getUnit().getName()),
				cluster == null ? null : new Ref(cluster.getId(), cluster.getName()),
				YearMonth.from(report.getPeriodMonth()), report.getState(), report.getDeadline(), report.getVersion(),
				strip(report.getSelfPoints()), strip(report.getReviewedPoints()), report.getSubmittedAt(),
				report.getSubmittedBy(), report.getReviewedAt(), report.getReviewedBy(), report.getReturnComment(),
				report.getReopenReason(), values);
	}

	private String message(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private static BigDecimal strip(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros();
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** Lines refused before or by the service; nothing was changed. */
	public static class LinesRefused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient List<ProblemDto> problems;

		public List<ProblemDto> problems() {
			return this.problems;
		}

		LinesRefused(List<ProblemDto> problems) {
			super("Figures refused");
			this.problems = problems;
		}

	}

}
