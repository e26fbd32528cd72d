package vn.thidua.award.deed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

import vn.thidua.shared.web.BusinessRuleException;

/**
 * A deed in the good-deed book: the unit, the officers concerned (none: the unit as a
 * whole), what happened, when and where, its kind, the letter's sender and scan, who
 * recorded it, and the one-off proposal dossier made from it, if any.
 */
@Entity
@Table(name = "award_good_deed")
@Getter
public class GoodDeed {

	/** The type of a deed's records in the history. */
	public static final String AUDIT_TYPE = "AWARD_GOOD_DEED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private GoodDeedKind kind;

	private LocalDate happenedOn;

	private String place;

	private String description;

	private String senderName;

	private Long scanFileId;

	private Long dossierId;

	private String recordedBy;

	private Instant recordedAt;

	@ElementCollection
	@CollectionTable(name = "award_good_deed_officer", joinColumns = @JoinColumn(name = "deed_id"))
	@Column(name = "officer_id")
	private Set<Long> officerIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected GoodDeed() {
	}

	GoodDeed(long unitId, GoodDeedForm form, Set<Long> officerIds, Long scanFileId, String by, Instant at) {
		this.unitId = unitId;
		this.kind = form.kind();
		this.happenedOn = form.happenedOn();
		this.place = form.place().strip();
		this.description = form.description().strip();
		this.senderName = form.senderName() == null || form.senderName().isBlank() ? null : form.senderName().strip();
		this.officerIds.addAll(officerIds);
		this.scanFileId = scanFileId;
		this.recordedBy = by;
		this.recordedAt = at;
	}

	/** Notes the one-off proposal dossier made from the deed (once). */
	void proposedIn(long dossierId) {
		if (this.dossierId != null) {
			throw new BusinessRuleException("award.deed.error.alreadyProposed");
		}
		this.dossierId = dossierId;
	}

	/** A deed already proposed stays: its dossier tells where the proposal came from. */
	void requireDeletable() {
		if (this.dossierId != null) {
			throw new BusinessRuleException("award.deed.error.proposedNotDeletable");
		}
	}

	/** A short label for the history: the date and the start of the text. */
	String label() {
		String text = this.description.length() > 60 ? this.description.substring(0, 60) + "…" : this.description;
		return this.happenedOn + " — " + text;
	}

}
