package vn.thidua.result;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The entry page's uploads keep what was typed: the figures and notes of the entry form
 * come with the evidence file (or its removal) and are saved as the draft in the same
 * transaction, checked exactly as "Lưu" checks them. When the figures or the file are
 * refused, nothing at all is changed (ADR 0016).
 */
@Service
@RequiredArgsConstructor
public class EntryDraftService {

	private final ReportWorkflowService results;

	private final EvidenceService evidence;

	/**
	 * Saves the typed figures, then attaches the file; all or nothing.
	 * @throws vn.thidua.shared.web.BusinessRuleException when the figures
	 * ({@link EntryRefusedException}) or the file are refused
	 */
	@Transactional
	public Evidence saveAndAddEvidence(long id, EntryForm form, Long valueId, MultipartFile upload) {
		saveTyped(id, form);
		return this.evidence.addEvidence(id, valueId, upload);
	}

	/** Saves the typed figures, then removes an evidence file; all or nothing. */
	@Transactional
	public Evidence saveAndRemoveEvidence(long id, EntryForm form, long evidenceId) {
		saveTyped(id, form);
		return this.evidence.removeEvidence(id, evidenceId);
	}

	/**
	 * A request without the entry form's lines (not sent from the entry page) saves
	 * nothing.
	 */
	private void saveTyped(long id, EntryForm form) {
		if (form != null && !form.getEntries().isEmpty()) {
			this.results.save(id, form);
		}
	}

}
