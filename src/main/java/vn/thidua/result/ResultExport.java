package vn.thidua.result;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.NotFoundException;

/**
 * A cluster's results of a campaign as a workbook: its member units in Vietnamese order,
 * the month scores of each month from January to the chosen one (provisional ones, the
 * self-assessed points of a report waiting for review, in italics and marked in the
 * legend), and the year-to-date score and rank of the chosen month, all taken from
 * {@link RankingService}, so that the file and the ranking page never disagree; a second
 * sheet with the self-assessed points. Every figure is a number cell, so that the sheet
 * sums and sorts in Excel or LibreOffice.
 * <p>
 * Who may export: provincial staff, leadership and administrators for a cluster with a
 * member in their scope, and the units of the cluster (its head and its members: they see
 * the ranking of their own cluster). Others get 404.
 */
@Service
@RequiredArgsConstructor
public class ResultExport {

	private static final String HEADER_FILL = "1F4D2B";

	private static final String POINTS_FORMAT = "0.00";

	private final CampaignService campaigns;

	private final RankingService rankings;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	/**
	 * Clusters {@code cl} whose table the current user may export. A rule of the results,
	 * not the organisation's cluster rule ({@code visible_cluster_ids}, which goes by the
	 * organiser), so kept here: staff, leadership and administrators export the clusters
	 * with a member unit in their scope; a unit the clusters it belongs to or heads.
	 */
	private static final String EXPORTABLE = """
			(
			  (not :unitLevel and exists (select 1 from organization_cluster_member_v m
			                              join organization_unit_v u on u.id = m.unit_id
			                              where m.cluster_id = cl.id and (:all or u.path like :prefix)))
			  or (:unitLevel and (cl.head_unit_id = :unit
			      or cl.id in (select m.id from member_cluster_ids(:unit) m))))
			""";

	/** The largest entry template accepted, in MB, for the entry page's hint. */
	public long maxMegabytes() {
		return ResultWorkbookController.MAX_FILE_BYTES / 1024 / 1024;
	}

	/**
	 * A cluster of a launched campaign the current user may export, for the list page.
	 */
	public record Choice(long campaignId, String campaignName, long clusterId, String clusterName) {

	}

	/**
	 * The clusters of the launched campaigns the current user may export, in one
	 * statement: for the link on the list page.
	 */
	@Transactional(readOnly = true)
	public List<Choice> choices() {
		CurrentUser user = CurrentUser.get();
		Scope scope = user.scope();
		return this.jdbc
			.sql("""
					select k.id, k.name, cl.id, cl.name from campaign_v k
					join campaign_cluster_v cc on cc.campaign_id = k.id join organization_cluster_v cl on cl.id = cc.cluster_id
					where k.state = 'LAUNCHED' and """
					+ EXPORTABLE + """
							order by k.year desc, k.sort_key, k.id, cl.sort_key, cl.id
							""")
			.param("unitLevel", user.role().isUnitLevel())
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unit", user.unitId() == null ? -1L : user.unitId())
			.query((rs, i) -> new Choice(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.list();
	}

	/** A cluster of a campaign, as the file's title shows it. */
	record Cluster(long id, String name) {

	}

	/**
	 * One unit's line: points by month number, and the year-to-date score and rank of the
	 * chosen month as the ranking page computes them.
	 */
	record Line(long unitId, String code, String name, Map<Integer, BigDecimal> reviewed, Map<Integer, BigDecimal> self,
			BigDecimal ytd, Long rank, java.util.Set<Integer> provisional) {

	}

	/** The table, for the file and for tests. */
	record Table(Campaign campaign, Cluster cluster, YearMonth month, List<Line> lines) {

	}

	/** The table of a cluster the current user may export, or 404. */
	@Transactional(readOnly = true)
	public Table table(long campaignId, long clusterId, YearMonth month) {
		Campaign campaign = this.campaigns.get(campaignId);
		CurrentUser user = CurrentUser.get();
		Scope scope = user.scope();
		Cluster cluster = this.jdbc.sql("""
				select cl.id, cl.name from organization_cluster_v cl
				join campaign_cluster_v cc on cc.cluster_id = cl.id and cc.campaign_id = :c
				where cl.id = :k and """ + EXPORTABLE + """
				""")
			.param("c", campaignId)
			.param("k", clusterId)
			.param("unitLevel", user.role().isUnitLevel())
			.param("all", scope.all())
			.param("prefix", scope.pathPrefix())
			.param("unit", user.unitId() == null ? -1L : user.unitId())
			.query((rs, i) -> new Cluster(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseThrow(NotFoundException::new);
		// the year-to-date score and the rank are the ranking page's (bonus and penalty
		// items included, ties sharing a rank), not computed a second way here
		Map<Long, RankingRow> ranking = new java.util.HashMap<>();
		this.rankings.rankings(campaignId, clusterId, month).forEach(row -> ranking.put(row.unitId(), row));
		// and so are the month scores: the reviewed points with the bonus and penalty
		// items, provisional while waiting for review
		Map<Long, Map<YearMonth, RankingService.MonthFigure>> figures = this.rankings.monthFigures(campaignId,
				clusterId, month);
		Map<Long, Line> lines = new LinkedHashMap<>();
		this.jdbc.sql("""
				with mb as (
				  select u.id, u.code, u.name, u.sort_key from organization_cluster_member_v m
				  join organization_unit_v u on u.id = m.unit_id
				  where m.cluster_id = :k),
				r as (
				  select r.unit_id, r.period_month, r.self_points
				  from result_report r join mb on mb.id = r.unit_id
				  where r.campaign_id = :c and r.period_month between :from and :to)
				select mb.id, mb.code, mb.name, r.period_month, r.self_points
				from mb left join r on r.unit_id = mb.id
				order by mb.sort_key, mb.id, r.period_month
				""")
			.param("k", clusterId)
			.param("c", campaignId)
			.param("from", Date.valueOf(month.withMonth(1).atDay(1)))
			.param("to", Date.valueOf(month.atDay(1)))
			.query((rs, i) -> {
				long unitId = rs.getLong(1);
				String code = rs.getString(2);
				String name = rs.getString(3);
				Date period = rs.getDate(4);
				BigDecimal self = rs.getBigDecimal(5);
				RankingRow ranked = ranking.get(unitId);
				Line line = lines.computeIfAbsent(unitId, id -> {
					Line created = new Line(id, code, name, new LinkedHashMap<>(), new LinkedHashMap<>(),
							ranked == null ? null : ranked.ytd(), ranked == null ? null : (long) ranked.rank(),
							new java.util.HashSet<>());
					figures.getOrDefault(id, Map.of()).forEach((m, figure) -> {
						if (figure.score() != null) {
							created.reviewed().put(m.getMonthValue(), figure.score());
							if (figure.provisional()) {
								created.provisional().add(m.getMonthValue());
							}
						}
					});
					return created;
				});
				if (period != null && self != null) {
					line.self().put(period.toLocalDate().getMonthValue(), self);
				}
				return line;
			})
			.list();
		return new Table(campaign, cluster, month, new ArrayList<>(lines.values()));
	}

	/** "ket-qua-khoi-an-ninh-2026-03.xlsx". */
	static String fileName(Table table) {
		String slug = VietnameseText.fold(table.cluster().name()).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return String.format("ket-qua-%s-%d-%02d.xlsx", slug, table.month().getYear(), table.month().getMonthValue());
	}

	/** The workbook, in Vietnamese like the documents. */
	byte[] write(Table table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "thidua", "1.0");
			sheet(workbook, table, text("result.excel.export.reviewedSheet"), Line::reviewed, true);
			sheet(workbook, table, text("result.excel.export.selfSheet"), Line::self, false);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void sheet(Workbook workbook, Table table, String name, Function<Line, Map<Integer, BigDecimal>> points,
			boolean ranked) {
		Worksheet sheet = workbook.newWorksheet(name);
		int months = table.month().getMonthValue();
		int firstMonth = 3;
		int last = firstMonth + months - 1 + (ranked ? 2 : 0);
		String monthText = String.format("%02d/%d", table.month().getMonthValue(), table.month().getYear());
		sheet.value(0, 0, text(ranked ? "result.excel.export.title" : "result.excel.export.selfTitle",
				table.cluster().name(), monthText));
		sheet.range(0, 0, 0, last).merge();
		sheet.style(0, 0).bold().fontSize(14).set();
		sheet.value(1, 0, table.campaign().getName());
		sheet.range(1, 0, 1, last).merge();
		sheet.value(2, 0, text(ranked ? "result.excel.export.legend" : "result.excel.export.selfLegend"));
		sheet.range(2, 0, 2, last).merge();
		sheet.style(2, 0).italic().fontColor("6C757D").set();
		int header = 3;
		sheet.value(header, 0, text("result.excel.export.number"));
		sheet.value(header, 1, text("result.excel.export.code"));
		sheet.value(header, 2, text("result.excel.export.unit"));
		for (int m = 1; m <= months; m++) {
			sheet.value(header, firstMonth + m - 1, text("result.excel.export.month", m, table.month().getYear()));
			sheet.width(firstMonth + m - 1, 10);
		}
		if (ranked) {
			sheet.value(header, last - 1, text("result.excel.export.ytd", monthText));
			sheet.width(last - 1, 14);
			sheet.value(header, last, text("result.excel.export.rank", monthText));
			sheet.width(last, 14);
		}
		sheet.width(0, 6);
		sheet.width(1, 12);
		sheet.width(2, 40);
		sheet.range(header, 0, header, last)
			.style()
			.bold()
			.fontColor("FFFFFF")
			.fillColor(HEADER_FILL)
			.wrapText(true)
			.horizontalAlignment("center")
			.verticalAlignment("center")
			.borderStyle("thin")
			.set();
		sheet.freezePane(3, header + 1);
		int row = header + 1;
		for (Line line : table.lines()) {
			sheet.value(row, 0, row - header);
			sheet.value(row, 1, line.code());
			sheet.value(row, 2, line.name());
			for (int m = 1; m <= months; m++) {
				BigDecimal value = points.apply(line).get(m);
				if (value != null) {
					sheet.value(row, firstMonth + m - 1, value);
				}
				if (ranked && line.provisional().contains(m)) {
					sheet.style(row, firstMonth + m - 1).format(POINTS_FORMAT).italic().borderStyle("thin").set();
				}
				else {
					sheet.style(row, firstMonth + m - 1).format(POINTS_FORMAT).borderStyle("thin").set();
				}
			}
			if (ranked && line.ytd() != null) {
				sheet.value(row, last - 1, line.ytd());
			}
			if (ranked && line.rank() != null) {
				sheet.value(row, last, line.rank());
			}
			if (ranked) {
				sheet.style(row, last - 1).format(POINTS_FORMAT).borderStyle("thin").set();
				sheet.style(row, last).format("0").horizontalAlignment("center").borderStyle("thin").set();
			}
			sheet.range(row, 0, row, 2).style().borderStyle("thin").set();
			row++;
		}
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, ResultEntryTemplate.FILE_LOCALE);
	}

}
