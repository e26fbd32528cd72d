package vn.thidua.campaign;

import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * The small buttons of a draft campaign's page: move a content or an indicator up or
 * down, remove it (after a confirmation in the browser). Each answers with a redirect to
 * the campaign's page, carrying what was done or why it was refused.
 */
@Controller
@RequestMapping("/campaigns/{id}")
@RequiredArgsConstructor
class CampaignStructureController {

	private final CampaignStructureService structure;

	@PostMapping("/contents/{contentId}/up")
	String contentUp(@PathVariable long id, @PathVariable long contentId, RedirectAttributes redirect) {
		return act(id, redirect, "campaign.structure.contentMoved",
				() -> this.structure.moveContent(id, contentId, CampaignStructureService.UP));
	}

	@PostMapping("/contents/{contentId}/down")
	String contentDown(@PathVariable long id, @PathVariable long contentId, RedirectAttributes redirect) {
		return act(id, redirect, "campaign.structure.contentMoved",
				() -> this.structure.moveContent(id, contentId, CampaignStructureService.DOWN));
	}

	@PostMapping("/contents/{contentId}/delete")
	String contentDelete(@PathVariable long id, @PathVariable long contentId, RedirectAttributes redirect) {
		return act(id, redirect, "campaign.structure.contentRemoved",
				() -> this.structure.removeContent(id, contentId));
	}

	@PostMapping("/indicators/{indicatorId}/up")
	String indicatorUp(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes redirect) {
		return act(id, redirect, "campaign.structure.indicatorMoved",
				() -> this.structure.moveIndicator(id, indicatorId, CampaignStructureService.UP));
	}

	@PostMapping("/indicators/{indicatorId}/down")
	String indicatorDown(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes redirect) {
		return act(id, redirect, "campaign.structure.indicatorMoved",
				() -> this.structure.moveIndicator(id, indicatorId, CampaignStructureService.DOWN));
	}

	@PostMapping("/indicators/{indicatorId}/delete")
	String indicatorDelete(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes redirect) {
		return act(id, redirect, "campaign.structure.indicatorRemoved",
				() -> this.structure.removeIndicator(id, indicatorId));
	}

	private static String act(long id, RedirectAttributes redirect, String doneKey, Supplier<String> action) {
		Submissions.flashRefusal(redirect, () -> FlashMessages.success(redirect, doneKey, action.get()));
		return "redirect:/campaigns/" + id + "#campaign-contents";
	}

}
