package vn.thidua.result;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import lombok.Getter;

import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.scoring.IndicatorScore;
import vn.thidua.campaign.scoring.ScoreReason;

/**
 * What a unit reports for one indicator in one report: the figures as entered and their
 * self-assessed points, and, once reviewed, the figures as the reviewer adjusted them
 * (with the reason) and the reviewed points. Changed only through its
 * {@link ResultReport}.
 */
@Entity
@Table(name = "result_value")
@Getter
public class ResultValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id")
	private ResultReport report;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	private int position;

	private BigDecimal amount;

	private Long numerator;

	private Long denominator;

	private BigDecimal lastYear;

	private Boolean done;

	private String note;

	/** The target scored against, stored like {@link Indicator#getTarget()}. */
	private BigDecimal target;

	private BigDecimal selfPoints;

	private BigDecimal selfBonus;

	private BigDecimal selfMeasured;

	@Enumerated(EnumType.STRING)
	private ScoreReason selfReason;

	private BigDecimal reviewedAmount;

	private Long reviewedNumerator;

	private Long reviewedDenominator;

	private BigDecimal reviewedLastYear;

	private Boolean reviewedDone;

	private boolean adjusted;

	private String adjustReason;

	private BigDecimal reviewedPoints;

	private BigDecimal reviewedBonus;

	private BigDecimal reviewedMeasured;

	@Enumerated(EnumType.STRING)
	private ScoreReason reviewedReason;

	@Column(name = "return_comment")
	private String returnComment;

	protected ResultValue() {
	}

	ResultValue(ResultReport report, Indicator indicator, int position, BigDecimal target) {
		this.report = report;
		this.indicator = indicator;
		this.position = position;
		this.target = target;
	}

	public EntryKind kind() {
		return EntryKind.of(this.indicator);
	}

	/** The figures as entered. */
	public Entry entry() {
		return new Entry(this.amount, this.numerator, this.denominator, this.lastYear, this.done, this.note);
	}

	/** The figures as reviewed: adjusted by the reviewer, else as entered. */
	public Entry reviewedEntry() {
		return this.adjusted ? new Entry(this.reviewedAmount, this.reviewedNumerator, this.reviewedDenominator,
				this.reviewedLastYear, this.reviewedDone, this.note) : entry();
	}

	/** Whether every figure the indicator needs is entered. */
	public boolean isComplete() {
		return entry().measurement(kind()) != null;
	}

	/** Self-assessed points plus bonus, {@code null} until scored. */
	public BigDecimal selfTotal() {
		return this.selfPoints == null ? null : this.selfPoints.add(this.selfBonus);
	}

	/** Reviewed points plus bonus, {@code null} until reviewed. */
	public BigDecimal reviewedTotal() {
		return this.reviewedPoints == null ? null : this.reviewedPoints.add(this.reviewedBonus);
	}

	void enter(Entry entry) {
		this.amount = entry.amount();
		this.numerator = entry.numerator();
		this.denominator = entry.denominator();
		this.lastYear = entry.lastYear();
		this.done = entry.done();
		this.note = blankToNull(entry.note());
	}

	/** Aims the value at the unit's own target, before any entry. */
	void retarget(BigDecimal target) {
		this.target = target;
	}

	/** The last-year figure found in last year's approved report, before any entry. */
	void prefillLastYear(BigDecimal value) {
		if (this.lastYear == null) {
			this.lastYear = value;
		}
	}

	void scoreSelf(BigDecimal target, IndicatorScore score) {
		this.target = target;
		this.selfPoints = score == null ? null : score.points();
		this.selfBonus = score == null ? null : score.bonus();
		this.selfMeasured = score == null ? null : score.measured();
		this.selfReason = score == null ? null : score.reason();
	}

	void adjust(Entry entry, String reason, IndicatorScore score) {
		this.adjusted = true;
		this.reviewedAmount = entry.amount();
		this.reviewedNumerator = entry.numerator();
		this.reviewedDenominator = entry.denominator();
		this.reviewedLastYear = entry.lastYear();
		this.reviewedDone = entry.done();
		this.adjustReason = reason.strip();
		scoreReviewed(score);
	}

	/** At approval: what was not adjusted is reviewed as self-assessed. */
	void acceptSelfScore() {
		if (!this.adjusted) {
			this.reviewedPoints = this.selfPoints;
			this.reviewedBonus = this.selfBonus;
			this.reviewedMeasured = this.selfMeasured;
			this.reviewedReason = this.selfReason;
		}
	}

	/**
	 * Scored again from figures that did not change here (a change indicator whose
	 * cumulative figures changed with an earlier month): the self-assessed points, and
	 * the reviewed points when there are any.
	 */
	void rescore(IndicatorScore self, IndicatorScore reviewed) {
		if (self != null) {
			scoreSelf(this.target, self);
		}
		if (reviewed != null && this.reviewedPoints != null) {
			scoreReviewed(reviewed);
		}
	}

	private void scoreReviewed(IndicatorScore score) {
		this.reviewedPoints = score.points();
		this.reviewedBonus = score.bonus();
		this.reviewedMeasured = score.measured();
		this.reviewedReason = score.reason();
	}

	/** A new submission is reviewed afresh. */
	void resetReview() {
		this.adjusted = false;
		this.reviewedAmount = null;
		this.reviewedNumerator = null;
		this.reviewedDenominator = null;
		this.reviewedLastYear = null;
		this.reviewedDone = null;
		this.adjustReason = null;
		this.reviewedPoints = null;
		this.reviewedBonus = null;
		this.reviewedMeasured = null;
		this.reviewedReason = null;
	}

	void comment(String comment) {
		this.returnComment = blankToNull(comment);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
