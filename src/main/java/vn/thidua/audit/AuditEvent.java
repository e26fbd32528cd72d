package vn.thidua.audit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.Getter;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.shared.audit.AuditRecord;

/**
 * One stored line of history. Never changed once written.
 */
@Entity
@Table(name = "audit_event")
@Getter
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String objectType;

	private Long objectId;

	private String objectLabel;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private List<AuditRecord.Change> changes;

	private String reason;

	private String remoteAddr;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, AuditRecord record, String remoteAddr) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = record.action();
		this.objectType = record.objectType();
		this.objectId = record.objectId();
		this.objectLabel = limit(record.objectLabel(), 255);
		this.changes = record.changes();
		this.reason = limit(record.reason(), 1000);
		this.remoteAddr = remoteAddr;
	}

	private static String limit(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
