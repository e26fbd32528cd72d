package vn.thidua.award.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/** One recipient proposed in a dossier: a unit, or an officer of a unit. */
@Entity
@Table(name = "award_dossier_line")
@Getter
public class DossierLine {

	/** The longest achievement summary. */
	public static final int ACHIEVEMENT_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long dossierId;

	private int lineNo;

	private long unitId;

	private Long officerId;

	private String recipientName;

	private long itemId;

	private String achievement;

	protected DossierLine() {
	}

	DossierLine(long dossierId, int lineNo, long unitId, Long officerId, String recipientName, long itemId,
			String achievement) {
		this.dossierId = dossierId;
		this.lineNo = lineNo;
		this.unitId = unitId;
		this.officerId = officerId;
		this.recipientName = recipientName;
		this.itemId = itemId;
		this.achievement = achievement;
	}

	public boolean isCollective() {
		return this.officerId == null;
	}

}
