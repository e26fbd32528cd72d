package vn.thidua.award.deed;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

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

import vn.thidua.award.dossier.Dossier;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.storage.FileStorage;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * The good-deed book (sổ việc tốt): the list, the form a commander fills in on a phone, a
 * deed's page with its scan, and the steps on a deed (delete, make the one-off proposal
 * dossier).
 */
@Controller
@RequestMapping("/awards/deeds")
@RequiredArgsConstructor
class GoodDeedController {

	private final GoodDeedService deeds;

	private final FileStorage storage;

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.deeds.list(page));
		model.addAttribute("mayRecord", this.deeds.mayRecord());
		return "award/deeds";
	}

	/**
	 * The form; staff choose the unit first ({@code unitId}), a unit's users record for
	 * their own unit.
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unitId, Model model) {
		Long unit = unitId;
		if (unit == null && CurrentUser.get().role().isUnitLevel()) {
			unit = CurrentUser.get().unitId();
		}
		model.addAttribute("form", GoodDeedForm.empty(unit, this.deeds.today()));
		return form(model, unit);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") GoodDeedForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Submissions.submit(result, () -> {
			GoodDeed deed = this.deeds.create(form);
			FlashMessages.success(redirect, "award.deed.created");
			return "redirect:/awards/deeds/" + deed.getId();
		}, () -> {
			model.addAttribute("fileDropped", form.hasFile());
			return form(model, form.unitId());
		});
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("view", this.deeds.view(id));
		return "award/deed";
	}

	@GetMapping("/{id}/scan")
	void scan(@PathVariable long id, HttpServletResponse response) {
		this.storage.send(this.deeds.scan(id), response);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		if (Submissions.flashRefusal(redirect, () -> this.deeds.delete(id, version))) {
			FlashMessages.success(redirect, "award.deed.deleted");
			return "redirect:/awards/deeds";
		}
		return "redirect:/awards/deeds/" + id;
	}

	@PostMapping("/{id}/dossier")
	String propose(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		Dossier[] made = new Dossier[1];
		if (Submissions.flashRefusal(redirect, () -> made[0] = this.deeds.propose(id, version))) {
			FlashMessages.success(redirect, "award.deed.proposed");
			return "redirect:/awards/dossiers/" + made[0].getId();
		}
		return "redirect:/awards/deeds/" + id;
	}

	private String form(Model model, Long unitId) {
		var units = this.deeds.units();
		model.addAttribute("units", units);
		boolean chosen = unitId != null && units.stream().anyMatch(u -> u.id() == unitId);
		model.addAttribute("unitChosen", chosen);
		model.addAttribute("unitName",
				chosen ? units.stream().filter(u -> u.id() == unitId).findFirst().orElseThrow().label() : null);
		model.addAttribute("officers", chosen ? this.deeds.officers(unitId) : java.util.List.of());
		model.addAttribute("kinds", GoodDeedService.kinds());
		model.addAttribute("rules", this.deeds.scanRules());
		model.addAttribute("maxMegabytes", this.deeds.maxMegabytes());
		return "award/deed-form";
	}

}
