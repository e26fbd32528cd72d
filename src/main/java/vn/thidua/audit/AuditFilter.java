package vn.thidua.audit;

import java.time.LocalDate;

/**
 * The filters of the audit list, all optional.
 *
 * @param actor part of the username of who acted
 * @param action one action code, e.g. {@code ACCOUNT_DISABLED}
 * @param type one object type, e.g. {@code UNIT}
 * @param from first day (inclusive, Vietnam's time), typed as dd/MM/yyyy
 * @param to last day (inclusive)
 * @param q words of the object's label, accents ignored
 */
public record AuditFilter(String actor, String action, String type, LocalDate from, LocalDate to, String q) {

	static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	/** A range whose end comes before its start. */
	boolean isBackwards() {
		return this.from != null && this.to != null && this.to.isBefore(this.from);
	}

}
