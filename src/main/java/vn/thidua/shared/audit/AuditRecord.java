package vn.thidua.shared.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A state change worth keeping in the readable history, published as an application event
 * by the module that made it, inside its transaction.
 *
 * @param action what happened, e.g. {@code UNIT_UPDATED} (label key
 * {@code AuditAction.UNIT_UPDATED})
 * @param objectType e.g. {@code UNIT}, {@code CLUSTER}, {@code USER}
 * @param objectId the object's id, if any
 * @param objectLabel a readable name of the object at the time
 * @param changes field changes, field names being message keys
 * @param reason why, when the user gave a reason
 * @param actor who, when not the signed-in user (e.g. a failed login)
 */
public record AuditRecord(String action, String objectType, Long objectId, String objectLabel, List<Change> changes,
		String reason, String actor) {

	public static Builder of(String action, String objectType, Long objectId, String objectLabel) {
		return new Builder(action, objectType, objectId, objectLabel);
	}

	/** One field's change; values are already display text. */
	public record Change(String field, String oldValue, String newValue) {

	}

	public static final class Builder {

		private final String action;

		private final String objectType;

		private final Long objectId;

		private final String objectLabel;

		private final List<Change> changes = new ArrayList<>();

		private String reason;

		private String actor;

		private Builder(String action, String objectType, Long objectId, String objectLabel) {
			this.action = action;
			this.objectType = objectType;
			this.objectId = objectId;
			this.objectLabel = objectLabel;
		}

		/** Records the field only if its value changed. */
		public Builder change(String field, Object oldValue, Object newValue) {
			if (!Objects.equals(oldValue, newValue)) {
				this.changes.add(new Change(field, text(oldValue), text(newValue)));
			}
			return this;
		}

		public Builder reason(String reason) {
			this.reason = reason;
			return this;
		}

		public Builder actor(String actor) {
			this.actor = actor;
			return this;
		}

		public boolean hasChanges() {
			return !this.changes.isEmpty();
		}

		public AuditRecord build() {
			return new AuditRecord(this.action, this.objectType, this.objectId, this.objectLabel,
					List.copyOf(this.changes), this.reason, this.actor);
		}

		private static String text(Object value) {
			if (value == null) {
				return null;
			}
			if (value instanceof java.time.LocalDate date) {
				return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
			}
			return value.toString();
		}

	}

}
