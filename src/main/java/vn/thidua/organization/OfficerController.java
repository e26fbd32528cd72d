package vn.thidua.organization;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * Pages of the officers (cán bộ, chiến sĩ): search, an officer's page with the history of
 * assignments, adding, editing and moving an officer to another unit.
 */
@Controller
@RequestMapping("/officers")
@RequiredArgsConstructor
class OfficerController {

	static final int PAGE_SIZE = 20;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final OfficerService officers;

	private final UnitService units;

	private final AuditTrail audit;

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(name = "unit", required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<Officer> result = this.officers.search(q, unitId, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("page", result);
		model.addAttribute("q", q == null ? "" : q.trim());
		model.addAttribute("unitId", unitId);
		model.addAttribute("filtered", (q != null && !q.isBlank()) || unitId != null);
		// the pager keeps the filters, and only those that are set
		UriComponentsBuilder filters = UriComponentsBuilder.newInstance();
		if (q != null && !q.isBlank()) {
			filters.queryParam("q", q.trim());
		}
		if (unitId != null) {
			filters.queryParam("unit", unitId);
		}
		String query = filters.encode().build().getQuery();
		model.addAttribute("filterQuery", query == null ? "" : "&" + query);
		model.addAttribute("units", this.units.visibleUnits());
		model.addAttribute("canManage", this.officers.canManage());
		return "officer/list";
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		Officer officer = this.officers.get(id);
		model.addAttribute("officer", officer);
		model.addAttribute("assignments", this.officers.history(id));
		model.addAttribute("canManage", this.officers.canManage());
		model.addAttribute("canMove", !moveTargets(officer).isEmpty());
		model.addAttribute("history", this.audit.historyOf("OFFICER", id));
		return "officer/view";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		requireManage();
		List<Unit> choices = this.officers.unitChoices();
		model.addAttribute("form", OfficerForm.empty(choices.size() == 1 ? choices.get(0).getId() : null));
		formModel(null, model);
		return "officer/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") OfficerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireManage();
		if (form.unitId() == null) {
			result.rejectValue("unitId", "validation.required");
		}
		if (form.since() == null && !result.hasFieldErrors("since")) {
			result.rejectValue("since", "validation.required");
		}
		return Submissions.submit(result, () -> {
			Officer officer = this.officers.create(form);
			FlashMessages.success(redirect, "officer.created", officer.getFullName());
			return "redirect:/officers/" + officer.getId();
		}, () -> {
			formModel(null, model);
			return "officer/form";
		});
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		requireManage();
		Officer officer = this.officers.get(id);
		model.addAttribute("form", OfficerForm.of(officer));
		formModel(officer, model);
		return "officer/form";
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OfficerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		requireManage();
		Officer officer = this.officers.get(id);
		return Submissions.submit(result, () -> {
			Officer saved = this.officers.update(id, form);
			FlashMessages.success(redirect, "officer.updated", saved.getFullName());
			return "redirect:/officers/" + id;
		}, () -> {
			formModel(officer, model);
			return "officer/form";
		});
	}

	@GetMapping("/{id}/move")
	String moveForm(@PathVariable long id, Model model) {
		requireManage();
		Officer officer = this.officers.get(id);
		model.addAttribute("form", OfficerMoveForm.of(officer));
		moveModel(officer, model);
		return "officer/move";
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @Valid @ModelAttribute("form") OfficerMoveForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		requireManage();
		this.officers.get(id);
		return Submissions.submit(result, () -> {
			Officer moved = this.officers.move(id, form);
			FlashMessages.success(redirect, "officer.moved", moved.getFullName(), moved.getUnit().getName(),
					DAY.format(form.from()));
			return "redirect:/officers/" + id;
		}, () -> {
			moveModel(this.officers.get(id), model);
			return "officer/move";
		});
	}

	private void formModel(Officer officer, Model model) {
		model.addAttribute("officer", officer);
		model.addAttribute("units", officer == null ? this.officers.unitChoices() : List.of());
		model.addAttribute("ranks", Officer.RANKS);
	}

	private void moveModel(Officer officer, Model model) {
		model.addAttribute("officer", officer);
		model.addAttribute("assignments", this.officers.history(officer.getId()));
		model.addAttribute("units", moveTargets(officer));
	}

	private List<Unit> moveTargets(Officer officer) {
		return this.officers.unitChoices().stream().filter(u -> !u.getId().equals(officer.getUnit().getId())).toList();
	}

	private void requireManage() {
		if (!this.officers.canManage()) {
			throw new AccessDeniedException("Not allowed");
		}
	}

}
