package vn.thidua.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.thidua.account.AccountStatistics;
import vn.thidua.campaign.CampaignService;
import vn.thidua.organization.OrganizationStatistics;
import vn.thidua.organization.OrganizationStatistics.KindCount;
import vn.thidua.organization.UnitKind;
import vn.thidua.organization.UnitService;
import vn.thidua.campaign.Campaign;
import vn.thidua.result.ClusterOverviewRow;
import vn.thidua.result.DefaultPeriodService;
import vn.thidua.result.RankingService;
import vn.thidua.result.ReopenRequestService;
import vn.thidua.result.ReportQueries;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.voting.VotingDashboard;
import vn.thidua.shared.security.Scope;

/**
 * One dashboard per role, with real counts computed in SQL.
 */
@Controller
@RequiredArgsConstructor
class DashboardController {

	private final OrganizationStatistics statistics;

	private final AccountStatistics accounts;

	private final UnitService units;

	private final CampaignService campaigns;

	private final ResultTasks results;

	private final ReportQueries reports;

	private final RankingService rankings;

	private final DefaultPeriodService periods;

	private final VotingDashboard voting;

	private final ReopenRequestService reopenRequests;

	private final Clock clock;

	@GetMapping("/")
	String dashboard(Model model) {
		CurrentUser user = CurrentUser.get();
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		Scope scope = user.scope();
		model.addAttribute("user", user);
		model.addAttribute("year", year);
		model.addAttribute("today", today);
		if (user.unitId() != null) {
			model.addAttribute("unit", this.units.get(user.unitId()));
		}
		// the ballots waiting for this user and the sessions it chairs (review and
		// voting)
		model.addAttribute("ballotsAwaiting", this.voting.ballotsAwaiting());
		model.addAttribute("chairedSessions", this.voting.chaired(year));
		if (user.is(Role.ADMIN)) {
			model.addAttribute("accounts", this.accounts.counts(this.clock.instant()));
			addUnitCounts(model, scope, today);
			return "home/dashboard-admin";
		}
		if (user.role().seesSubtree()) {
			addUnitCounts(model, scope, today);
			model.addAttribute("officers", this.statistics.officers(scope));
			model.addAttribute("clusters", this.statistics.clustersOrganised(scope, year));
			model.addAttribute("unplaced", this.statistics.unitsWithoutCluster(user.unitId(), year, today));
			model.addAttribute("results", this.results.ofCurrentUser());
			// staff's requests to answer: the months units ask to reopen
			model.addAttribute("reopenRequests", this.reopenRequests.pending());
			YearMonth month = this.reports.reportingMonth();
			model.addAttribute("reportingMonth", month);
			if (user.is(Role.PROVINCE_STAFF)) {
				// who has and has not submitted the month, per campaign and cluster
				model.addAttribute("submissions", this.reports.submissionsOf(month));
			}
			else {
				addProvinceResults(model, month);
			}
			return "home/dashboard-province";
		}
		model.addAttribute("officers", this.statistics.officers(scope));
		model.addAttribute("memberships", this.statistics.memberships(user.unitId(), year));
		model.addAttribute("newCampaigns", this.campaigns.unreadLaunches().size());
		model.addAttribute("results", this.results.ofCurrentUser());
		return "home/dashboard-unit";
	}

	/**
	 * The province's results at a glance for leadership: the main running campaign's
	 * leading unit per cluster, the month's submission rate and its trend.
	 */
	private void addProvinceResults(Model model, YearMonth month) {
		// the same main campaign the ranking, overview and bulletin open on (ADR 0015)
		Campaign campaign = this.periods.campaign(this.periods.rankable(), null);
		if (campaign == null) {
			return;
		}
		List<ClusterOverviewRow> overview = this.rankings.overview(campaign.getId(), month);
		model.addAttribute("mainCampaign", campaign);
		model.addAttribute("overview", overview);
		model.addAttribute("trend", this.reports.submissionTrend(campaign.getId(), month, 6));
	}

	private void addUnitCounts(Model model, Scope scope, LocalDate today) {
		List<KindCount> byKind = this.statistics.unitsByKind(scope, today);
		model.addAttribute("unitsByKind", byKind);
		model.addAttribute("activeUnits", byKind.stream().mapToLong(KindCount::active).sum());
		model.addAttribute("closedUnits", byKind.stream().mapToLong(KindCount::closed).sum());
		model.addAttribute("communes",
				byKind.stream().filter(k -> k.kind() == UnitKind.COMMUNE_POLICE).mapToLong(KindCount::active).sum());
	}

}
