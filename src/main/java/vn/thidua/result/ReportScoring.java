package vn.thidua.result;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.ReportingPeriod;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.IndicatorScore;
import vn.thidua.campaign.scoring.Measurement;
import vn.thidua.campaign.scoring.ScoringException;
import vn.thidua.campaign.scoring.ScoringRule;
import vn.thidua.campaign.scoring.Scaling;
import vn.thidua.campaign.scoring.ScoringTable;
import vn.thidua.pledge.CovenantService;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Checking and scoring a report's figures: every entry goes through the campaign's
 * scoring function against the unit's own target (its covenant in force, else the common
 * one), whether it comes from the entry page, the API, an Excel file, a reviewer's
 * adjustment or a past month recorded as history.
 * <p>
 * Two rules make the months of different units comparable. A change against last year is
 * scored on the figures added up since the start of the year (lũy kế), not on the month
 * alone; when an earlier month's figures change, the later months are scored again
 * ({@link #rescoreLaterMonths}, ADR 0011). And a unit to whom some indicators do not
 * apply has its indicator points scaled to the table ({@link Scaling}), unless its table
 * switches that off.
 */
@Component
@RequiredArgsConstructor
class ReportScoring {

	private final ScoringTableService scoringTables;

	private final CovenantService covenants;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final ReportHistoryText text;

	/** Every line parsed and checked, by value id; or every problem at once. */
	Map<Long, Entry> check(ResultReport report, EntryForm form) {
		Map<Long, Entry> entries = new HashMap<>();
		List<BusinessRuleException> problems = new ArrayList<>();
		for (int i = 0; i < form.getEntries().size(); i++) {
			EntryLine line = form.getEntries().get(i);
			String prefix = "entries[" + i + "].";
			ResultValue value = report.value(line.getValueId());
			if (value == null) {
				throw new NotFoundException();
			}
			try {
				Entry entry = line.parse(prefix);
				measure(value, entry, prefix);
				entries.put(value.getId(), entry);
			}
			catch (EntryRefusedException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new EntryRefusedException(problems);
		}
		return entries;
	}

	/**
	 * The measurement of an entry, {@code null} while incomplete; refused when
	 * impossible.
	 */
	static Measurement measure(ResultValue value, Entry entry, String prefix) {
		try {
			return entry.measurement(value.kind());
		}
		catch (ScoringException ex) {
			throw new EntryRefusedException(prefix + entry.field(value.kind(), ex), ex.getProblem().messageKey(),
					ex.getProblem().argumentArray());
		}
	}

	/** Scores every complete value against the unit's own targets. */
	void scoreSelf(ResultReport report) {
		scoreSelf(report, table(report), ownTargets(report));
	}

	/**
	 * As {@link #scoreSelf(ResultReport)}, with the table and targets already read: the
	 * report's scaling to the indicators that apply to the unit first, then each value, a
	 * change against last year on its cumulative figures.
	 */
	void scoreSelf(ResultReport report, ScoringTable table, Map<Long, BigDecimal> own) {
		report.scaleWith(scaling(report, table));
		Map<Long, List<Measurement.Change>> earlier = earlierFigures(report);
		for (ResultValue value : report.getValues()) {
			Indicator indicator = value.getIndicator();
			BigDecimal target = own.getOrDefault(indicator.getId(), indicator.getTarget());
			Measurement measurement = cumulative(earlier, value, value.entry().measurement(value.kind()));
			report.scoreSelf(value, target, measurement == null ? null : score(table, indicator, target, measurement));
		}
	}

	/**
	 * What the month's figures {@code measurement} of a value score (a preview, a
	 * reviewer's adjustment): for a change against last year, on the cumulative figures
	 * with the earlier months of the year.
	 */
	IndicatorScore score(ResultReport report, ResultValue value, Measurement measurement) {
		Map<Long, BigDecimal> own = ownTargets(report);
		Indicator indicator = value.getIndicator();
		Measurement scored = indicator.getDirection().isChangeVsLastYear()
				? cumulative(earlierFigures(report), value, measurement) : measurement;
		return score(table(report), indicator, own.getOrDefault(indicator.getId(), indicator.getTarget()), scored);
	}

	// ------------------------------------------------------------ cumulative

	/**
	 * The month's figures of a change indicator added to the earlier months' (see
	 * {@link #earlierFigures}); any other measurement unchanged, {@code null} while the
	 * month's figures are incomplete.
	 */
	private static Measurement cumulative(Map<Long, List<Measurement.Change>> earlier, ResultValue value,
			Measurement month) {
		if (!(month instanceof Measurement.Change change)) {
			return month;
		}
		List<Measurement.Change> periods = new ArrayList<>(
				earlier.getOrDefault(value.getIndicator().getId(), List.of()));
		periods.add(change);
		return Measurement.cumulative(periods);
	}

	/**
	 * The figures of the change indicators (a decrease or an increase against last year)
	 * in the unit's earlier reports of the same campaign since the start of the year (or
	 * of the campaign, when it starts later in the year), by indicator id, in month
	 * order: each month as the reviewer adjusted it, else as the unit entered it, and
	 * only months with both figures (this year and the same month last year), so that
	 * both sums always cover the same months. Reports in any state count: a later change
	 * of an earlier month's figures scores the later months again
	 * ({@link #rescoreLaterMonths}).
	 */
	Map<Long, List<Measurement.Change>> earlierFigures(ResultReport report) {
		LocalDate month = report.getPeriodMonth();
		LocalDate yearStart = month.withDayOfYear(1);
		LocalDate campaignStart = report.getCampaign().getStartDate().withDayOfMonth(1);
		LocalDate from = campaignStart.isAfter(yearStart) ? campaignStart : yearStart;
		List<Object[]> rows = this.entityManager.createQuery("""
				select v.indicator.id, v.amount, v.lastYear, v.adjusted, v.reviewedAmount, v.reviewedLastYear
				from ResultValue v
				where v.report.campaign.id = :c and v.report.unit.id = :u
				  and v.report.periodMonth >= :from and v.report.periodMonth < :month
				  and v.indicator.direction in :directions
				order by v.report.periodMonth
				""", Object[].class)
			.setParameter("c", report.getCampaign().getId())
			.setParameter("u", report.getUnit().getId())
			.setParameter("from", from)
			.setParameter("month", month)
			.setParameter("directions", List.of(Direction.CHANGE_VS_LAST_YEAR, Direction.INCREASE_VS_LAST_YEAR))
			.getResultList();
		Map<Long, List<Measurement.Change>> figures = new HashMap<>();
		for (Object[] row : rows) {
			boolean adjusted = (Boolean) row[3];
			BigDecimal thisYear = (BigDecimal) (adjusted ? row[4] : row[1]);
			BigDecimal lastYear = (BigDecimal) (adjusted ? row[5] : row[2]);
			if (thisYear != null && lastYear != null) {
				figures.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
					.add(new Measurement.Change(thisYear, lastYear));
			}
		}
		return figures;
	}

	/**
	 * The cumulative figures of the report's change indicators as entered by the unit, by
	 * value id, for the page; values whose month is incomplete are left out.
	 */
	Map<Long, CumulativeFigures> cumulativeFigures(ResultReport report) {
		Map<Long, CumulativeFigures> shown = new HashMap<>();
		if (report.getValues().stream().noneMatch(v -> v.getIndicator().getDirection().isChangeVsLastYear())) {
			return shown;
		}
		Map<Long, List<Measurement.Change>> earlier = earlierFigures(report);
		for (ResultValue value : report.getValues()) {
			if (value.getIndicator().getDirection().isChangeVsLastYear()
					&& value.reviewedEntry().measurement(value.kind()) instanceof Measurement.Change month) {
				List<Measurement.Change> periods = earlier.getOrDefault(value.getIndicator().getId(), List.of());
				shown.put(value.getId(), CumulativeFigures.of(periods, month));
			}
		}
		return shown;
	}

	/**
	 * Scores again the later months of the same year of the unit and campaign after the
	 * figures of {@code changed} changed (entered, adjusted by a reviewer, or reset by a
	 * new submission): their change indicators are scored on cumulative figures, which
	 * include this month's. Only the change indicators are scored again, against the
	 * target each was scored against; a total that moves is written to the later report's
	 * history.
	 */
	void rescoreLaterMonths(ResultReport changed) {
		if (changed.getValues().stream().noneMatch(v -> v.getIndicator().getDirection().isChangeVsLastYear())) {
			return;
		}
		this.entityManager.flush();
		LocalDate month = changed.getPeriodMonth();
		List<ResultReport> later = this.entityManager.createQuery("""
				select distinct r from ResultReport r left join fetch r.values
				where r.campaign.id = :c and r.unit.id = :u and r.periodMonth > :month and r.periodMonth < :end
				order by r.periodMonth
				""", ResultReport.class)
			.setParameter("c", changed.getCampaign().getId())
			.setParameter("u", changed.getUnit().getId())
			.setParameter("month", month)
			.setParameter("end", month.withDayOfYear(1).plusYears(1))
			.getResultList();
		for (ResultReport report : later) {
			rescore(report);
		}
	}

	private void rescore(ResultReport report) {
		List<ResultValue> changes = report.getValues()
			.stream()
			.filter(v -> v.getIndicator().getDirection().isChangeVsLastYear())
			.toList();
		if (changes.isEmpty()) {
			return;
		}
		BigDecimal selfBefore = report.getSelfPoints();
		BigDecimal reviewedBefore = report.getReviewedPoints();
		ScoringTable table = table(report);
		Map<Long, List<Measurement.Change>> earlier = earlierFigures(report);
		for (ResultValue value : changes) {
			Indicator indicator = value.getIndicator();
			Measurement self = cumulative(earlier, value, value.entry().measurement(value.kind()));
			Measurement reviewed = value.getReviewedPoints() == null ? null
					: cumulative(earlier, value, value.reviewedEntry().measurement(value.kind()));
			value.rescore(self == null ? null : score(table, indicator, value.getTarget(), self),
					reviewed == null ? null : score(table, indicator, value.getTarget(), reviewed));
		}
		report.retotal();
		var audit = AuditRecord
			.of("RESULT_REPORT_RESCORED", ResultReport.AUDIT_TYPE, report.getId(), ReportHistoryText.label(report))
			.change("result.field.selfPoints", this.text.points(selfBefore), this.text.points(report.getSelfPoints()))
			.change("result.field.reviewedPoints", this.text.points(reviewedBefore),
					this.text.points(report.getReviewedPoints()));
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.reason(this.text.rescoreReason()).build());
		}
	}

	// ------------------------------------------------------------ scaling

	/**
	 * The scaling of the report's unit in its month: over the table's indicators due that
	 * month (an indicator reported by quarter counts only in the month closing its
	 * quarter, for every unit alike), of which those applying to the unit's kind.
	 */
	Scaling scaling(ResultReport report, ScoringTable table) {
		LocalDate month = report.getPeriodMonth();
		LocalDate last = report.getCampaign().getEndDate().withDayOfMonth(1);
		String kind = report.getUnit().getKind().name();
		List<String> compared = new ArrayList<>();
		List<String> applicable = new ArrayList<>();
		this.jdbc.sql("select code, period, unit_kinds from campaign_indicator_v where campaign_id = :c")
			.param("c", report.getCampaign().getId())
			.query((rs, i) -> {
				if (ReportCalendar.isDue(ReportingPeriod.valueOf(rs.getString(2)), month, last)) {
					compared.add(rs.getString(1));
					String kinds = rs.getString(3);
					if (kinds == null || Arrays.asList(kinds.split(",")).contains(kind)) {
						applicable.add(rs.getString(1));
					}
				}
				return null;
			})
			.list();
		return table.scaling(compared, applicable);
	}

	/**
	 * Scores against the unit's target; a change target is stored as a positive decrease
	 * while the rules take the signed change.
	 */
	static IndicatorScore score(ScoringTable table, Indicator indicator, BigDecimal target, Measurement measurement) {
		ScoringRule rule = table.rule(indicator.getCode())
			.orElseThrow(() -> new BusinessRuleException(null, "result.error.noScoringRule", indicator.getCode()));
		BigDecimal unitTarget = indicator.getDirection() == Direction.DONE_OR_NOT || target == null ? null
				: indicator.getDirection().signedChange(target);
		return rule.score(measurement, unitTarget);
	}

	ScoringTable table(ResultReport report) {
		Long clusterId = report.getCluster() == null ? null : report.getCluster().getId();
		// the table in force for that month: a table signed in a covenant applies from
		// the
		// month the covenant came into force
		return this.scoringTables.tableFor(report.getCampaign().getId(), clusterId, report.getPeriodMonth())
			.orElseThrow(() -> new BusinessRuleException("result.error.noScoringTable"));
	}

	/** The unit's own targets (giao ước in force) by indicator id. */
	Map<Long, BigDecimal> ownTargets(long campaignId, long unitId) {
		return this.covenants.ownTargetsInForce(campaignId, unitId);
	}

	private Map<Long, BigDecimal> ownTargets(ResultReport report) {
		return ownTargets(report.getCampaign().getId(), report.getUnit().getId());
	}

	/**
	 * The "same period last year" to start from, by this campaign's indicator code: the
	 * figure of the same unit for the same month last year, in the approved report of the
	 * indicator this one was copied from (as reviewed). Only through that link: an
	 * indicator of an unrelated campaign that carries the same code says nothing about
	 * this one. Indicators not copied from last year get nothing and are entered by the
	 * unit.
	 */
	Map<String, BigDecimal> lastYearValues(long campaignId, long unitId, LocalDate month) {
		Map<String, BigDecimal> values = new HashMap<>();
		this.jdbc.sql("""
				select i.code, case when v.adjusted then v.reviewed_amount else v.amount end
				from campaign_indicator_v i
				join result_value v on v.indicator_id = i.copied_from_id
				join result_report r on r.id = v.report_id
				where i.campaign_id = :c and r.unit_id = :u and r.period_month = :m and r.state = 'APPROVED'
				  and i.direction in ('CHANGE_VS_LAST_YEAR', 'INCREASE_VS_LAST_YEAR')
				""")
			.param("c", campaignId)
			.param("u", unitId)
			.param("m", Date.valueOf(month))
			.query((rs, i) -> rs.getBigDecimal(2) == null ? null
					: values.putIfAbsent(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		return values;
	}

}
