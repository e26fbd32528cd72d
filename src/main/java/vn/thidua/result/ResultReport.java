package vn.thidua.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.scoring.IndicatorScore;
import vn.thidua.campaign.scoring.Scaling;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.Unit;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * A unit's periodic report (báo cáo kết quả) for one campaign and month, and its review
 * workflow:
 * <ul>
 * <li>{@code DRAFT} → {@code SUBMITTED}: the unit's commander submits, every indicator
 * entered, by the deadline;</li>
 * <li>{@code SUBMITTED} → {@code APPROVED} or {@code RETURNED} (with a comment on the
 * report or on indicators): the reviewer; while submitted the reviewer may adjust a
 * figure with a reason, and nobody else changes anything;</li>
 * <li>{@code RETURNED} → {@code SUBMITTED}: the unit corrects and its commander
 * resubmits.</li>
 * </ul>
 * The unit may change a draft or a returned report only until the deadline; staff may
 * reopen it with a reason, which moves the deadline later (never earlier), and may reopen
 * an approved report to correct it, which returns it to the unit. A report returned after
 * its deadline gets a new one, so that the unit can correct it. A month is submitted once
 * it has ended, or in its last days when the campaign allows it. Who may act is the
 * service's business; what may happen in each state is decided here.
 */
@Entity
@Table(name = "result_report")
@Getter
public class ResultReport {

	/** The type of a report's records in the history. */
	public static final String AUDIT_TYPE = "RESULT_REPORT";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id")
	private Campaign campaign;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cluster_id")
	private EmulationCluster cluster;

	private LocalDate periodMonth;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private ReportState state = ReportState.DRAFT;

	private String returnComment;

	private Instant submittedAt;

	private String submittedBy;

	private Instant reviewedAt;

	private String reviewedBy;

	private Instant reopenedAt;

	private String reopenedBy;

	private String reopenReason;

	private BigDecimal selfPoints;

	private BigDecimal reviewedPoints;

	/**
	 * The maximum of the indicators compared in the month, when the unit's indicator
	 * points are scaled to it; {@code null} when they are not.
	 */
	private BigDecimal scaleFull;

	/**
	 * The maximum of the indicators of the month that apply to the unit, when its points
	 * are scaled; {@code null} when they are not.
	 */
	private BigDecimal scaleApplicable;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ResultValue> values = new ArrayList<>();

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private String createdBy;

	private Instant updatedAt = Instant.now();

	protected ResultReport() {
	}

	ResultReport(Campaign campaign, Unit unit, EmulationCluster cluster, LocalDate periodMonth, LocalDate deadline,
			String createdBy) {
		if (periodMonth.getDayOfMonth() != 1) {
			throw new IllegalArgumentException("A period is a month: " + periodMonth);
		}
		this.campaign = campaign;
		this.unit = unit;
		this.cluster = cluster;
		this.periodMonth = periodMonth;
		this.deadline = deadline;
		this.createdBy = createdBy;
	}

	ResultValue addValue(Indicator indicator, int position, BigDecimal target) {
		ResultValue value = new ResultValue(this, indicator, position, target);
		this.values.add(value);
		return value;
	}

	/** A report recorded as history was opened when the history says, not now. */
	void openedAt(Instant at) {
		this.createdAt = at;
	}

	/** Whether the deadline has passed on {@code today}. */
	public boolean isPastDeadline(LocalDate today) {
		return today.isAfter(this.deadline);
	}

	/** Whether the unit may change the figures, notes and evidence on {@code today}. */
	public boolean isEditableByUnit(LocalDate today) {
		return this.state.isOpenToUnit() && !isPastDeadline(today);
	}

	/**
	 * Requires that the unit may change the report: a draft or a returned report, before
	 * its deadline.
	 */
	void requireEditableByUnit(LocalDate today) {
		if (!this.state.isOpenToUnit()) {
			throw new BusinessRuleException("result.error.notEditable." + this.state);
		}
		if (isPastDeadline(today)) {
			throw new BusinessRuleException(null, "result.error.locked",
					this.deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
	}

	/**
	 * Enters figures by value id; values not given keep theirs. The caller has checked
	 * every entry (nothing is changed when one is refused).
	 */
	void enter(Map<Long, Entry> entries, LocalDate today) {
		requireEditableByUnit(today);
		for (ResultValue value : this.values) {
			Entry entry = entries.get(value.getId());
			if (entry != null) {
				value.enter(entry);
			}
		}
	}

	/** Stores the self-assessed points of a value and the report's total. */
	void scoreSelf(ResultValue value, BigDecimal target, IndicatorScore score) {
		value.scoreSelf(target, score);
		this.selfPoints = selfTotal();
	}

	/**
	 * How the indicator points of this report are scaled (kept for the page and the
	 * totals); the totals are computed again.
	 */
	void scaleWith(Scaling scaling) {
		boolean applies = scaling != null && scaling.applies();
		this.scaleFull = applies ? scaling.full() : null;
		this.scaleApplicable = applies ? scaling.applicable() : null;
		retotal();
	}

	/**
	 * The totals computed again from the values' points, after a value was scored again
	 * (a later month whose cumulative figures changed); the reviewed total only once
	 * approved.
	 */
	void retotal() {
		this.selfPoints = selfTotal();
		if (this.state == ReportState.APPROVED) {
			this.reviewedPoints = reviewedTotal();
		}
	}

	/** Whether the indicator points are scaled to the table. */
	public boolean isScaled() {
		return this.scaleFull != null;
	}

	/** The scaling of this report, {@code null} when not scaled. */
	public Scaling scaling() {
		return isScaled() ? new Scaling(this.scaleFull, this.scaleApplicable) : null;
	}

	/** The sum of the self-assessed curve points before scaling, {@code null} if none. */
	public BigDecimal selfRawPoints() {
		return sum(this.values.stream().map(ResultValue::getSelfPoints).toList());
	}

	/** The self-assessed curve points scaled, {@code null} if none. */
	public BigDecimal selfScaledPoints() {
		BigDecimal raw = selfRawPoints();
		return raw == null ? null : scaled(raw);
	}

	/** The sum of the reviewed curve points before scaling, {@code null} if none. */
	public BigDecimal reviewedRawPoints() {
		return sum(this.values.stream().map(ResultValue::getReviewedPoints).toList());
	}

	/** The reviewed curve points scaled, {@code null} if none. */
	public BigDecimal reviewedScaledPoints() {
		BigDecimal raw = reviewedRawPoints();
		return raw == null ? null : scaled(raw);
	}

	private BigDecimal scaled(BigDecimal raw) {
		return isScaled() ? scaling().scale(raw) : raw;
	}

	/**
	 * The self-assessed total: the curve points, scaled, plus the bonuses above target,
	 * which are not ({@link Scaling}).
	 */
	private BigDecimal selfTotal() {
		BigDecimal points = selfScaledPoints();
		return points == null ? null
				: points.add(sum(this.values.stream().map(ResultValue::getSelfBonus).toList(), BigDecimal.ZERO));
	}

	private BigDecimal reviewedTotal() {
		BigDecimal points = reviewedScaledPoints();
		return points == null ? null
				: points.add(sum(this.values.stream().map(ResultValue::getReviewedBonus).toList(), BigDecimal.ZERO));
	}

	/**
	 * The first day the month may be submitted: once it has ended, or in its last days
	 * when the campaign allows it.
	 */
	public LocalDate firstSubmissionDay() {
		return this.campaign.firstSubmissionDay(this.periodMonth);
	}

	/**
	 * The commander submits: every indicator entered, by the deadline, and not before the
	 * month has ended (or its last days the campaign allows).
	 */
	void submit(String by, Instant at, LocalDate today) {
		requireEditableByUnit(today);
		if (today.isBefore(firstSubmissionDay())) {
			throw new BusinessRuleException(null, "result.error.monthNotEnded",
					firstSubmissionDay().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		long missing = this.values.stream().filter(v -> !v.isComplete()).count();
		if (missing > 0) {
			throw new BusinessRuleException("result.error.incomplete", missing);
		}
		this.values.forEach(ResultValue::resetReview);
		this.reviewedPoints = null;
		this.state = ReportState.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = at;
	}

	/** The reviewer accepts the report: the reviewed score is final. */
	void approve(String by, Instant at) {
		requireSubmitted();
		this.values.forEach(ResultValue::acceptSelfScore);
		this.reviewedPoints = reviewedTotal();
		this.state = ReportState.APPROVED;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	/**
	 * The reviewer returns the report for correction, with a comment on the report, on
	 * indicators (by value id), or both; at least one is required.
	 */
	void returnForCorrection(String comment, Map<Long, String> valueComments, String by, Instant at) {
		requireSubmitted();
		boolean any = comment != null && !comment.isBlank()
				|| valueComments.values().stream().anyMatch(c -> c != null && !c.isBlank());
		returnWith(any, comment, value -> valueComments.get(value.getId()), by, at);
	}

	/**
	 * As {@link #returnForCorrection(String, Map, String, Instant)}, with the comments
	 * found by value, for values not saved yet.
	 */
	void returnForCorrection(String comment, Function<ResultValue, String> valueComments, String by, Instant at) {
		requireSubmitted();
		boolean any = comment != null && !comment.isBlank()
				|| this.values.stream().map(valueComments).anyMatch(c -> c != null && !c.isBlank());
		returnWith(any, comment, valueComments, by, at);
	}

	private void returnWith(boolean any, String comment, Function<ResultValue, String> valueComments, String by,
			Instant at) {
		if (!any) {
			throw new BusinessRuleException("comment", "result.error.commentRequired");
		}
		this.returnComment = comment == null || comment.isBlank() ? null : comment.strip();
		for (ResultValue value : this.values) {
			value.comment(valueComments.apply(value));
		}
		this.state = ReportState.RETURNED;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	/**
	 * A report returned after its deadline gives the unit until {@code until} to correct
	 * it: otherwise it would come back locked, and nobody could correct it. The deadline
	 * only ever moves later.
	 */
	void giveTimeToCorrect(LocalDate until) {
		if (this.state != ReportState.RETURNED) {
			throw new IllegalStateException("Only a returned report is given time to correct: " + this.state);
		}
		if (until.isAfter(this.deadline)) {
			this.deadline = until;
		}
	}

	/**
	 * The reviewer adjusts the figures of one indicator, with a reason; the self-assessed
	 * figures and points stay as they were.
	 */
	void adjust(ResultValue value, Entry entry, String reason, IndicatorScore score) {
		requireSubmitted();
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "result.error.reasonRequired");
		}
		value.adjust(entry, reason, score);
	}

	/**
	 * Provincial staff reopen a report for the unit, with a reason, until a new deadline
	 * that is neither in the past nor before the current one: reopening never brings a
	 * deadline forward. A draft or returned report stays as it is; an approved report
	 * goes back to the unit as returned, with the reason as the comment and its review
	 * cleared, so that it leaves the ranking until it is approved again (its approved
	 * figures and points are in the history, which the caller records before).
	 */
	void reopen(LocalDate until, String reason, String by, Instant at, LocalDate today) {
		if (!this.state.isOpenToUnit() && this.state != ReportState.APPROVED) {
			throw new BusinessRuleException("result.error.reopenState." + this.state);
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "result.error.reasonRequired");
		}
		if (until == null || until.isBefore(today)) {
			throw new BusinessRuleException("until", "result.error.reopenUntilPast");
		}
		if (until.isBefore(this.deadline)) {
			throw new BusinessRuleException("until", "result.error.reopenUntilEarlier",
					this.deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		if (this.state == ReportState.APPROVED) {
			this.values.forEach(ResultValue::resetReview);
			this.reviewedPoints = null;
			this.state = ReportState.RETURNED;
			this.returnComment = reason.strip();
		}
		this.deadline = until;
		this.reopenReason = reason.strip();
		this.reopenedBy = by;
		this.reopenedAt = at;
	}

	/** The value of an indicator of this report, by the value's id, or {@code null}. */
	public ResultValue value(Long valueId) {
		return this.values.stream().filter(v -> Objects.equals(v.getId(), valueId)).findFirst().orElse(null);
	}

	private void requireSubmitted() {
		if (this.state != ReportState.SUBMITTED) {
			throw new BusinessRuleException("result.error.notSubmitted");
		}
	}

	/** The sum of the points scored so far; {@code null} while none is. */
	private static BigDecimal sum(List<BigDecimal> points) {
		return sum(points, null);
	}

	private static BigDecimal sum(List<BigDecimal> points, BigDecimal none) {
		return points.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(none);
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

}
