package vn.thidua.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.campaign.scoring.AdjustmentKind;
import vn.thidua.campaign.scoring.ZeroDenominator;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;
import vn.thidua.shared.text.DecimalCommaEditor;

/**
 * Pages of the scoring tables (thang điểm): the editor of the campaign's table and of a
 * cluster's own table (one form, a line per indicator and per item; lines are added and
 * removed by submit buttons, so no script is needed), and "try a value" (thử chấm điểm),
 * answered in place through htmx or as a page of its own without script.
 */
@Controller
@RequestMapping("/campaigns/{id}/scoring")
@RequiredArgsConstructor
class ScoringTableController {

	private final CampaignService campaigns;

	private final ScoringTableService scoring;

	@InitBinder
	void decimalComma(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new DecimalCommaEditor());
	}

	/** What the campaign page needs for its scoring section. */
	static void scoringModel(ScoringTableService scoring, Campaign campaign, Model model) {
		model.addAttribute("scoring", scoring.overview(campaign.getId()));
		model.addAttribute("canEditScoring", scoring.canEditCampaignTable(campaign));
		Set<Long> editable = campaign.getClusters()
			.stream()
			.filter(c -> scoring.canEditClusterTable(campaign, c))
			.map(EmulationCluster::getId)
			.collect(Collectors.toSet());
		model.addAttribute("clusterScoringEditable", editable);
		if (!model.containsAttribute("previewForm")) {
			model.addAttribute("previewForm", ScoringPreviewForm.empty());
		}
	}

	@GetMapping("/edit")
	String editCampaignTable(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return Submissions.flashRefusalOr(redirect, () -> {
			model.addAttribute("form", this.scoring.campaignTableForm(id));
			return editorPage(id, null, model);
		}, "redirect:/campaigns/" + id);
	}

	@PostMapping("/edit")
	String saveCampaignTable(@PathVariable long id, @Valid @ModelAttribute("form") ScoringTableForm form,
			BindingResult result, @RequestParam(required = false) String addItem,
			@RequestParam(required = false) Integer removeItem, Model model, RedirectAttributes redirect) {
		if (addItem == null && removeItem == null && !result.hasErrors()) {
			if (Submissions.attempt(result, () -> this.scoring.saveCampaignTable(id, form))) {
				FlashMessages.success(redirect, "scoringTable.saved");
				return "redirect:/campaigns/" + id + "#campaign-scoring";
			}
		}
		else {
			// adding or removing a line saves nothing, but only an editor may do it
			this.scoring.campaignTableForm(id);
		}
		lines(form, addItem, removeItem);
		return editorPage(id, null, model);
	}

	@GetMapping("/clusters/{clusterId}/edit")
	String editClusterTable(@PathVariable long id, @PathVariable long clusterId, Model model,
			RedirectAttributes redirect) {
		return Submissions.flashRefusalOr(redirect, () -> {
			model.addAttribute("form", this.scoring.clusterTableForm(id, clusterId));
			return editorPage(id, clusterId, model);
		}, "redirect:/campaigns/" + id);
	}

	@PostMapping("/clusters/{clusterId}/edit")
	String saveClusterTable(@PathVariable long id, @PathVariable long clusterId,
			@Valid @ModelAttribute("form") ScoringTableForm form, BindingResult result,
			@RequestParam(required = false) String addItem, @RequestParam(required = false) Integer removeItem,
			Model model, RedirectAttributes redirect) {
		if (addItem == null && removeItem == null && !result.hasErrors()) {
			return Submissions.submit(result, () -> {
				EmulationCluster cluster = this.scoring.cluster(id, clusterId);
				this.scoring.saveClusterTable(id, clusterId, form);
				FlashMessages.success(redirect, "scoringTable.clusterSaved", cluster.getName());
				return "redirect:/campaigns/" + id + "#campaign-scoring";
			}, () -> {
				lines(form, addItem, removeItem);
				return editorPage(id, clusterId, model);
			});
		}
		else {
			this.scoring.clusterTableForm(id, clusterId);
		}
		lines(form, addItem, removeItem);
		return editorPage(id, clusterId, model);
	}

	/** "Try a value" without script: a page of its own with the form. */
	@GetMapping("/preview")
	String previewPage(@PathVariable long id, Model model) {
		model.addAttribute("previewForm", ScoringPreviewForm.empty());
		return previewPage(id, model, false);
	}

	/**
	 * "Try a value": through htmx only the answer is rendered, into the campaign page;
	 * otherwise the preview page with the form and the answer.
	 */
	@PostMapping("/preview")
	String preview(@PathVariable long id, @ModelAttribute("previewForm") ScoringPreviewForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Submissions.attempt(result, () -> model.addAttribute("preview", this.scoring.preview(id, form)));
		if (htmx != null) {
			return "campaign/scoring :: previewAnswer";
		}
		return previewPage(id, model, true);
	}

	private String previewPage(long id, Model model, boolean answered) {
		Campaign campaign = this.campaigns.getWithScope(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("contents", this.campaigns.contents(id));
		model.addAttribute("scoring", this.scoring.overview(id));
		model.addAttribute("answered", answered);
		return "campaign/scoring-preview";
	}

	private static void lines(ScoringTableForm form, String addItem, Integer removeItem) {
		if (removeItem != null) {
			form.removeItem(removeItem);
		}
		if (addItem != null) {
			form.addItem();
		}
		if (form.getItems().stream().noneMatch(ScoringTableForm.ItemLine::isBlank)) {
			form.addItem();
		}
	}

	private String editorPage(long id, Long clusterId, Model model) {
		Campaign campaign = this.campaigns.getWithScope(id);
		List<Indicator> indicators = this.scoring.indicators(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("cluster", clusterId == null ? null : this.scoring.cluster(id, clusterId));
		model.addAttribute("signedInCovenant", clusterId != null && this.scoring.isSignedInCovenant(id, clusterId));
		var byId = indicators.stream().collect(Collectors.toMap(Indicator::getId, i -> i));
		if (model.getAttribute("form") instanceof ScoringTableForm form) {
			form.getRules().removeIf(line -> !byId.containsKey(line.getIndicatorId()));
		}
		model.addAttribute("indicatorsById", byId);
		model.addAttribute("kinds", AdjustmentKind.values());
		model.addAttribute("zeroDenominators", ZeroDenominator.values());
		return "campaign/scoring-form";
	}

}
