package vn.thidua.result;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.IndicatorScore;
import vn.thidua.campaign.scoring.Measurement;
import vn.thidua.campaign.scoring.ScoringException;
import vn.thidua.campaign.scoring.ScoringRule;
import vn.thidua.campaign.scoring.ScoringTable;
import vn.thidua.pledge.CovenantService;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Checking and scoring a report's figures: every entry goes through the campaign's
 * scoring function against the unit's own target (its covenant in force, else the common
 * one), whether it comes from the entry page, the API, an Excel file, a reviewer's
 * adjustment or a past month recorded as history.
 */
@Component
@RequiredArgsConstructor
class ReportScoring {

	private final ScoringTableService scoringTables;

	private final CovenantService covenants;

	private final JdbcClient jdbc;

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

	/** As {@link #scoreSelf(ResultReport)}, with the table and targets already read. */
	void scoreSelf(ResultReport report, ScoringTable table, Map<Long, BigDecimal> own) {
		for (ResultValue value : report.getValues()) {
			Indicator indicator = value.getIndicator();
			BigDecimal target = own.getOrDefault(indicator.getId(), indicator.getTarget());
			Measurement measurement = value.entry().measurement(value.kind());
			report.scoreSelf(value, target, measurement == null ? null : score(table, indicator, target, measurement));
		}
	}

	IndicatorScore score(ResultReport report, ResultValue value, Measurement measurement) {
		Map<Long, BigDecimal> own = ownTargets(report);
		Indicator indicator = value.getIndicator();
		return score(table(report), indicator, own.getOrDefault(indicator.getId(), indicator.getTarget()), measurement);
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
	 * This period's values of the change indicators in the unit's approved reports of the
	 * same month last year, by indicator code: the "same period last year" to start from.
	 */
	Map<String, BigDecimal> lastYearValues(long unitId, LocalDate month) {
		Map<String, BigDecimal> values = new HashMap<>();
		this.jdbc.sql("""
				select i.code, case when v.adjusted then v.reviewed_amount else v.amount end
				from result_value v join result_report r on r.id = v.report_id
				join campaign_indicator_v i on i.id = v.indicator_id
				where r.unit_id = :u and r.period_month = :m and r.state = 'APPROVED'
				  and i.direction in ('CHANGE_VS_LAST_YEAR', 'INCREASE_VS_LAST_YEAR')
				order by r.id
				""")
			.param("u", unitId)
			.param("m", Date.valueOf(month))
			.query((rs, i) -> rs.getBigDecimal(2) == null ? null
					: values.putIfAbsent(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		return values;
	}

}
