package vn.thidua.campaign;

import vn.thidua.campaign.scoring.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.organization.UnitKind;
import vn.thidua.organization.UnitService;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;
import vn.thidua.shared.web.NotFoundException;
import vn.thidua.shared.text.DecimalCommaEditor;

/**
 * Pages of the emulation campaigns (phong trào, đợt thi đua): the list, a campaign's page
 * with its contents and indicators, the editors, the lifecycle buttons and copying.
 */
@Controller
@RequestMapping("/campaigns")
@RequiredArgsConstructor
class CampaignController {

	private final CampaignService campaigns;

	private final UnitService units;

	private final AuditTrail audit;

	private final ScoringTableService scoring;

	private final CampaignDocumentService documents;

	/** Numbers are typed with a decimal comma ("92,5"); a point is accepted too. */
	@InitBinder
	void decimalComma(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new DecimalCommaEditor());
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) CampaignKind kind,
			@RequestParam(required = false) CampaignState state, Model model) {
		TreeSet<Integer> years = new TreeSet<>(this.campaigns.years());
		years.add(this.units.today().getYear());
		if (year != null) {
			years.add(year);
		}
		model.addAttribute("campaigns", this.campaigns.list(year, kind, state));
		model.addAttribute("years", years.descendingSet());
		model.addAttribute("year", year);
		model.addAttribute("kind", kind);
		model.addAttribute("state", state);
		model.addAttribute("kinds", CampaignKind.values());
		model.addAttribute("states", CampaignState.values());
		model.addAttribute("unread", this.campaigns.unreadLaunches());
		model.addAttribute("canCreate", this.campaigns.canCreate());
		return "campaign/list";
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		Campaign campaign = this.campaigns.getWithScope(id);
		this.campaigns.markRead(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("contents", this.campaigns.contents(id));
		model.addAttribute("canEdit", this.campaigns.canEdit(campaign));
		if (!model.containsAttribute("copyForm")) {
			model.addAttribute("copyForm", new CopyForm(campaign.getYear() + 1, campaign.getName()));
		}
		model.addAttribute("history", this.audit.historyOf(CampaignService.AUDIT_TYPE, id));
		ScoringTableController.scoringModel(this.scoring, campaign, model);
		model.addAttribute("documents", this.documents.list(campaign));
		return "campaign/view";
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Integer year,
			@RequestParam(name = "organizer", required = false) Long organizerId, Model model) {
		requireCreate();
		int formYear = year != null ? year : this.units.today().getYear();
		Long organizer = organizerId != null ? organizerId : defaultOrganizer();
		model.addAttribute("form", CampaignForm.empty(formYear, organizer));
		formModel(null, organizer, formYear, model);
		return "campaign/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireCreate();
		return Submissions.submit(result, () -> {
			Campaign campaign = this.campaigns.create(form);
			FlashMessages.success(redirect, "campaign.created", campaign.getName());
			return "redirect:/campaigns/" + campaign.getId();
		}, () -> {
			Long organizer = form.organizerId() != null ? form.organizerId() : defaultOrganizer();
			formModel(null, organizer, form.year() != null ? form.year() : this.units.today().getYear(), model);
			return "campaign/form";
		});
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		editable(id);
		Campaign campaign = this.campaigns.getWithScope(id);
		model.addAttribute("form", CampaignForm.of(campaign));
		formModel(campaign, campaign.getOrganizer().getId(), campaign.getYear(), model);
		return "campaign/form";
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		editable(id);
		return Submissions.submit(result, () -> {
			Campaign saved = this.campaigns.update(id, form);
			FlashMessages.success(redirect, "campaign.updated", saved.getName());
			return "redirect:/campaigns/" + id;
		}, () -> {
			// the refused change was rolled back: read the campaign again for the page
			Campaign campaign = this.campaigns.getWithScope(id);
			formModel(campaign, campaign.getOrganizer().getId(), campaign.getYear(), model);
			return "campaign/form";
		});
	}

	@GetMapping("/{id}/contents/new")
	String newContent(@PathVariable long id, Model model) {
		Campaign campaign = editable(id);
		model.addAttribute("form", new ContentForm("", null));
		return contentPage(campaign, null, model);
	}

	@PostMapping("/{id}/contents/new")
	String addContent(@PathVariable long id, @Valid @ModelAttribute("form") ContentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		editable(id);
		return Submissions.submit(result, () -> {
			CampaignContent content = this.campaigns.addContent(id, form);
			FlashMessages.success(redirect, "campaign.contentSaved", content.getTitle());
			return "redirect:/campaigns/" + id;
		}, () -> contentPage(this.campaigns.get(id), null, model));
	}

	@GetMapping("/{id}/contents/{contentId}/edit")
	String editContent(@PathVariable long id, @PathVariable long contentId, Model model) {
		Campaign campaign = editable(id);
		CampaignContent content = content(id, contentId);
		model.addAttribute("form", new ContentForm(content.getTitle(), content.getDescription()));
		return contentPage(campaign, content, model);
	}

	@PostMapping("/{id}/contents/{contentId}/edit")
	String updateContent(@PathVariable long id, @PathVariable long contentId,
			@Valid @ModelAttribute("form") ContentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		editable(id);
		CampaignContent content = content(id, contentId);
		return Submissions.submit(result, () -> {
			this.campaigns.updateContent(id, contentId, form);
			FlashMessages.success(redirect, "campaign.contentSaved", form.title().trim());
			return "redirect:/campaigns/" + id;
		}, () -> contentPage(this.campaigns.get(id), content, model));
	}

	@GetMapping("/{id}/indicators/new")
	String newIndicator(@PathVariable long id, @RequestParam(required = false) Long content, Model model) {
		Campaign campaign = editable(id);
		model.addAttribute("form", IndicatorForm.empty(content));
		return indicatorPage(campaign, null, model);
	}

	@PostMapping("/{id}/indicators/new")
	String addIndicator(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		editable(id);
		return Submissions.submit(result, () -> {
			Indicator indicator = this.campaigns.addIndicator(id, form);
			FlashMessages.success(redirect, "campaign.indicatorSaved", indicator.getCode());
			return "redirect:/campaigns/" + id;
		}, () -> indicatorPage(this.campaigns.get(id), null, model));
	}

	@GetMapping("/{id}/indicators/{indicatorId}/edit")
	String editIndicator(@PathVariable long id, @PathVariable long indicatorId, Model model) {
		Campaign campaign = editable(id);
		Indicator indicator = indicator(id, indicatorId);
		model.addAttribute("form", IndicatorForm.of(indicator));
		return indicatorPage(campaign, indicator, model);
	}

	@PostMapping("/{id}/indicators/{indicatorId}/edit")
	String updateIndicator(@PathVariable long id, @PathVariable long indicatorId,
			@Valid @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		editable(id);
		Indicator indicator = indicator(id, indicatorId);
		return Submissions.submit(result, () -> {
			Indicator saved = this.campaigns.updateIndicator(id, indicatorId, form);
			FlashMessages.success(redirect, "campaign.indicatorSaved", saved.getCode());
			return "redirect:/campaigns/" + id;
		}, () -> indicatorPage(this.campaigns.get(id), indicator, model));
	}

	@PostMapping("/{id}/launch")
	String launch(@PathVariable long id, RedirectAttributes redirect) {
		return transition(id, redirect, "campaign.launched", () -> this.campaigns.launch(id));
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return transition(id, redirect, "campaign.closed", () -> this.campaigns.close(id));
	}

	@PostMapping("/{id}/summarise")
	String summarise(@PathVariable long id, RedirectAttributes redirect) {
		return transition(id, redirect, "campaign.summarised", () -> this.campaigns.summarise(id));
	}

	@PostMapping("/{id}/copy")
	String copy(@PathVariable long id, @Valid @ModelAttribute("copyForm") CopyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		editable(id);
		return Submissions.submit(result, () -> {
			Campaign copy = this.campaigns.copy(id, form);
			FlashMessages.success(redirect, "campaign.copied", copy.getName(), String.valueOf(copy.getYear()));
			return "redirect:/campaigns/" + copy.getId();
		}, () -> {
			model.addAttribute("copyOpen", true);
			return view(id, model);
		});
	}

	private String transition(long id, RedirectAttributes redirect, String doneKey,
			java.util.function.Supplier<Campaign> action) {
		editable(id);
		Submissions.flashRefusal(redirect, () -> {
			Campaign campaign = action.get();
			FlashMessages.success(redirect, doneKey, campaign.getName());
		});
		return "redirect:/campaigns/" + id;
	}

	private String contentPage(Campaign campaign, CampaignContent content, Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("content", content);
		return "campaign/content-form";
	}

	private String indicatorPage(Campaign campaign, Indicator indicator, Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("indicator", indicator);
		model.addAttribute("contents", this.campaigns.contents(campaign.getId()));
		model.addAttribute("directions", Direction.values());
		model.addAttribute("shapes", InputShape.values());
		model.addAttribute("periods", ReportingPeriod.values());
		model.addAttribute("unitKinds", UnitKind.values());
		return "campaign/indicator-form";
	}

	private void formModel(Campaign campaign, Long organizerId, int year, Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("year", year);
		model.addAttribute("kinds", CampaignKind.values());
		model.addAttribute("organizers", campaign == null ? this.campaigns.organizerChoices() : List.of());
		model.addAttribute("locked", campaign != null && !campaign.isDraft());
		if (organizerId != null) {
			model.addAttribute("organizer", this.units.get(organizerId));
			model.addAttribute("clusterChoices", this.campaigns.clusterChoices(organizerId, year));
			model.addAttribute("unitChoices", this.campaigns.unitChoices(organizerId, year));
		}
		else {
			model.addAttribute("clusterChoices", List.of());
			model.addAttribute("unitChoices", new ArrayList<>());
		}
	}

	private CampaignContent content(long id, long contentId) {
		return this.campaigns.contents(id)
			.stream()
			.filter(c -> c.getId() == contentId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private Indicator indicator(long id, long indicatorId) {
		return this.campaigns.contents(id)
			.stream()
			.flatMap(c -> c.getIndicators().stream())
			.filter(i -> i.getId() == indicatorId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private Long defaultOrganizer() {
		var organizers = this.campaigns.organizerChoices();
		return organizers.isEmpty() ? null : organizers.get(0).getId();
	}

	private Campaign editable(long id) {
		Campaign campaign = this.campaigns.get(id);
		if (!this.campaigns.canEdit(campaign)) {
			throw new AccessDeniedException("Not allowed");
		}
		return campaign;
	}

	private void requireCreate() {
		if (!this.campaigns.canCreate()) {
			throw new AccessDeniedException("Not allowed");
		}
	}

}
