package vn.thidua.shared.audit;

import java.time.Instant;
import java.util.List;

/**
 * Reads the history of one object, for its page. The caller has already checked that the
 * user may see the object.
 */
public interface AuditTrail {

	List<Entry> historyOf(String objectType, long objectId);

	/** One line of history. */
	record Entry(Instant occurredAt, String actor, String action, String objectType, Long objectId, String objectLabel,
			List<AuditRecord.Change> changes, String reason) {

	}

}
