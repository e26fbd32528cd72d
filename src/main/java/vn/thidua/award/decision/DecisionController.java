package vn.thidua.award.decision;

import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.catalogue.RecipientType;
import vn.thidua.shared.storage.FileStorage;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * Award decisions: the list, a decision's page with its recipients and total, and the
 * staff's steps: enter a draft, add and remove recipients, record it, attach the signed
 * scan, start the decision that amends a recorded one.
 */
@Controller
@RequestMapping("/awards/decisions")
@RequiredArgsConstructor
class DecisionController {

	private final AwardDecisionService decisions;

	private final AwardRecordQueries queries;

	private final FileStorage storage;

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("decisions",
				this.queries.decisions(year == null || year < 1945 || year > 2100 ? null : year));
		model.addAttribute("year", year);
		model.addAttribute("mayCreate", this.decisions.mayCreate());
		return "award/decisions";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		requireMayCreate();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DecisionForm.empty());
		}
		return form(model, null, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireMayCreate();
		return Submissions.submit(result, () -> {
			AwardDecision decision = this.decisions.create(form);
			FlashMessages.success(redirect, "award.decision.created", decision.getNumber());
			return "redirect:/awards/decisions/" + decision.getId();
		}, () -> form(model, null, null));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("view", this.decisions.view(id));
		return "award/decision";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		AwardDecisionService.DecisionView view = editable(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DecisionForm.of(view.decision()));
		}
		return form(model, view.decision(), null);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AwardDecisionService.DecisionView view = editable(id);
		return Submissions.submit(result, () -> {
			this.decisions.update(id, form);
			FlashMessages.success(redirect, "award.decision.saved");
			return "redirect:/awards/decisions/" + id;
		}, () -> form(model, view.decision(), null));
	}

	@GetMapping("/{id}/amend")
	String amendForm(@PathVariable long id, Model model) {
		AwardDecisionService.DecisionView view = amendable(id);
		if (!model.containsAttribute("form")) {
			DecisionForm current = DecisionForm.of(view.decision());
			model.addAttribute("form", new DecisionForm(null, null, current.authority(), current.signer(),
					current.kind(), current.campaignId(), current.summary(), null, null));
		}
		return form(model, null, view.decision());
	}

	@PostMapping("/{id}/amend")
	String amend(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AwardDecisionService.DecisionView view = amendable(id);
		return Submissions.submit(result, () -> {
			AwardDecision amendment = this.decisions.amend(id, form);
			FlashMessages.success(redirect, "award.decision.amendmentStarted", view.decision().getNumber());
			return "redirect:/awards/decisions/" + amendment.getId();
		}, () -> form(model, null, view.decision()));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		if (Submissions.flashRefusal(redirect, () -> this.decisions.delete(id, version))) {
			FlashMessages.success(redirect, "award.decision.deleted");
			return "redirect:/awards/decisions";
		}
		return "redirect:/awards/decisions/" + id;
	}

	@PostMapping("/{id}/record")
	String record(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		if (Submissions.flashRefusal(redirect, () -> this.decisions.record(id, version))) {
			FlashMessages.success(redirect, "award.decision.recordedMessage");
		}
		return "redirect:/awards/decisions/" + id;
	}

	@GetMapping("/{id}/lines/new")
	String lineForm(@PathVariable long id, @RequestParam(required = false) Long unitId, Model model) {
		AwardDecisionService.DecisionView view = editable(id);
		model.addAttribute("view", view);
		if (!model.containsAttribute("line")) {
			model.addAttribute("line", new RecordLineForm(unitId, null, null, null, null, null));
		}
		RecordLineForm line = (RecordLineForm) model.getAttribute("line");
		Long chosenUnit = line == null ? unitId : line.unitId();
		model.addAttribute("chosenUnit", chosenUnit);
		List<AwardDecisionService.Option> units = this.decisions.recipientUnits(id);
		model.addAttribute("units", units);
		if (chosenUnit != null && units.stream().noneMatch(u -> u.id() == chosenUnit)) {
			// a unit outside the issuer's subtree: its error is on the form, no officers
			model.addAttribute("officers", List.of());
			model.addAttribute("individualItems", this.decisions.lineItems(id, RecipientType.INDIVIDUAL));
			model.addAttribute("collectiveItems", this.decisions.lineItems(id, RecipientType.COLLECTIVE));
		}
		else if (chosenUnit != null) {
			model.addAttribute("officers", this.decisions.recipientOfficers(id, chosenUnit));
			model.addAttribute("individualItems", this.decisions.lineItems(id, RecipientType.INDIVIDUAL));
			model.addAttribute("collectiveItems", this.decisions.lineItems(id, RecipientType.COLLECTIVE));
		}
		return "award/decision-line";
	}

	@PostMapping("/{id}/lines")
	String addLine(@PathVariable long id, @Valid @ModelAttribute("line") RecordLineForm line, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AwardDecisionService.DecisionView view = this.decisions.view(id);
		if (!view.mayWrite()) {
			throw new AccessDeniedException("Not the issuer's staff");
		}
		if (!view.decision().isDraft()) {
			FlashMessages.error(redirect, "award.decision.error.recorded");
			return "redirect:/awards/decisions/" + id;
		}
		return Submissions.submit(result, () -> {
			AwardRecord added = this.decisions.addLine(id, line);
			FlashMessages.success(redirect, "award.decision.lineAdded", added.getRecipientName());
			return "redirect:/awards/decisions/" + id + "#lines";
		}, () -> lineForm(id, line.unitId(), model));
	}

	@PostMapping("/{id}/lines/{lineId}/delete")
	String removeLine(@PathVariable long id, @PathVariable long lineId, RedirectAttributes redirect) {
		if (Submissions.flashRefusal(redirect, () -> this.decisions.removeLine(id, lineId))) {
			FlashMessages.success(redirect, "award.decision.lineRemoved");
		}
		return "redirect:/awards/decisions/" + id + "#lines";
	}

	@PostMapping("/{id}/scan")
	String attachScan(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		if (Submissions.flashRefusal(redirect, () -> this.decisions.attachScan(id, file))) {
			FlashMessages.success(redirect, "award.decision.scanAttached");
		}
		return "redirect:/awards/decisions/" + id + "#scan";
	}

	@GetMapping("/{id}/scan")
	void scan(@PathVariable long id, HttpServletResponse response) {
		this.storage.send(this.decisions.scan(id), response);
	}

	private void requireMayCreate() {
		if (!this.decisions.mayCreate()) {
			throw new AccessDeniedException("Staff only");
		}
	}

	/** The decision's view, or 403 unless the user may still change it. */
	private AwardDecisionService.DecisionView editable(long id) {
		AwardDecisionService.DecisionView view = this.decisions.view(id);
		if (!view.mayEdit()) {
			throw new AccessDeniedException("Not editable");
		}
		return view;
	}

	/** The decision's view, or 403 unless the user may amend it. */
	private AwardDecisionService.DecisionView amendable(long id) {
		AwardDecisionService.DecisionView view = this.decisions.view(id);
		if (!view.mayAmend()) {
			throw new AccessDeniedException("Not amendable");
		}
		return view;
	}

	private String form(Model model, AwardDecision editing, AwardDecision amending) {
		model.addAttribute("editing", editing);
		model.addAttribute("amending", amending);
		model.addAttribute("authorities", Authority.values());
		model.addAttribute("kinds", DecisionKind.values());
		model.addAttribute("campaigns", this.decisions.campaigns());
		return "award/decision-form";
	}

}
