package vn.thidua.result;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.ScoreReason;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * API of the periodic reports under {@code /api/v1/results}: reading the reports the
 * caller sees (the same scoping as the pages: outside it answers 404), and writing the
 * figures of a report for units that keep them in another system, through the same
 * service as the entry page, so with the same checks, roles and workflow rules.
 * <p>
 * Refusals: figures that are not accepted answer 400 with every problem (indicator, field
 * and message in the caller's language, Vietnamese by default) and nothing is changed; a
 * report that the workflow does not let the caller change (sent, approved, past its
 * deadline) or submit (incomplete) answers 409; a report of another unit that the caller
 * sees answers 403.
 */
@RestController
@RequestMapping(path = "/api/v1/results", produces = "application/json")
@RequiredArgsConstructor
@Tag(name = "Kết quả thi đua / Results",
		description = "Báo cáo kết quả hằng tháng của đơn vị: số liệu, điểm tự chấm, điểm thẩm định — "
				+ "periodic reports of units: figures, self-assessed and reviewed points")
class ResultApi {

	private static final Pattern ENTRY_FIELD = Pattern.compile("entries\\[(\\d+)]\\.(\\w+)");

	private final ResultService results;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	record Ref(long id, String name) {

	}

	record UnitRef(long id, String code, String name) {

	}

	/** One report in a list. */
	record ReportSummaryDto(long id, Ref campaign, UnitRef unit, Ref cluster, YearMonth month, ReportState state,
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
	record ValueDto(String indicator, String name, String measureUnit, Direction direction, EntryKind kind,
			BigDecimal target, BigDecimal value, Long numerator, Long denominator, BigDecimal thisPeriod,
			BigDecimal lastYear, Boolean done, String note, BigDecimal selfMeasured, BigDecimal selfPoints,
			BigDecimal selfBonus, ScoreReason selfReason, boolean adjusted, Figures reviewedFigures,
			String adjustReason, BigDecimal reviewedMeasured, BigDecimal reviewedPoints, BigDecimal reviewedBonus,
			String returnComment) {

	}

	/** The figures as the reviewer adjusted them. */
	record Figures(BigDecimal value, Long numerator, Long denominator, BigDecimal thisPeriod, BigDecimal lastYear,
			Boolean done) {

	}

	record ReportDto(long id, Ref campaign, UnitRef unit, Ref cluster, YearMonth month, ReportState state,
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
	record LineDto(String indicator, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
			BigDecimal thisPeriod, BigDecimal lastYear, Boolean done, String note) {

	}

	/** A refused figure: the indicator, the field of the line and why. */
	record ProblemDto(String indicator, String field, String message) {

	}

	record ProblemsDto(int status, String message, List<ProblemDto> problems) {

	}

	@GetMapping
	@Operation(summary = "Báo cáo kết quả trong phạm vi / Reports in scope",
			description = "Báo cáo của đơn vị mình, của các đơn vị thuộc phạm vi, và của thành viên cụm, khối mà "
					+ "đơn vị mình làm trưởng. Lọc theo đợt thi đua và tháng (yyyy-MM); tháng mới nhất trước.")
	@Transactional(readOnly = true)
	public List<ReportSummaryDto> reports(
			@Parameter(description = "mã đợt thi đua / campaign id") @RequestParam(required = false) Long campaign,
			@Parameter(description = "tháng / month (yyyy-MM)") @RequestParam(required = false) @DateTimeFormat(
					pattern = "yyyy-MM") YearMonth month) {
		Scope scope = CurrentUser.get().scope();
		return this.jdbc.sql("""
				select r.id, k.id, k.name, u.id, u.code, u.name, cl.id, cl.name, r.period_month, r.state, r.deadline,
				       r.self_points, r.reviewed_points, r.submitted_at, r.reviewed_at
				from result_report r join campaign k on k.id = r.campaign_id join unit u on u.id = r.unit_id
				left join emulation_cluster cl on cl.id = r.cluster_id
				where (cast(:campaign as bigint) is null or r.campaign_id = cast(:campaign as bigint))
				  and (cast(:month as date) is null or r.period_month = cast(:month as date))
				  and (:all or u.path like :prefix or u.id = :unitId or cl.head_unit_id = :unitId)
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

	@GetMapping("/{id}")
	@Operation(summary = "Một báo cáo kết quả với số liệu từng chỉ tiêu / One report with its figures",
			description = "Số liệu đơn vị nhập, chỉ tiêu tính điểm, điểm tự chấm; số liệu và điểm thẩm định; "
					+ "ý kiến khi trả lại. version dùng để gửi kèm khi ghi.")
	@ApiResponse(responseCode = "404", description = "ngoài phạm vi / outside the caller's scope")
	@Transactional(readOnly = true)
	public ReportDto report(@PathVariable long id) {
		return dto(this.results.getWithValues(id));
	}

	@PutMapping(path = "/{id}/values", consumes = "application/json")
	@Operation(summary = "Ghi số liệu của báo cáo / Write the figures of a report",
			description = "Cho đơn vị theo dõi số liệu ở hệ thống khác: cùng kiểm tra, phân quyền và quy trình như "
					+ "trang nhập số liệu (cán bộ, chỉ huy của chính đơn vị; báo cáo đang nhập hoặc bị trả lại, "
					+ "chưa quá hạn). Điểm tự chấm được tính lại. 400: số liệu không hợp lệ, không có gì thay đổi; "
					+ "409: báo cáo đã gửi, đã phê duyệt, đã khóa hoặc đã bị người khác sửa (version).")
	@ApiResponse(responseCode = "400", description = "số liệu không hợp lệ / figures refused, nothing changed")
	@ApiResponse(responseCode = "403", description = "không phải đơn vị của báo cáo / not the report's unit")
	@ApiResponse(responseCode = "404", description = "ngoài phạm vi / outside the caller's scope")
	@ApiResponse(responseCode = "409", description = "báo cáo không sửa được / the report cannot be changed")
	@Transactional
	public ReportDto write(@PathVariable long id, @RequestBody List<LineDto> lines, @Parameter(
			description = "version của báo cáo đã đọc (không bắt buộc) / the version read (optional)") @RequestParam(
					required = false) Long version) {
		ResultReport report = this.results.getWithValues(id);
		if (lines.isEmpty() && this.results.canEdit(report)) {
			// nothing to write; who may not write still hears why from the service
			return dto(report);
		}
		EntryForm form = new EntryForm();
		form.setVersion(version == null ? -1 : version);
		List<ProblemDto> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (LineDto line : lines) {
			String code = line == null || line.indicator() == null ? "" : line.indicator().strip();
			ResultValue value = report.getValues()
				.stream()
				.filter(v -> v.getIndicator().getCode().equals(code))
				.findFirst()
				.orElse(null);
			if (value == null) {
				problems.add(new ProblemDto(code, "indicator", message("api.result.unknownIndicator", code)));
				continue;
			}
			if (!seen.add(code)) {
				problems.add(new ProblemDto(code, "indicator", message("api.result.duplicateIndicator", code)));
				continue;
			}
			form.getEntries().add(entryLine(value, line));
		}
		if (!problems.isEmpty()) {
			throw new LinesRefused(problems);
		}
		try {
			this.results.save(id, form);
		}
		catch (EntryRefusedException ex) {
			throw new LinesRefused(ex.problems().stream().map(p -> problem(form, report, p)).toList());
		}
		return dto(this.results.getWithValues(id));
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Gửi báo cáo để thẩm định / Submit a report for review",
			description = "Chỉ huy của đơn vị gửi khi đã nhập đủ các chỉ tiêu, trước hạn. 409: thiếu số liệu, "
					+ "đã gửi, đã phê duyệt hoặc đã khóa.")
	@ApiResponse(responseCode = "403", description = "không phải chỉ huy của đơn vị / not the unit's commander")
	@ApiResponse(responseCode = "404", description = "ngoài phạm vi / outside the caller's scope")
	@ApiResponse(responseCode = "409", description = "không gửi được / cannot be submitted")
	@Transactional
	public ReportDto submit(@PathVariable long id, @Parameter(
			description = "version của báo cáo đã đọc (không bắt buộc) / the version read (optional)") @RequestParam(
					required = false) Long version) {
		this.results.submit(id, version == null ? -1 : version);
		return dto(this.results.getWithValues(id));
	}

	/** Figures refused by this API or by the service: 400, nothing changed. */
	@ExceptionHandler(LinesRefused.class)
	ResponseEntity<ProblemsDto> refused(LinesRefused ex) {
		return ResponseEntity.badRequest().body(new ProblemsDto(400, message("api.result.refused"), ex.problems));
	}

	/** The workflow does not allow it now: 409 with the reason. */
	@ExceptionHandler(BusinessRuleException.class)
	ResponseEntity<ProblemsDto> conflict(BusinessRuleException ex) {
		String text = message(ex.messageKey(), ex.arguments());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(new ProblemsDto(409, text, List.of(new ProblemDto(null, ex.field(), text))));
	}

	private ProblemDto problem(EntryForm form, ResultReport report, BusinessRuleException problem) {
		String text = message(problem.messageKey(), problem.arguments());
		Matcher matcher = problem.field() == null ? null : ENTRY_FIELD.matcher(problem.field());
		if (matcher == null || !matcher.matches()) {
			return new ProblemDto(null, problem.field(), text);
		}
		EntryLine line = form.getEntries().get(Integer.parseInt(matcher.group(1)));
		ResultValue value = report.value(line.getValueId());
		return new ProblemDto(value.getIndicator().getCode(), apiField(value.kind(), matcher.group(2)), text);
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
	static class LinesRefused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient List<ProblemDto> problems;

		LinesRefused(List<ProblemDto> problems) {
			super("Figures refused");
			this.problems = problems;
		}

	}

}
