package vn.thidua.award.catalogue;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * The catalogue page (every signed-in user reads it, with the cash of each item at
 * today's base salary worked out), and the administrators' changes: a new version of an
 * item from a date, a new base salary.
 */
@Controller
@RequiredArgsConstructor
class CatalogueController {

	private final AwardCatalogue catalogue;

	private final Clock clock;

	@GetMapping("/awards/catalogue")
	String page(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("items", this.catalogue.items());
		model.addAttribute("salaries", this.catalogue.baseSalaries());
		BaseSalary current = this.catalogue.baseSalaryOn(today).orElse(null);
		model.addAttribute("currentSalary", current);
		model.addAttribute("today", today);
		model.addAttribute("amounts", new Amounts(current == null ? 0 : current.getAmount()));
		if (!model.containsAttribute("salaryForm")) {
			model.addAttribute("salaryForm", new BaseSalaryForm(null, null, null));
		}
		model.addAttribute("admin", CurrentUser.get().is(Role.ADMIN));
		return "award/catalogue";
	}

	@PostMapping("/awards/catalogue/base-salaries")
	String addSalary(@Valid @ModelAttribute("salaryForm") BaseSalaryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.catalogue.checkAdmin();
		return Submissions.submit(result, () -> {
			this.catalogue.addBaseSalary(form);
			FlashMessages.success(redirect, "award.catalogue.salaryAdded");
			return "redirect:/awards/catalogue";
		}, () -> page(model));
	}

	@GetMapping("/awards/catalogue/items/{id}/next")
	String nextVersion(@PathVariable long id, Model model) {
		this.catalogue.checkAdmin();
		CatalogueItem item = this.catalogue.item(id);
		model.addAttribute("item", item);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CatalogueItemForm.of(item, null));
		}
		return "award/catalogue-item";
	}

	@PostMapping("/awards/catalogue/items/{id}/next")
	String saveNextVersion(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("form") CatalogueItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.catalogue.checkAdmin();
		return Submissions.submit(result, () -> {
			this.catalogue.newVersion(id, version, form);
			FlashMessages.success(redirect, "award.catalogue.versionAdded");
			return "redirect:/awards/catalogue";
		}, () -> nextVersion(id, model));
	}

	/** The cash of a multiple at one base salary, for the page. */
	public record Amounts(long baseSalary) {

		public long of(java.math.BigDecimal multiple) {
			return CashAmount.of(multiple, this.baseSalary);
		}

	}

}
