package vn.thidua.award.decision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

import vn.thidua.award.catalogue.Authority;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * An award decision (quyết định khen thưởng): number and symbol, date, authority, signer,
 * kind, campaign, and the base salary in force on its date (its lines' amounts are
 * multiples of it). Its states:
 * <ul>
 * <li>{@code DRAFT}: staff enter it and its recipients; it may be changed or
 * deleted;</li>
 * <li>{@code RECORDED}: its lines are award records; it is never changed again. A
 * decision that amends it (with a reason) supersedes it once that one is recorded, and
 * the history keeps both.</li>
 * </ul>
 */
@Entity
@Table(name = "award_decision")
@Getter
public class AwardDecision {

	/** The type of a decision's records in the history. */
	public static final String AUDIT_TYPE = "AWARD_DECISION";

	/** Number and symbol: digits, a slash, then letters and digits joined by - or . */
	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
		.compile("\\s*\\d{1,6}\\s*/\\s*[\\p{L}\\d]+(?:[-.][\\p{L}\\d]+)*\\s*");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long issuerUnitId;

	@Enumerated(EnumType.STRING)
	private Authority authority;

	private String number;

	private String numberKey;

	private long numberScope;

	private int year;

	private LocalDate decidedOn;

	private String signer;

	@Enumerated(EnumType.STRING)
	private DecisionKind kind;

	private Long campaignId;

	private String summary;

	@Enumerated(EnumType.STRING)
	private DecisionState state = DecisionState.DRAFT;

	private Long amendsId;

	private String amendmentReason;

	private Long supersededById;

	/** The proposal dossier this decision answers, if it was entered from one. */
	private Long dossierId;

	private long baseSalary;

	private Long scanFileId;

	private String createdBy;

	private Instant createdAt;

	private String recordedBy;

	private Instant recordedAt;

	@Version
	private long version;

	protected AwardDecision() {
	}

	AwardDecision(long issuerUnitId, Long amendsId, String amendmentReason, String by, Instant at) {
		this.issuerUnitId = issuerUnitId;
		this.amendsId = amendsId;
		this.amendmentReason = amendmentReason;
		this.createdBy = by;
		this.createdAt = at;
	}

	/**
	 * Sets what the decision says, while it is a draft: the number's key (what makes it
	 * unique) is its text without spaces, in capitals.
	 */
	void answer(long dossierId) {
		this.dossierId = dossierId;
	}

	void describe(DecisionForm form, long baseSalary) {
		requireDraft();
		if (!NUMBER.matcher(form.number()).matches()) {
			throw new BusinessRuleException("number", "award.decision.error.numberFormat");
		}
		this.authority = form.authority();
		this.number = form.number().strip();
		this.numberKey = numberKey(this.number);
		this.numberScope = form.authority().isProvincial() ? this.issuerUnitId : 0;
		this.decidedOn = form.decidedOn();
		this.year = form.decidedOn().getYear();
		this.signer = form.signer().strip();
		this.kind = form.kind();
		this.campaignId = form.campaignId();
		this.summary = form.summary() == null || form.summary().isBlank() ? null : form.summary().strip();
		this.baseSalary = baseSalary;
	}

	static String numberKey(String number) {
		return number.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
	}

	public boolean isDraft() {
		return this.state == DecisionState.DRAFT;
	}

	public boolean isSuperseded() {
		return this.supersededById != null;
	}

	/** Records the decision: its lines become award records. */
	void record(int lines, String by, Instant at) {
		requireDraft();
		if (lines == 0) {
			throw new BusinessRuleException("award.decision.error.noLines");
		}
		this.state = DecisionState.RECORDED;
		this.recordedBy = by;
		this.recordedAt = at;
	}

	/** Marks this recorded decision as replaced by the decision that amends it. */
	void supersede(long amendingId) {
		if (isDraft() || isSuperseded()) {
			throw new BusinessRuleException("award.decision.error.notAmendable");
		}
		this.supersededById = amendingId;
	}

	/** Attaches the scan of the signed decision (a replacement keeps no old scan). */
	Long attachScan(long fileId) {
		Long previous = this.scanFileId;
		this.scanFileId = fileId;
		return previous;
	}

	void requireDraft() {
		if (!isDraft()) {
			throw new BusinessRuleException("award.decision.error.recorded");
		}
	}

}
