package vn.thidua.result;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.ScoringTableItem;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.scoring.AdjustmentKind;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Bonus items (điểm thưởng, e.g. commended by the Ministry) and penalty items (điểm trừ,
 * e.g. a disciplinary violation) applied to a unit's monthly report. They are the items
 * of the scoring table that applies to the unit's cluster; the reviewers of the report
 * (the cluster's head unit for its other members, provincial staff) record them with a
 * reason, in any state of the report, since a violation may come to light after the month
 * was approved; they count in the rankings once the report is approved. Whoever sees the
 * report sees its items. Every change is in the report's history.
 */
@Service
@RequiredArgsConstructor
public class ScoreItemService {

	static final String ADDED = "RESULT_SCORE_ITEM_ADDED";

	static final String REMOVED = "RESULT_SCORE_ITEM_REMOVED";

	private final ReportQueries queries;

	private final ReportPermissions permissions;

	private final ScoringTableService scoringTables;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReportHistoryText text;

	/** The items applied to a report the current user sees: one statement. */
	@Transactional(readOnly = true)
	public List<ScoreItemRow> itemsOf(ResultReport report) {
		return this.jdbc.sql(SELECT + " where report_id = :r order by recorded_at, id")
			.param("r", report.getId())
			.query(ScoreItemService::row)
			.list();
	}

	/**
	 * The bonus and penalty items of the scoring table that applies to the report's unit,
	 * in the table's order; empty when the campaign has no table.
	 */
	@Transactional(readOnly = true)
	public List<ScoringTableItem> available(ResultReport report) {
		Long clusterId = report.getCluster() == null ? null : report.getCluster().getId();
		return this.scoringTables.applicableTable(report.getCampaign().getId(), clusterId)
			.map(table -> List.copyOf(table.getItems()))
			.orElse(List.of());
	}

	/** Whether the current user records items on this report (one of its reviewers). */
	public boolean canRecord(ResultReport report) {
		return this.permissions.isReviewer(report);
	}

	/**
	 * A reviewer applies an item of the table to the report, with a reason; its code,
	 * name, kind and points are copied.
	 */
	@Transactional
	public ScoreItemRow add(long reportId, ScoreItemForm form) {
		ResultReport report = forReviewer(reportId);
		ScoringTableItem item = available(report).stream()
			.filter(i -> i.getCode().equals(form.getItemCode()))
			.findFirst()
			.orElseThrow(
					() -> new BusinessRuleException("itemCode", "ranking.items.error.unknownItem", form.getItemCode()));
		String by = CurrentUser.get().getUsername();
		Instant at = Instant.now(this.clock);
		long id = this.jdbc.sql("""
				insert into result_score_item (report_id, item_code, item_name, kind, points, occurrences, reason,
				                               recorded_by, recorded_at)
				values (:r, :code, :name, :kind, :points, :occurrences, :reason, :by, :at) returning id
				""")
			.param("r", reportId)
			.param("code", item.getCode())
			.param("name", item.getName())
			.param("kind", item.getKind().name())
			.param("points", item.getPoints())
			.param("occurrences", form.getOccurrences())
			.param("reason", form.getReason().strip())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		ScoreItemRow row = new ScoreItemRow(id, reportId, item.getCode(), item.getName(), item.getKind(),
				item.getPoints(), form.getOccurrences(), form.getReason().strip(), by, at);
		this.events
			.publishEvent(AuditRecord.of(ADDED, ResultReport.AUDIT_TYPE, reportId, ReportHistoryText.label(report))
				.change("ranking.items.field.item", null, describe(row))
				.change("result.field.reviewedAs", null,
						this.text.reviewedAs(report, this.permissions.reviewerRole(report)))
				.reason(row.reason())
				.build());
		return row;
	}

	/** A reviewer removes an item recorded on the report. */
	@Transactional
	public ScoreItemRow remove(long reportId, long itemId) {
		ResultReport report = forReviewer(reportId);
		ScoreItemRow row = this.jdbc.sql(SELECT + " where report_id = :r and id = :id")
			.param("r", reportId)
			.param("id", itemId)
			.query(ScoreItemService::row)
			.optional()
			.orElseThrow(NotFoundException::new);
		this.jdbc.sql("delete from result_score_item where id = :id").param("id", itemId).update();
		this.events
			.publishEvent(AuditRecord.of(REMOVED, ResultReport.AUDIT_TYPE, reportId, ReportHistoryText.label(report))
				.change("ranking.items.field.item", describe(row), null)
				.change("result.field.reviewedAs", null,
						this.text.reviewedAs(report, this.permissions.reviewerRole(report)))
				.build());
		return row;
	}

	/**
	 * A visible report whose reviewer the current user is; 404 outside, 403 otherwise.
	 */
	private ResultReport forReviewer(long reportId) {
		ResultReport report = this.queries.get(reportId);
		if (!this.permissions.isReviewer(report)) {
			throw new AccessDeniedException("Only a reviewer of the report records bonus and penalty items");
		}
		return report;
	}

	/** "KT.1 Khen thưởng của Bộ: +5 × 2" for the history. */
	String describe(ScoreItemRow row) {
		return row.code() + " " + row.name() + ": " + (row.kind() == AdjustmentKind.BONUS ? "+" : "−")
				+ Formats.RECORDS.number(row.points()) + (row.occurrences() > 1 ? " × " + row.occurrences() : "");
	}

	private static final String SELECT = """
			select id, report_id, item_code, item_name, kind, points, occurrences, reason, recorded_by, recorded_at
			from result_score_item
			""";

	private static ScoreItemRow row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
		return new ScoreItemRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				AdjustmentKind.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getInt(7), rs.getString(8),
				rs.getString(9), rs.getTimestamp(10).toInstant());
	}

}
