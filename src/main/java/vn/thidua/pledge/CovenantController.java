package vn.thidua.pledge;

import java.math.BigDecimal;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;
import vn.thidua.shared.text.DecimalCommaEditor;

/**
 * Pages of the covenants: the clusters of a campaign with their covenant status (also as
 * a section of the campaign page, loaded by htmx so that the campaign module knows
 * nothing of covenants), a covenant's page and its old versions, the form of a unit's
 * targets and registrations, the lifecycle buttons, and a unit's own view of what it
 * committed to.
 */
@Controller
@RequiredArgsConstructor
class CovenantController {

	private final CovenantService covenants;

	private final AuditTrail audit;

	/** Numbers are typed Vietnamese-style ("92,5"). */
	@InitBinder
	void decimalComma(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new DecimalCommaEditor());
	}

	/** Signing refused to this user: a 403 page saying why. */
	@ExceptionHandler(SignatureRefusedException.class)
	ModelAndView signatureRefused(SignatureRefusedException ex) {
		ModelAndView view = new ModelAndView("covenant/refused");
		view.setStatus(HttpStatus.FORBIDDEN);
		view.addObject("reasonKey", ex.messageKey());
		return view;
	}

	@GetMapping("/campaigns/{id}/covenants")
	String list(@PathVariable long id, Model model) {
		model.addAttribute("overview", this.covenants.ofCampaign(id));
		model.addAttribute("fullPage", true);
		return "covenant/list";
	}

	/** The same list as a section of the campaign page (htmx). */
	@GetMapping("/campaigns/{id}/covenants/summary")
	String summary(@PathVariable long id, Model model) {
		model.addAttribute("overview", this.covenants.ofCampaign(id));
		return "covenant/list :: summary";
	}

	@PostMapping("/campaigns/{id}/clusters/{clusterId}/covenant")
	String prepare(@PathVariable long id, @PathVariable long clusterId, RedirectAttributes redirect) {
		return Submissions.flashRefusalOr(redirect, () -> {
			Covenant covenant = this.covenants.prepare(id, clusterId);
			FlashMessages.success(redirect, "covenant.flash.prepared", covenant.getCluster().getName());
			return "redirect:/covenants/" + covenant.getId();
		}, "redirect:/campaigns/" + id + "/covenants");
	}

	@GetMapping("/covenants/{id}")
	String view(@PathVariable long id, Model model) {
		return page(this.covenants.document(id, null), model);
	}

	@GetMapping("/covenants/{id}/versions/{number}")
	String version(@PathVariable long id, @PathVariable int number, Model model) {
		return page(this.covenants.document(id, number), model);
	}

	@GetMapping("/covenants/{id}/units/{unitId}/edit")
	String editForm(@PathVariable long id, @PathVariable long unitId, Model model, RedirectAttributes redirect) {
		CovenantDocument document = this.covenants.document(id, null);
		CovenantParty party = editableParty(document, unitId);
		if (!document.version().isDraft()) {
			FlashMessages.error(redirect, "covenant.error.notDraft", document.version().getNumber());
			return "redirect:/covenants/" + id;
		}
		model.addAttribute("form", CommitmentForm.of(party));
		return formPage(document, party, model);
	}

	@PostMapping("/covenants/{id}/units/{unitId}/edit")
	String edit(@PathVariable long id, @PathVariable long unitId, @Valid @ModelAttribute("form") CommitmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Submissions.submit(result, () -> {
			CovenantParty party = this.covenants.commit(id, unitId, form);
			FlashMessages.success(redirect, "covenant.flash.saved", party.getUnit().getName());
			return "redirect:/covenants/" + id;
		}, () -> {
			// the refused change was rolled back: read the covenant again for the page
			CovenantDocument document = this.covenants.document(id, null);
			return formPage(document, editableParty(document, unitId), model);
		});
	}

	@PostMapping("/covenants/{id}/open")
	String open(@PathVariable long id, RedirectAttributes redirect) {
		Submissions.flashRefusal(redirect, () -> {
			CovenantVersion version = this.covenants.open(id);
			FlashMessages.success(redirect, "covenant.flash.opened", version.getNumber());
		});
		return "redirect:/covenants/" + id;
	}

	@PostMapping("/covenants/{id}/units/{unitId}/sign")
	String sign(@PathVariable long id, @PathVariable long unitId, @RequestParam(required = false) String hash,
			RedirectAttributes redirect) {
		Submissions.flashRefusal(redirect, () -> {
			CovenantVersion version = this.covenants.sign(id, unitId, hash);
			String unitName = version.party(unitId).map(p -> p.getUnit().getName()).orElse("");
			FlashMessages.success(redirect,
					version.getState() == CovenantState.IN_FORCE ? "covenant.flash.inForce" : "covenant.flash.signed",
					unitName);
		});
		return "redirect:/covenants/" + id;
	}

	@PostMapping("/covenants/{id}/amend")
	String amend(@PathVariable long id, RedirectAttributes redirect) {
		Submissions.flashRefusal(redirect, () -> {
			CovenantVersion version = this.covenants.amend(id);
			FlashMessages.success(redirect, "covenant.flash.amended", version.getNumber());
		});
		return "redirect:/covenants/" + id;
	}

	@GetMapping("/my-covenants")
	String mine(@RequestParam(required = false) Integer year, Model model) {
		int shown = year != null ? year : this.covenants.currentYear();
		model.addAttribute("year", shown);
		model.addAttribute("commitments", this.covenants.commitmentsOfMyUnit(shown));
		model.addAttribute("hasUnit", CurrentUser.get().unitId() != null);
		return "covenant/mine";
	}

	private String page(CovenantDocument document, Model model) {
		Covenant covenant = document.covenant();
		CurrentUser user = CurrentUser.get();
		model.addAttribute("doc", document);
		model.addAttribute("covenant", covenant);
		model.addAttribute("version", document.version());
		model.addAttribute("canManage", this.covenants.canManage(covenant));
		model.addAttribute("myUnitId", user.role().isUnitLevel() ? user.unitId() : null);
		model.addAttribute("signerUnitId",
				user.unitId() != null && this.covenants.canSign(user.unitId()) ? user.unitId() : null);
		model.addAttribute("history", this.audit.historyOf(CovenantService.AUDIT_TYPE, covenant.getId()));
		return "covenant/view";
	}

	private String formPage(CovenantDocument document, CovenantParty party, Model model) {
		model.addAttribute("doc", document);
		model.addAttribute("covenant", document.covenant());
		model.addAttribute("party", party);
		return "covenant/form";
	}

	private CovenantParty editableParty(CovenantDocument document, long unitId) {
		CovenantParty party = document.partyOf(unitId);
		if (party == null) {
			throw new vn.thidua.shared.web.NotFoundException();
		}
		if (!this.covenants.canEditParty(document.covenant(), unitId)) {
			throw new AccessDeniedException("Not allowed");
		}
		return party;
	}

}
