package vn.thidua.award.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.storage.FileRules;
import vn.thidua.shared.storage.FileStorage;
import vn.thidua.shared.storage.FileType;
import vn.thidua.shared.storage.StoredFile;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * The files attached to a dossier (tài liệu kèm theo): read by whoever may read the
 * dossier, attached and removed by the staff who may change it, and only while it is a
 * draft (or returned for correction): a submitted dossier is what the authority received.
 */
@Service
@RequiredArgsConstructor
public class DossierAttachments {

	private final DossierService dossiers;

	private final DossierAttachmentRepository attachments;

	private final FileStorage storage;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** An attached file as the dossier page and the printed dossier list it. */
	public record Attached(long id, String title, StoredFile file) {

	}

	/** The files a dossier may hold: scans and documents. */
	public FileRules rules() {
		return this.storage.rules(FileType.PDF, FileType.JPEG, FileType.PNG);
	}

	/** The size limit as users read it (MB). */
	public String maxMegabytes() {
		return this.storage.megabytes(rules().maxBytes());
	}

	/** The files of a dossier the user may read, in the order attached; otherwise 404. */
	@Transactional(readOnly = true)
	public List<Attached> list(long dossierId) {
		this.dossiers.readable(dossierId);
		return attachedTo(dossierId);
	}

	/** The files of a dossier already found readable, in the order attached. */
	List<Attached> attachedTo(long dossierId) {
		List<DossierAttachment> found = this.attachments.findByDossierIdOrderById(dossierId);
		// the files' metadata in one statement, not one a file
		Map<Long, StoredFile> files = this.storage.findAll(found.stream().map(DossierAttachment::getFileId).toList());
		return found.stream().map(a -> new Attached(a.getId(), a.getTitle(), files.get(a.getFileId()))).toList();
	}

	/** One attached file of a dossier the user may read; otherwise 404. */
	@Transactional(readOnly = true)
	public StoredFile file(long dossierId, long attachmentId) {
		this.dossiers.readable(dossierId);
		return this.attachments.findByIdAndDossierId(attachmentId, dossierId)
			.flatMap(a -> this.storage.find(a.getFileId()))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Attaches a file to a draft dossier: the count and the state are checked before the
	 * file is read; a refused file keeps nothing. The dossier's version moves on, so that
	 * a submission from a page that did not show this file is refused as a concurrent
	 * change.
	 */
	@Transactional
	public DossierAttachment attach(long dossierId, AttachmentForm form) {
		Dossier dossier = draft(dossierId);
		if (this.attachments.countByDossierId(dossierId) >= DossierAttachment.MAX_PER_DOSSIER) {
			throw new BusinessRuleException("file", "award.dossier.attachment.error.tooMany",
					DossierAttachment.MAX_PER_DOSSIER);
		}
		StoredFile stored = this.storage.store(form.file(), rules());
		DossierAttachment attachment = this.attachments.save(new DossierAttachment(dossierId, stored.id(),
				form.title().strip(), CurrentUser.get().getUsername(), Instant.now(this.clock)));
		this.entityManager.lock(dossier, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.events.publishEvent(this.dossiers.audit("AWARD_DOSSIER_FILE_ATTACHED", dossier)
			.change("award.dossier.attachment.field.file", null,
					attachment.getTitle() + " (" + stored.originalName() + ")")
			.build());
		return attachment;
	}

	/** Removes a file from a draft dossier, and the file with it. */
	@Transactional
	public void remove(long dossierId, long attachmentId) {
		Dossier dossier = draft(dossierId);
		DossierAttachment attachment = this.attachments.findByIdAndDossierId(attachmentId, dossierId)
			.orElseThrow(NotFoundException::new);
		String name = this.storage.find(attachment.getFileId()).map(StoredFile::originalName).orElse("");
		this.attachments.delete(attachment);
		this.attachments.flush();
		this.storage.delete(attachment.getFileId());
		this.entityManager.lock(dossier, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.events.publishEvent(this.dossiers.audit("AWARD_DOSSIER_FILE_REMOVED", dossier)
			.change("award.dossier.attachment.field.file", attachment.getTitle() + " (" + name + ")", null)
			.build());
	}

	private Dossier draft(long dossierId) {
		Dossier dossier = this.dossiers.writable(dossierId);
		if (!dossier.isDraft()) {
			throw new BusinessRuleException("award.dossier.attachment.error.notDraft");
		}
		return dossier;
	}

}
