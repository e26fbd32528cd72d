package vn.thidua.award.dossier;

import java.time.Instant;

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
 * A proposal dossier (hồ sơ đề nghị khen thưởng): the proposing unit, the year, the
 * authority asked, what it was made from, and its state: {@code DRAFT} →
 * {@code SUBMITTED} → {@code DECIDED} or {@code RETURNED} (with a reason).
 */
@Entity
@Table(name = "award_dossier")
@Getter
public class Dossier {

	/** The type of a dossier's records in the history. */
	public static final String AUDIT_TYPE = "AWARD_DOSSIER";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long proposingUnitId;

	private int year;

	@Enumerated(EnumType.STRING)
	private Authority authority;

	@Enumerated(EnumType.STRING)
	private DossierSource source;

	private Long sourceId;

	@Enumerated(EnumType.STRING)
	private DossierState state = DossierState.DRAFT;

	private String returnReason;

	private String createdBy;

	private Instant createdAt;

	private Instant submittedAt;

	@Version
	private long version;

	protected Dossier() {
	}

	Dossier(long proposingUnitId, int year, Authority authority, DossierSource source, Long sourceId, String by,
			Instant at) {
		this.proposingUnitId = proposingUnitId;
		this.year = year;
		this.authority = authority;
		this.source = source;
		this.sourceId = sourceId;
		this.createdBy = by;
		this.createdAt = at;
	}

	/** Sends a draft (or a returned dossier, corrected) to the authority. */
	void submit(Instant at) {
		if (this.state != DossierState.DRAFT && this.state != DossierState.RETURNED) {
			throw new BusinessRuleException("award.dossier.error.notDraft");
		}
		this.state = DossierState.SUBMITTED;
		this.submittedAt = at;
		this.returnReason = null;
	}

	/** Sends a submitted dossier back, with the reason. */
	void sendBack(String reason) {
		if (this.state != DossierState.SUBMITTED) {
			throw new BusinessRuleException("award.dossier.error.notSubmitted");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "award.dossier.error.reasonRequired");
		}
		this.state = DossierState.RETURNED;
		this.returnReason = reason.strip();
	}

	/** The authority decided on a submitted dossier. */
	void decided() {
		if (this.state != DossierState.SUBMITTED) {
			throw new BusinessRuleException("award.dossier.error.notSubmitted");
		}
		this.state = DossierState.DECIDED;
	}

	public boolean isDraft() {
		return this.state == DossierState.DRAFT || this.state == DossierState.RETURNED;
	}

}
