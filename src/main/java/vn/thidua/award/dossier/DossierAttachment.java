package vn.thidua.award.dossier;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * A file attached to a dossier (tài liệu kèm theo): an initiative's confirmation, the
 * council's minutes, a letter; its title is what the printed dossier lists.
 */
@Entity
@Table(name = "award_dossier_attachment")
@Getter
public class DossierAttachment {

	/** The longest title. */
	public static final int TITLE_MAX = 255;

	/** The most files one dossier holds. */
	public static final int MAX_PER_DOSSIER = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long dossierId;

	private long fileId;

	private String title;

	private String attachedBy;

	private Instant attachedAt;

	protected DossierAttachment() {
	}

	DossierAttachment(long dossierId, long fileId, String title, String by, Instant at) {
		this.dossierId = dossierId;
		this.fileId = fileId;
		this.title = title;
		this.attachedBy = by;
		this.attachedAt = at;
	}

}
