package vn.thidua.result.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

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

import vn.thidua.result.ClusterOption;
import vn.thidua.result.ClusterOverviewRow;
import vn.thidua.result.DefaultPeriodService;
import vn.thidua.result.RankingService;
import vn.thidua.result.ReportQueries;
import vn.thidua.result.ResultReport;
import vn.thidua.result.ScoreItemForm;
import vn.thidua.result.ScoreItemRow;
import vn.thidua.result.ScoreItemService;
import vn.thidua.campaign.Campaign;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.FlashMessages;

/**
 * The cluster ranking, the provincial overview, and the bonus and penalty items of a
 * monthly report.
 */
@Controller
@RequestMapping("/results")
@RequiredArgsConstructor
class RankingController {

	private final RankingService rankings;

	private final ScoreItemService items;

	private final ReportQueries queries;

	private final DefaultPeriodService defaults;

	private final AuditTrail audit;

	/** A month to choose: "2026-10" shown as "10/2026". */
	record MonthOption(String value, String label) {

		static MonthOption of(YearMonth month) {
			return new MonthOption(month.toString(), String.format("%02d/%d", month.getMonthValue(), month.getYear()));
		}

	}

	@GetMapping("/rankings")
	String ranking(@RequestParam(required = false) Long campaign, @RequestParam(required = false) Long cluster,
			@RequestParam(required = false) String month, Model model) {
		Campaign selected = choose(campaign, model);
		if (selected == null) {
			return "ranking/ranking";
		}
		YearMonth chosen = months(selected, month, model);
		List<ClusterOption> clusters = this.rankings.clustersOf(selected.getId());
		model.addAttribute("clusters", clusters);
		ClusterOption shown = cluster == null ? defaultCluster(clusters, selected, chosen)
				: clusters.stream()
					.filter(c -> c.id() == cluster)
					.findFirst()
					.orElseThrow(vn.thidua.shared.web.NotFoundException::new);
		model.addAttribute("cluster", shown);
		model.addAttribute("rows",
				shown == null ? List.of() : this.rankings.rankings(selected.getId(), shown.id(), chosen));
		model.addAttribute("tableChanges",
				shown == null ? List.of()
						: this.rankings.tableChanges(selected, chosen)
							.getOrDefault(shown.id(), List.of())
							.stream()
							.map(m -> MonthOption.of(m).label())
							.toList());
		return "ranking/ranking";
	}

	@GetMapping("/overview")
	String overview(@RequestParam(required = false) Long campaign, @RequestParam(required = false) String month,
			Model model) {
		Campaign selected = choose(campaign, model);
		if (selected == null) {
			return "ranking/overview";
		}
		YearMonth chosen = months(selected, month, model);
		List<ClusterOverviewRow> rows = this.rankings.overview(selected.getId(), chosen);
		model.addAttribute("rows", rows);
		model.addAttribute("total", rows.isEmpty() ? null : this.rankings.total(rows));
		return "ranking/overview";
	}

	@GetMapping("/{id}/score-items")
	String scoreItems(@PathVariable long id, Model model) {
		ResultReport report = this.queries.get(id);
		model.addAttribute("form", new ScoreItemForm());
		return itemsPage(report, model);
	}

	@PostMapping("/{id}/score-items")
	String addScoreItem(@PathVariable long id, @Valid @ModelAttribute("form") ScoreItemForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ResultReport report = this.queries.get(id);
		if (!result.hasErrors()) {
			try {
				ScoreItemRow row = this.items.add(id, form);
				FlashMessages.success(redirect, "ranking.items.added", row.code());
				return "redirect:/results/" + id + "/score-items";
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(result);
			}
		}
		else if (!this.items.canRecord(report)) {
			throw new org.springframework.security.access.AccessDeniedException("Not a reviewer");
		}
		return itemsPage(report, model);
	}

	@PostMapping("/{id}/score-items/{itemId}/delete")
	String removeScoreItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
		ScoreItemRow row = this.items.remove(id, itemId);
		FlashMessages.success(redirect, "ranking.items.removed", row.code());
		return "redirect:/results/" + id + "/score-items";
	}

	private String itemsPage(ResultReport report, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("month", MonthOption.of(YearMonth.from(report.getPeriodMonth())));
		model.addAttribute("items", this.items.itemsOf(report));
		model.addAttribute("available", this.items.available(report));
		model.addAttribute("canRecord", this.items.canRecord(report));
		model.addAttribute("history", this.audit.historyOf(ResultReport.AUDIT_TYPE, report.getId()));
		return "ranking/items";
	}

	/**
	 * The campaigns that can be ranked (launched or ended) and the chosen one, the main
	 * running one when none is chosen (ADR 0015); 404 for a campaign the user does not
	 * see.
	 */
	private Campaign choose(Long campaign, Model model) {
		List<Campaign> list = this.defaults.rankable();
		model.addAttribute("campaigns", list);
		Campaign selected = this.defaults.campaign(list, campaign);
		model.addAttribute("selected", selected);
		return selected;
	}

	/**
	 * The cluster shown when none is chosen: the first of the user's list (their own
	 * cluster first) where a unit has reported in the period, else the first.
	 */
	private ClusterOption defaultCluster(List<ClusterOption> clusters, Campaign campaign, YearMonth month) {
		if (clusters.size() <= 1) {
			return clusters.stream().findFirst().orElse(null);
		}
		java.util.Set<Long> reported = this.rankings.reportedOverview(campaign.getId(), month)
			.stream()
			.map(ClusterOverviewRow::clusterId)
			.collect(java.util.stream.Collectors.toSet());
		return clusters.stream().filter(c -> reported.contains(c.id())).findFirst().orElse(clusters.get(0));
	}

	/** The months of the campaign and the chosen one, the default when not in it. */
	private YearMonth months(Campaign campaign, String month, Model model) {
		YearMonth chosen = this.defaults.month(campaign, parse(month));
		model.addAttribute("months", this.defaults.monthsOf(campaign).stream().map(MonthOption::of).toList());
		model.addAttribute("month", MonthOption.of(chosen));
		model.addAttribute("deadlineDay", this.rankings.deadlineDay());
		model.addAttribute("firstMonth",
				chosen.getMonthValue() == 1 || chosen.equals(YearMonth.from(campaign.getStartDate())));
		return chosen;
	}

	private static YearMonth parse(String month) {
		try {
			return month == null || month.isBlank() ? null : Formats.parseMonth(month);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
