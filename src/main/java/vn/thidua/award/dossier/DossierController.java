package vn.thidua.award.dossier;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.catalogue.Authority;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * Proposal dossiers: the list, a dossier's page with its lines, and the staff's steps:
 * make one from a tallied voting session, submit it.
 */
@Controller
@RequestMapping("/awards/dossiers")
@RequiredArgsConstructor
class DossierController {

	private final DossierService dossiers;

	@GetMapping
	String list(Model model) {
		model.addAttribute("dossiers", this.dossiers.list());
		model.addAttribute("mayCreate", this.dossiers.mayCreate());
		return "award/dossiers";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("view", this.dossiers.view(id));
		return "award/dossier";
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

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		if (Submissions.flashRefusal(redirect, () -> this.dossiers.submit(id, version))) {
			FlashMessages.success(redirect, "award.dossier.submitted");
		}
		return "redirect:/awards/dossiers/" + id;
	}

}
