package vn.thidua.award.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.catalogue.RecipientType;
import vn.thidua.award.decision.AwardDecision;
import vn.thidua.award.dossier.DossierService.DecisionAnswer;
import vn.thidua.shared.document.DocumentRenderer;
import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.storage.FileStorage;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * Proposal dossiers: the list (with the yearly title lists waiting for one), a dossier's
 * page with its lines, the printed dossier (print view, PDF, DOCX), and the staff's
 * steps: make one from a tallied voting session or a submitted title list, submit it,
 * send it back, enter the decision taken on it.
 */
@Controller
@RequestMapping("/awards/dossiers")
@RequiredArgsConstructor
class DossierController {

	static final String PRINT = "award/dossier-print";

	/** The official document is Vietnamese, whatever the language of the pages. */
	static final Locale VIETNAMESE = DossierService.VIETNAMESE;

	private final DossierService dossiers;

	private final DossierAttachments attachments;

	private final ManualDossiers manual;

	private final FileStorage storage;

	private final DossierPrint print;

	private final DossierDocx docx;

	private final DocumentRenderer documents;

	private final Clock clock;

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(this.clock).getYear() : year;
		model.addAttribute("dossiers", this.dossiers.list());
		model.addAttribute("mayCreate", this.dossiers.mayCreate());
		model.addAttribute("year", shown);
		model.addAttribute("submittedLists", this.dossiers.submittedLists(shown));
		model.addAttribute("authorities", Authority.values());
		if (!model.containsAttribute("manual")) {
			model.addAttribute("manual", new ManualDossierForm(shown, Authority.DIRECTOR));
		}
		return "award/dossiers";
	}

	// ----------------------------------------------------------------- made by hand

	@PostMapping
	String start(@Valid @ModelAttribute("manual") ManualDossierForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!this.dossiers.mayCreate()) {
			throw new AccessDeniedException("Only provincial staff make dossiers");
		}
		return Submissions.submit(result, () -> {
			Dossier made = this.manual.start(form);
			FlashMessages.success(redirect, "award.dossier.started");
			return "redirect:/awards/dossiers/" + made.getId();
		}, () -> {
			model.addAttribute("manualOpen", true);
			return list(form.year(), model);
		});
	}

	@GetMapping("/{id}/lines/new")
	String lineForm(@PathVariable long id, @RequestParam(required = false) Long unitId, Model model,
			RedirectAttributes redirect) {
		String refused = refuseUnlessDraft(id, redirect, "award.dossier.error.linesOfSubmitted");
		if (refused != null) {
			return refused;
		}
		model.addAttribute("view", this.dossiers.view(id));
		if (!model.containsAttribute("line")) {
			model.addAttribute("line", new DossierLineForm(unitId, null, null, null));
		}
		DossierLineForm line = (DossierLineForm) model.getAttribute("line");
		Long chosen = line == null || line.unitId() == null ? unitId : line.unitId();
		java.util.List<ManualDossiers.Option> units = this.manual.lineUnits(id);
		boolean known = chosen != null && units.stream().anyMatch(u -> u.id() == chosen);
		model.addAttribute("units", units);
		model.addAttribute("chosenUnit", known ? chosen : null);
		model.addAttribute("officers", known ? this.manual.lineOfficers(id, chosen) : java.util.List.of());
		model.addAttribute("individualItems", this.manual.lineItems(id, RecipientType.INDIVIDUAL));
		model.addAttribute("collectiveItems", this.manual.lineItems(id, RecipientType.COLLECTIVE));
		return "award/dossier-line";
	}

	@PostMapping("/{id}/lines")
	String addLine(@PathVariable long id, @Valid @ModelAttribute("line") DossierLineForm line, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String refused = refuseUnlessDraft(id, redirect, "award.dossier.error.linesOfSubmitted");
		if (refused != null) {
			return refused;
		}
		return Submissions.submit(result, () -> {
			DossierLine added = this.manual.addLine(id, line);
			FlashMessages.success(redirect, "award.dossier.lineAdded", added.getRecipientName());
			return "redirect:/awards/dossiers/" + id + "#dossier-lines";
		}, () -> lineForm(id, line.unitId(), model, redirect));
	}

	@PostMapping("/{id}/lines/{lineId}/delete")
	String removeLine(@PathVariable long id, @PathVariable long lineId, RedirectAttributes redirect) {
		if (Submissions.flashRefusal(redirect, () -> this.manual.removeLine(id, lineId))) {
			FlashMessages.success(redirect, "award.dossier.lineRemoved");
		}
		return "redirect:/awards/dossiers/" + id + "#dossier-lines";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		DossierService.DossierView view = this.dossiers.view(id);
		model.addAttribute("view", view);
		if (!model.containsAttribute("answer")) {
			model.addAttribute("answer",
					new DecisionAnswer(null, LocalDate.now(this.clock), null, view.dossier().getVersion()));
		}
		if (!model.containsAttribute("attachment")) {
			model.addAttribute("attachment", AttachmentForm.empty());
		}
		model.addAttribute("attachments", this.attachments.attachedTo(id));
		model.addAttribute("attachmentRules", this.attachments.rules());
		model.addAttribute("attachmentMaxMegabytes", this.attachments.maxMegabytes());
		return "award/dossier";
	}

	// ----------------------------------------------------------------- attached files

	@PostMapping("/{id}/attachments")
	String attach(@PathVariable long id, @Valid @ModelAttribute("attachment") AttachmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String refused = refuseUnlessDraft(id, redirect, "award.dossier.attachment.error.notDraft");
		if (refused != null) {
			return refused;
		}
		return Submissions.submit(result, () -> {
			this.attachments.attach(id, form);
			FlashMessages.success(redirect, "award.dossier.attachment.attached");
			return "redirect:/awards/dossiers/" + id + "#dossier-attachments";
		}, () -> {
			model.addAttribute("attachmentFileDropped", form.hasFile());
			return show(id, model);
		});
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	void attachment(@PathVariable long id, @PathVariable long attachmentId, HttpServletResponse response) {
		this.storage.send(this.attachments.file(id, attachmentId), response);
	}

	@PostMapping("/{id}/attachments/{attachmentId}/delete")
	String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		if (Submissions.flashRefusal(redirect, () -> this.attachments.remove(id, attachmentId))) {
			FlashMessages.success(redirect, "award.dossier.attachment.removed");
		}
		return "redirect:/awards/dossiers/" + id + "#dossier-attachments";
	}

	@PostMapping("/from-session")
	String fromSession(@RequestParam long session, @RequestParam Authority authority, RedirectAttributes redirect) {
		Dossier[] made = new Dossier[1];
		if (Submissions.flashRefusal(redirect, () -> made[0] = this.dossiers.fromSession(session, authority))) {
			FlashMessages.success(redirect, "award.dossier.created");
			return "redirect:/awards/dossiers/" + made[0].getId();
		}
		return "redirect:/awards/dossiers";
	}

	@PostMapping("/from-titles")
	String fromTitles(@RequestParam long unit, @RequestParam int year, @RequestParam Authority authority,
			RedirectAttributes redirect) {
		Dossier[] made = new Dossier[1];
		if (Submissions.flashRefusal(redirect, () -> made[0] = this.dossiers.fromTitles(unit, year, authority))) {
			FlashMessages.success(redirect, "award.dossier.createdFromTitles");
			return "redirect:/awards/dossiers/" + made[0].getId();
		}
		return "redirect:/awards/dossiers?year=" + year;
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		if (Submissions.flashRefusal(redirect, () -> this.dossiers.submit(id, version))) {
			FlashMessages.success(redirect, "award.dossier.submitted");
		}
		return "redirect:/awards/dossiers/" + id;
	}

	@PostMapping("/{id}/return")
	String sendBack(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		if (reason != null && reason.length() > 2000) {
			FlashMessages.error(redirect, "award.dossier.error.reasonTooLong");
		}
		else if (Submissions.flashRefusal(redirect, () -> this.dossiers.sendBack(id, version, reason))) {
			FlashMessages.success(redirect, "award.dossier.sentBack");
		}
		return "redirect:/awards/dossiers/" + id;
	}

	@PostMapping("/{id}/decision")
	String enterDecision(@PathVariable long id, @Valid @ModelAttribute("answer") DecisionAnswer answer,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!this.dossiers.view(id).mayWrite()) {
			throw new AccessDeniedException("Only the proposing unit's staff enter the decision");
		}
		AwardDecision[] made = new AwardDecision[1];
		return Submissions.submit(result, () -> {
			made[0] = this.dossiers.enterDecision(id, answer);
			FlashMessages.success(redirect, "award.dossier.decisionEntered");
			return "redirect:/awards/decisions/" + made[0].getId();
		}, () -> show(id, model));
	}

	// ----------------------------------------------------------------- the printed
	// dossier

	@GetMapping("/{id}/print")
	String printView(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("doc", this.print.document(id, locale));
		return PRINT;
	}

	@GetMapping("/{id}/dossier.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		DossierPrint.Document doc = this.print.document(id, VIETNAMESE);
		Map<String, Object> model = new HashMap<>();
		model.put("doc", doc);
		return DocumentResponses.pdf(this.documents.pdf(PRINT, model, VIETNAMESE),
				DossierPrint.fileName(doc.view().dossier(), "pdf"));
	}

	@GetMapping("/{id}/dossier.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		DossierPrint.Document doc = this.print.document(id, VIETNAMESE);
		return DocumentResponses.docx(this.docx.write(doc, VIETNAMESE),
				DossierPrint.fileName(doc.view().dossier(), "docx"));
	}

	/**
	 * Changes to a dossier's lines and files come from its proposing staff, and only
	 * while it is a draft: a submitted dossier's page no longer offers the forms, so the
	 * refusal goes above the dossier (the redirect returned); {@code null} when the
	 * change may go on.
	 */
	private String refuseUnlessDraft(long id, RedirectAttributes redirect, String refusalKey) {
		DossierService.DossierView view = this.dossiers.view(id);
		if (!view.mayWrite()) {
			throw new AccessDeniedException("Only the proposing unit's staff change dossiers");
		}
		if (!view.dossier().isDraft()) {
			FlashMessages.error(redirect, refusalKey);
			return "redirect:/awards/dossiers/" + id;
		}
		return null;
	}

}
