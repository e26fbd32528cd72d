package vn.thidua.result;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.Campaign;
import vn.thidua.shared.web.NotFoundException;

/**
 * The monthly bulletin of results (thông báo kết quả thi đua tháng) of a campaign: the
 * rankings and the overview of {@link RankingService}, scoped like them (a campaign or a
 * cluster the user does not see is 404), in a handful of statements whatever the number
 * of units.
 */
@Service
@RequiredArgsConstructor
public class BulletinService {

	private final RankingService rankings;

	private final JdbcClient jdbc;

	/**
	 * The bulletin of a campaign at a month (the chosen one, or the default month of the
	 * rankings), of one cluster or, with {@code clusterId} {@code null}, of every cluster
	 * the user sees. Units with no report submitted in the period (from January, or the
	 * campaign's first month, to the month) are left out of its tables and its averages,
	 * and so are clusters none of whose units reported: they have nothing to announce,
	 * and a unit that has not started reporting does not pull the province average down.
	 */
	@Transactional(readOnly = true)
	public Bulletin bulletin(long campaignId, Long clusterId, YearMonth chosen) {
		Campaign campaign = this.rankings.campaign(campaignId);
		YearMonth month = this.rankings.monthOf(campaign, chosen);
		List<ClusterOption> clusters = this.rankings.clustersOf(campaignId);
		ClusterOption only = null;
		if (clusterId != null) {
			only = clusters.stream().filter(c -> c.id() == clusterId).findFirst().orElseThrow(NotFoundException::new);
			clusters = List.of(only);
		}
		Map<Long, List<RankingRow>> rows = this.rankings.reportedRankings(campaignId, clusterId, month)
			.stream()
			.collect(Collectors.groupingBy(RankingRow::clusterId));
		ClusterOption shown = only;
		List<ClusterOverviewRow> overview = this.rankings.reportedOverview(campaignId, month)
			.stream()
			.filter(r -> shown == null || r.clusterId() == shown.id())
			.toList();
		// what is left out: the units (and whole clusters) with no report yet
		int allUnits = this.rankings.overview(campaignId, month)
			.stream()
			.filter(r -> shown == null || r.clusterId() == shown.id())
			.mapToInt(ClusterOverviewRow::units)
			.sum();
		int reportedUnits = overview.stream().mapToInt(ClusterOverviewRow::units).sum();
		Map<Long, List<YearMonth>> tableChanges = this.rankings.tableChanges(campaign, month);
		List<Bulletin.Section> sections = new ArrayList<>();
		int clustersLeftOut = 0;
		for (ClusterOption cluster : inOrderOf(clusters, overview)) {
			List<RankingRow> ranking = rows.getOrDefault(cluster.id(), List.of());
			if (ranking.isEmpty()) {
				clustersLeftOut++;
				continue;
			}
			String leaders = ranking.stream()
				.filter(r -> r.rank() == 1 && r.ytd() != null && r.ytd().signum() > 0)
				.map(RankingRow::unitName)
				.collect(Collectors.joining("; "));
			sections.add(new Bulletin.Section(cluster.id(), cluster.name(), ranking, leaders.isEmpty() ? null : leaders,
					tableChanges.getOrDefault(cluster.id(), List.of())));
		}
		return new Bulletin(campaignId, campaign.getName(), month, only, sections, overview,
				overview.isEmpty() ? null : this.rankings.total(overview), allUnits - reportedUnits, clustersLeftOut,
				issuer(campaignId));
	}

	/**
	 * The clusters in the order of the overview (the clusters' order), not the user's own
	 * first as in the ranking's choice; clusters without members last.
	 */
	private static List<ClusterOption> inOrderOf(List<ClusterOption> clusters, List<ClusterOverviewRow> overview) {
		List<Long> order = overview.stream().map(ClusterOverviewRow::clusterId).toList();
		return clusters.stream().sorted(java.util.Comparator.comparingInt(c -> {
			int i = order.indexOf(c.id());
			return i < 0 ? Integer.MAX_VALUE : i;
		})).toList();
	}

	private Bulletin.Issuer issuer(long campaignId) {
		return this.jdbc.sql("""
				select o.name, o.code, o.kind = 'PROVINCIAL_POLICE', p.name
				from campaign_v k join organization_unit_v o on o.id = k.organizer_id
				left join organization_unit_v p on p.id = o.parent_id
				where k.id = :c
				""")
			.param("c", campaignId)
			.query((rs, i) -> new Bulletin.Issuer(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
			.single();
	}

}
