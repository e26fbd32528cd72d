package vn.thidua.result;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to reopen a locked month, as pages show it.
 *
 * @param id the request
 * @param version its version, sent back with the staff's answer
 * @param campaignId the campaign
 * @param campaignName its name
 * @param unitId the unit asking
 * @param unitName its name
 * @param month the first day of the month to reopen
 * @param state where the request is
 * @param reason why the unit asks
 * @param requestedBy who asked
 * @param requestedAt when
 * @param decidedBy who answered, {@code null} while pending
 * @param decidedAt when
 * @param refusalReason why it was refused
 * @param grantedUntil the new deadline, when granted
 * @param reportId the month's report, if opened
 * @param deadline the month's current deadline
 */
public record ReopenRequestRow(long id, long version, long campaignId, String campaignName, long unitId,
		String unitName, LocalDate month, ReopenRequestState state, String reason, String requestedBy,
		Instant requestedAt, String decidedBy, Instant decidedAt, String refusalReason, LocalDate grantedUntil,
		Long reportId, LocalDate deadline) {

	public boolean isPending() {
		return this.state == ReopenRequestState.REQUESTED;
	}

}
