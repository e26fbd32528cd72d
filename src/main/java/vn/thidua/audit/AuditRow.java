package vn.thidua.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.thidua.shared.audit.AuditRecord;

/**
 * One line of the audit list, with the address of the object's page where it has one.
 */
public record AuditRow(long id, Instant occurredAt, String actor, String action, String objectType, Long objectId,
		String objectLabel, List<AuditRecord.Change> changes, String reason, String remoteAddr) {

	/** Pages of the objects that have one, by object type. */
	private static final Map<String, String> PAGES = Map.of("UNIT", "/units/", "CLUSTER", "/clusters/", "OFFICER",
			"/officers/", "USER", "/admin/accounts/");

	static AuditRow of(AuditEvent event) {
		return new AuditRow(event.getId(), event.getOccurredAt(), event.getActor(), event.getAction(),
				event.getObjectType(), event.getObjectId(), event.getObjectLabel(),
				event.getChanges() == null ? List.of() : event.getChanges(), event.getReason(), event.getRemoteAddr());
	}

	/** The path of the object's page, or {@code null}. */
	public String link() {
		String prefix = PAGES.get(this.objectType);
		return prefix == null || this.objectId == null ? null : prefix + this.objectId;
	}

}
