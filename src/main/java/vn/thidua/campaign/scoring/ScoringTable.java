package vn.thidua.campaign.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A scoring table (thang điểm): its scale (no national scale exists; 100 and 1000 both
 * occur), one rule per indicator, and its bonus and penalty items.
 *
 * @param scale the total the indicators' maxima must add up to
 * @param rules one rule per indicator
 * @param adjustments the bonus and penalty items a unit may receive
 * @param scalesToApplicable whether a unit's indicator points are scaled to the maximum
 * of the indicators that apply to its kind ({@link Scaling}); on unless the table's rules
 * say otherwise
 */
public record ScoringTable(BigDecimal scale, List<ScoringRule> rules, List<ScoreAdjustment> adjustments,
		boolean scalesToApplicable) {

	public ScoringTable {
		rules = List.copyOf(rules);
		adjustments = List.copyOf(adjustments);
	}

	/** A table that scales to the applicable indicators, the default. */
	public ScoringTable(BigDecimal scale, List<ScoringRule> rules, List<ScoreAdjustment> adjustments) {
		this(scale, rules, adjustments, true);
	}

	/**
	 * Everything wrong with the table, in the order an editor shows it: the scale, the
	 * indicators (each rule's own problems, duplicates), whether the maxima add up
	 * exactly to the scale, then the bonus and penalty items. Empty when the table is
	 * usable.
	 */
	public List<ScoringProblem> problems() {
		List<ScoringProblem> problems = new ArrayList<>();
		boolean scaleValid = this.scale != null && this.scale.signum() > 0;
		if (!scaleValid) {
			problems.add(ScoringProblem.of("scoring.error.scaleNotPositive"));
		}
		if (this.rules.isEmpty()) {
			problems.add(ScoringProblem.of("scoring.error.noIndicators"));
		}
		Set<String> indicators = new HashSet<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (ScoringRule rule : this.rules) {
			if (!indicators.add(rule.indicator())) {
				problems.add(ScoringProblem.of("scoring.error.duplicateIndicator", rule.indicator()));
			}
			problems.addAll(rule.problems());
			if (rule.maxPoints() != null) {
				sum = sum.add(rule.maxPoints());
			}
		}
		// compareTo, not equals: 100 and 100.00 are the same scale
		if (scaleValid && !this.rules.isEmpty() && sum.compareTo(this.scale) != 0) {
			problems.add(ScoringProblem.of("scoring.error.maximaSum", sum, this.scale));
		}
		Set<String> items = new HashSet<>();
		for (ScoreAdjustment adjustment : this.adjustments) {
			if (!items.add(adjustment.item())) {
				problems.add(ScoringProblem.of("scoring.error.duplicateAdjustment", adjustment.item()));
			}
			if (adjustment.points() == null || adjustment.points().signum() <= 0) {
				problems.add(ScoringProblem.of("scoring.error.adjustmentNotPositive", adjustment.item()));
			}
		}
		return problems;
	}

	public boolean isValid() {
		return problems().isEmpty();
	}

	/** The rule of an indicator, by its code. */
	public Optional<ScoringRule> rule(String indicator) {
		return this.rules.stream().filter(rule -> rule.indicator().equals(indicator)).findFirst();
	}

	/**
	 * The scaling of a unit to whom only the indicators {@code applicable} apply, over
	 * the whole table; see {@link Scaling}.
	 */
	public Scaling scaling(Collection<String> applicable) {
		return scaling(this.rules.stream().map(ScoringRule::indicator).toList(), applicable);
	}

	/**
	 * The scaling of a unit over the indicators {@code compared} (e.g. those due in the
	 * month scored: an indicator reported by quarter is compared only in the month
	 * closing its quarter), of which only {@code applicable} apply to the unit:
	 * {@code full} is the sum of the maxima of the compared indicators,
	 * {@code applicable} the sum over those that also apply. No scaling when the table
	 * switches it off.
	 */
	public Scaling scaling(Collection<String> compared, Collection<String> applicable) {
		Set<String> comparedSet = new HashSet<>(compared);
		Set<String> applicableSet = new HashSet<>(applicable);
		BigDecimal full = BigDecimal.ZERO;
		BigDecimal applying = BigDecimal.ZERO;
		for (ScoringRule rule : this.rules) {
			if (rule.maxPoints() == null || !comparedSet.contains(rule.indicator())) {
				continue;
			}
			full = full.add(rule.maxPoints());
			if (applicableSet.contains(rule.indicator())) {
				applying = applying.add(rule.maxPoints());
			}
		}
		return this.scalesToApplicable ? new Scaling(full, applying) : Scaling.none(full);
	}

	/**
	 * A unit's total with its indicator points scaled (bonuses above target and items are
	 * not); see {@link UnitTotal} and {@link Scaling}.
	 * @throws ScoringException when an item is not one of this table's
	 */
	public UnitTotal total(Collection<IndicatorScore> scores, Collection<String> appliedItems, Scaling scaling) {
		return UnitTotal.of(scores, adjustments(appliedItems), scaling);
	}

	/**
	 * A unit's total from its indicator scores and the codes of the items it received (an
	 * item received twice is listed twice); see {@link UnitTotal} for the rules.
	 * @throws ScoringException when an item is not one of this table's
	 */
	public UnitTotal total(Collection<IndicatorScore> scores, Collection<String> appliedItems) {
		return UnitTotal.of(scores, adjustments(appliedItems));
	}

	private List<ScoreAdjustment> adjustments(Collection<String> appliedItems) {
		List<ScoreAdjustment> applied = new ArrayList<>();
		for (String item : appliedItems) {
			applied.add(this.adjustments.stream()
				.filter(adjustment -> adjustment.item().equals(item))
				.findFirst()
				.orElseThrow(() -> new ScoringException("scoring.error.unknownAdjustment", item)));
		}
		return applied;
	}

}
