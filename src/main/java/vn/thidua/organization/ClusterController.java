package vn.thidua.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * Pages of the emulation clusters (cụm, khối thi đua): the list of a year, a cluster's
 * page, forming and editing a cluster, and copying a year's clusters to the next.
 */
@Controller
@RequestMapping("/clusters")
@RequiredArgsConstructor
class ClusterController {

	private final ClusterService clusters;

	private final UnitService units;

	private final AuditTrail audit;

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = year != null ? year : this.units.today().getYear();
		boolean empty = listModel(shown, model);
		// an empty year is usually filled from the one before it
		model.addAttribute("copyForm", empty ? new ClusterCopyForm(shown - 1, shown, defaultOrganizer())
				: new ClusterCopyForm(shown, shown + 1, defaultOrganizer()));
		return "cluster/list";
	}

	@PostMapping("/copy")
	String copy(@Valid @ModelAttribute("copyForm") ClusterCopyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!this.clusters.canCreate()) {
			// refused before looking at the form, so that other roles learn nothing from
			// its validation
			throw new org.springframework.security.access.AccessDeniedException("Not allowed");
		}
		return Submissions.submit(result, () -> {
			var copies = this.clusters.copyYear(form.organizerId(), form.fromYear(), form.toYear());
			FlashMessages.success(redirect, "cluster.copy.done", copies.size(), form.fromYear(), form.toYear());
			return "redirect:/clusters?year=" + form.toYear();
		}, () -> {
			int shown = form.fromYear() != null ? form.fromYear() : this.units.today().getYear();
			listModel(shown, model);
			model.addAttribute("copyOpen", true);
			return "cluster/list";
		});
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		EmulationCluster cluster = this.clusters.get(id);
		model.addAttribute("cluster", cluster);
		model.addAttribute("members", this.clusters.members(id));
		model.addAttribute("canEdit", this.clusters.canEdit(cluster));
		model.addAttribute("myUnitId", CurrentUser.get().unitId());
		model.addAttribute("history", this.audit.historyOf("CLUSTER", id));
		var delegation = this.clusters.delegation(id).orElse(null);
		model.addAttribute("delegation", delegation);
		model.addAttribute("delegated", delegation != null && delegation.isActive());
		model.addAttribute("canDelegate", this.clusters.canDelegate(cluster));
		return "cluster/view";
	}

	/**
	 * The head unit's commander turns the deputy's acting for the head on or off.
	 */
	@PostMapping("/{id}/delegation")
	String delegate(@PathVariable long id, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		EmulationCluster cluster = this.clusters.get(id);
		this.clusters.delegate(id, active);
		FlashMessages.success(redirect, active ? "cluster.delegation.turnedOn" : "cluster.delegation.turnedOff",
				cluster.getDeputyUnit().getName());
		return "redirect:/clusters/" + id;
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Integer year,
			@RequestParam(name = "organizer", required = false) Long organizerId, Model model) {
		requireCreate();
		int formYear = year != null ? year : this.units.today().getYear();
		Long organizer = organizerId != null ? organizerId : defaultOrganizer();
		model.addAttribute("form", ClusterForm.empty(formYear, organizer));
		formModel(null, organizer, formYear, List.of(), model);
		return "cluster/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") ClusterForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireCreate();
		return Submissions.submit(result, () -> {
			EmulationCluster cluster = this.clusters.create(form);
			FlashMessages.success(redirect, "cluster.created", cluster.getName(), cluster.getYear());
			return "redirect:/clusters/" + cluster.getId();
		}, () -> {
			Long organizer = form.organizerId() != null ? form.organizerId() : defaultOrganizer();
			int formYear = form.year() != null ? form.year() : this.units.today().getYear();
			formModel(null, organizer, formYear, form.memberIds(), model);
			return "cluster/form";
		});
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		EmulationCluster cluster = editable(id);
		ClusterForm form = ClusterForm.of(cluster, this.clusters.members(id));
		model.addAttribute("form", form);
		formModel(cluster, cluster.getOrganizer().getId(), cluster.getYear(), form.memberIds(), model);
		return "cluster/form";
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ClusterForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		editable(id);
		return Submissions.submit(result, () -> {
			EmulationCluster saved = this.clusters.update(id, form);
			FlashMessages.success(redirect, "cluster.updated", saved.getName(), saved.getYear());
			return "redirect:/clusters/" + id;
		}, () -> {
			// the failed update was rolled back: read the cluster again for the page
			EmulationCluster current = this.clusters.get(id);
			List<Long> keep = new ArrayList<>(form.memberIds());
			this.clusters.members(id).forEach(m -> keep.add(m.getUnit().getId()));
			formModel(current, current.getOrganizer().getId(), current.getYear(), keep, model);
			return "cluster/form";
		});
	}

	/** Fills the list page's model; answers whether the year has no visible cluster. */
	private boolean listModel(int year, Model model) {
		List<EmulationCluster> list = this.clusters.listYear(year);
		TreeSet<Integer> years = new TreeSet<>(this.clusters.years());
		years.add(year);
		years.add(this.units.today().getYear());
		model.addAttribute("year", year);
		model.addAttribute("years", years.descendingSet());
		model.addAttribute("clusters", list);
		model.addAttribute("memberCounts", this.clusters.memberCounts(list));
		model.addAttribute("canCreate", this.clusters.canCreate());
		model.addAttribute("organizers", this.clusters.organizerChoices());
		model.addAttribute("myUnitId", CurrentUser.get().unitId());
		model.addAttribute("unitLevel", CurrentUser.get().role().isUnitLevel());
		return list.isEmpty();
	}

	private void formModel(EmulationCluster cluster, Long organizerId, int year, List<Long> keep, Model model) {
		model.addAttribute("cluster", cluster);
		model.addAttribute("year", year);
		model.addAttribute("organizers", cluster == null ? this.clusters.organizerChoices() : List.of());
		if (organizerId != null) {
			model.addAttribute("organizer", this.units.get(organizerId));
			Map<UnitKind, List<Unit>> choices = this.clusters.memberChoices(organizerId, year, keep);
			model.addAttribute("choices", choices);
			model.addAttribute("choiceList", choices.values().stream().flatMap(List::stream).toList());
		}
		else {
			model.addAttribute("choices", Map.of());
			model.addAttribute("choiceList", List.of());
		}
	}

	private Long defaultOrganizer() {
		List<Unit> organizers = this.clusters.organizerChoices();
		return organizers.isEmpty() ? null : organizers.get(0).getId();
	}

	private EmulationCluster editable(long id) {
		EmulationCluster cluster = this.clusters.get(id);
		if (!this.clusters.canEdit(cluster)) {
			throw new AccessDeniedException("Not allowed");
		}
		return cluster;
	}

	private void requireCreate() {
		if (!this.clusters.canCreate()) {
			throw new AccessDeniedException("Not allowed");
		}
	}

}
