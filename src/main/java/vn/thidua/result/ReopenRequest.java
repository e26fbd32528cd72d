package vn.thidua.result;

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

import vn.thidua.shared.web.BusinessRuleException;

/**
 * A unit's request to reopen one of its months after the deadline (đề nghị mở lại), with
 * its reason, and its answer:
 * <ul>
 * <li>{@code REQUESTED} → {@code GRANTED}: provincial staff give the unit a new deadline
 * (the report records the reopening);</li>
 * <li>{@code REQUESTED} → {@code REFUSED}: staff refuse, with a reason; the unit may ask
 * again.</li>
 * </ul>
 * One request of a unit, campaign and month is open at a time (a database constraint).
 * Who may ask and answer is the service's business; what may happen in each state is
 * decided here.
 */
@Entity
@Table(name = "result_reopen_request")
@Getter
public class ReopenRequest {

	/** The type of a request's records in the history. */
	public static final String AUDIT_TYPE = "RESULT_REOPEN_REQUEST";

	/** The longest reason, of the request or of a refusal (the column's length). */
	public static final int REASON_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long campaignId;

	private Long unitId;

	private LocalDate periodMonth;

	@Enumerated(EnumType.STRING)
	private ReopenRequestState state = ReopenRequestState.REQUESTED;

	private String reason;

	private String requestedBy;

	private Instant requestedAt;

	private String decidedBy;

	private Instant decidedAt;

	private String refusalReason;

	private LocalDate grantedUntil;

	private Long reportId;

	@Version
	private long version;

	protected ReopenRequest() {
	}

	ReopenRequest(long campaignId, long unitId, LocalDate periodMonth, String reason, String by, Instant at) {
		if (periodMonth.getDayOfMonth() != 1) {
			throw new IllegalArgumentException("A period is a month: " + periodMonth);
		}
		this.campaignId = campaignId;
		this.unitId = unitId;
		this.periodMonth = periodMonth;
		this.reason = requireReason("reason", reason);
		this.requestedBy = by;
		this.requestedAt = at;
	}

	/** Whether staff still have to answer. */
	public boolean isPending() {
		return this.state == ReopenRequestState.REQUESTED;
	}

	/**
	 * Staff grant the request: the month's report is open to the unit until
	 * {@code until}.
	 */
	void grant(long reportId, LocalDate until, String by, Instant at) {
		requirePending();
		this.state = ReopenRequestState.GRANTED;
		this.reportId = reportId;
		this.grantedUntil = until;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	/** Staff refuse the request, with a reason the unit reads. */
	void refuse(String refusal, String by, Instant at) {
		requirePending();
		this.refusalReason = requireReason("refusalReason", refusal);
		this.state = ReopenRequestState.REFUSED;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	private void requirePending() {
		if (!isPending()) {
			throw new BusinessRuleException("result.reopenRequest.error.answered." + this.state);
		}
	}

	private static String requireReason(String field, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException(field, "result.reopenRequest.error.reasonRequired");
		}
		String stripped = reason.strip();
		if (stripped.length() > REASON_MAX) {
			throw new BusinessRuleException(field, "result.reopenRequest.error.reasonTooLong");
		}
		return stripped;
	}

}
