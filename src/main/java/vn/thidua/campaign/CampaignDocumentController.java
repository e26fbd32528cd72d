package vn.thidua.campaign;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.storage.FileStorage;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * The launch documents of a campaign: the page adding one (title and PDF), the download,
 * and the removal button of a draft.
 */
@Controller
@RequestMapping("/campaigns/{id}/documents")
@RequiredArgsConstructor
class CampaignDocumentController {

	private final CampaignService campaigns;

	private final CampaignDocumentService documents;

	private final FileStorage storage;

	@GetMapping("/new")
	String form(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Campaign campaign = editable(id);
		if (!campaign.isEditable()) {
			FlashMessages.error(redirect, "campaign.document.error.finished");
			return "redirect:/campaigns/" + id;
		}
		model.addAttribute("form", new DocumentForm("", null));
		return page(campaign, model);
	}

	@PostMapping("/new")
	String add(@PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		editable(id);
		return Submissions.submit(result, () -> {
			CampaignDocument document = this.documents.add(id, form.title(), form.file());
			FlashMessages.success(redirect, "campaign.document.added", document.title());
			return "redirect:/campaigns/" + id + "#campaign-documents";
		}, () -> page(this.campaigns.get(id), model));
	}

	@GetMapping("/{documentId}")
	void download(@PathVariable long id, @PathVariable long documentId, HttpServletResponse response) {
		this.storage.send(this.documents.get(id, documentId).file(), response);
	}

	@PostMapping("/{documentId}/delete")
	String remove(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
		editable(id);
		Submissions.flashRefusal(redirect, () -> {
			CampaignDocument document = this.documents.remove(id, documentId);
			FlashMessages.success(redirect, "campaign.document.removed", document.title());
		});
		return "redirect:/campaigns/" + id + "#campaign-documents";
	}

	private String page(Campaign campaign, Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("rules", this.documents.rules());
		model.addAttribute("maxMegabytes", this.documents.maxMegabytes());
		return "campaign/document-form";
	}

	private Campaign editable(long id) {
		Campaign campaign = this.campaigns.get(id);
		if (!this.campaigns.canEdit(campaign)) {
			throw new AccessDeniedException("Not allowed");
		}
		return campaign;
	}

}
