package vn.thidua.result.web;

import java.time.YearMonth;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.campaign.Campaign;
import vn.thidua.result.ClusterOption;
import vn.thidua.result.RankingService;
import vn.thidua.result.YearEndService;
import vn.thidua.shared.web.NotFoundException;

/**
 * Registrations meet results (đăng ký thi đua và kết quả): a cluster's members at the
 * year's end, each registration beside what the results support, ready for the vote. Seen
 * by whoever sees the cluster's ranking.
 */
@Controller
@RequiredArgsConstructor
class YearEndController {

	private final YearEndService yearEnd;

	private final RankingService rankings;

	@GetMapping("/results/registrations")
	String registrations(@RequestParam long campaign, @RequestParam(required = false) Long cluster, Model model) {
		Campaign selected = this.rankings.campaign(campaign);
		List<ClusterOption> clusters = this.rankings.clustersOf(campaign);
		ClusterOption shown = cluster == null ? clusters.stream().findFirst().orElseThrow(NotFoundException::new)
				: clusters.stream().filter(c -> c.id() == cluster).findFirst().orElseThrow(NotFoundException::new);
		YearMonth month = this.yearEnd.monthOf(selected);
		model.addAttribute("campaign", selected);
		model.addAttribute("clusters", clusters);
		model.addAttribute("cluster", shown);
		model.addAttribute("month", RankingController.MonthOption.of(month));
		model.addAttribute("final", !month.isBefore(YearMonth.from(selected.getEndDate())));
		model.addAttribute("standings", this.yearEnd.ofCluster(campaign, shown.id()));
		model.addAttribute("thresholds", this.yearEnd.thresholds());
		return "ranking/registrations";
	}

}
