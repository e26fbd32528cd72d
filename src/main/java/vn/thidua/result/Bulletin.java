package vn.thidua.result;

import java.time.YearMonth;
import java.util.List;

/**
 * What the monthly bulletin (thông báo kết quả thi đua tháng) of a campaign says: for
 * every cluster shown its ranking and leaders, and the overview of those clusters.
 *
 * @param campaignId the campaign
 * @param campaignName its name
 * @param month the month of the bulletin
 * @param cluster the one cluster of the bulletin, {@code null} for every cluster the user
 * sees
 * @param sections one section a cluster, in the clusters' order
 * @param overview the overview rows of the same clusters
 * @param total the overview's total line, {@code null} without clusters
 * @param unitsLeftOut the units left out because they have no report submitted in the
 * period yet
 * @param clustersLeftOut the clusters left out because none of their units reported yet
 * @param issuer the organiser of the campaign, which issues the bulletin
 */
public record Bulletin(long campaignId, String campaignName, YearMonth month, ClusterOption cluster,
		List<Section> sections, List<ClusterOverviewRow> overview, ClusterOverviewRow total, int unitsLeftOut,
		int clustersLeftOut, Issuer issuer) {

	/** "10/2026". */
	public String monthLabel() {
		return String.format("%02d/%d", this.month.getMonthValue(), this.month.getYear());
	}

	/**
	 * One cluster's part of the bulletin.
	 *
	 * @param clusterId the cluster
	 * @param clusterName its name
	 * @param rows its ranking, best first
	 * @param leaders the units ranked first with a score above 0, joined by "; ", or
	 * {@code null}
	 * @param tableChanges the months of the year counted from which the scoring table in
	 * force changed, oldest first
	 */
	public record Section(long clusterId, String clusterName, List<RankingRow> rows, String leaders,
			List<YearMonth> tableChanges) {

		/** The months of {@link #tableChanges}, "04/2026". */
		public List<String> tableChangeLabels() {
			return this.tableChanges.stream()
				.map(m -> String.format("%02d/%d", m.getMonthValue(), m.getYear()))
				.toList();
		}

		/** Whether a figure of the section is provisional (tạm tính). */
		public boolean anyProvisional() {
			return this.rows.stream().anyMatch(r -> r.monthProvisional() || r.ytdProvisional());
		}

	}

	/** Whether a month of the bulletin is not counted yet, for the legend. */
	public boolean anyNotCounted() {
		return this.sections.stream().flatMap(s -> s.rows().stream()).anyMatch(r -> !r.monthCounted());
	}

	/** Whether a figure of the bulletin is provisional, for the legend. */
	public boolean anyProvisional() {
		return this.sections.stream().anyMatch(Section::anyProvisional)
				|| this.overview.stream().anyMatch(ClusterOverviewRow::provisional);
	}

	/**
	 * The organiser of the campaign as the heading of the bulletin needs it.
	 *
	 * @param name the organiser's name, e.g. "Công an tỉnh Lâm Sơn"
	 * @param code its code, e.g. "LS"
	 * @param provincial whether it is a provincial police (answering to the Ministry)
	 * @param parentName its parent unit's name, {@code null} for a root unit
	 */
	public record Issuer(String name, String code, boolean provincial, String parentName) {

	}

}
