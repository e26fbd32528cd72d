package vn.thidua.campaign.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.campaign.scoring.ScoringRuleTests.d;

/**
 * The two rules that make scores comparable: a change against last year is scored on the
 * figures added up since the start of the year, and a unit to whom some indicators do not
 * apply has its points scaled to the table's maximum.
 */
class CumulativeAndScalingTests {

	/** "Giảm ≥ 5%" worth 20 points, no floor, the wrong way not scored. */
	final ScoringRule decrease = ScoringRule.of("2.1", Direction.CHANGE_VS_LAST_YEAR, d("20"), d("-5"));

	@Test
	void aCumulativeChangeComparesTheSumsNotTheAverageOfTheMonths() {
		// January 10 against 20 (−50%), February 30 against 20 (+50%):
		// at February 10 + 30 = 40 against 20 + 20 = 40, a change of 0%, not the
		// average (−50 + 50) / 2 = 0 by chance nor February's +50% alone
		Measurement.Change cumulative = Measurement
			.cumulative(List.of(new Measurement.Change(d("10"), d("20")), new Measurement.Change(d("30"), d("20"))));
		assertThat(cumulative.thisPeriod()).isEqualByComparingTo("40");
		assertThat(cumulative.lastYear()).isEqualByComparingTo("40");
		IndicatorScore score = this.decrease.score(cumulative);
		assertThat(score.measured()).isEqualByComparingTo("0.00");
		// no change against "giảm ≥ 5%" without a floor: linear from 0% (nothing) to
		// −5% (20 points), so 0 points, and not the wrong way
		assertThat(score.points()).isEqualByComparingTo("0.00");
		assertThat(score.reason()).isEqualTo(ScoreReason.BELOW_TARGET);
	}

	@Test
	void aCumulativeChangeDiffersFromTheLastMonthsOwnChange() {
		// January 12 against 10, February 6 against 10: February alone is −40% (met);
		// added up 18 against 20 is −10%, met too, but measured −10,00%
		Measurement.Change cumulative = Measurement
			.cumulative(List.of(new Measurement.Change(d("12"), d("10")), new Measurement.Change(d("6"), d("10"))));
		IndicatorScore score = this.decrease.score(cumulative);
		assertThat(score.measured()).isEqualByComparingTo("-10.00");
		assertThat(score.points()).isEqualByComparingTo("20.00");
		// March 25 against 10: 43 against 30 is +43,33%, the wrong way: nothing
		IndicatorScore march = this.decrease
			.score(Measurement.cumulative(List.of(new Measurement.Change(d("12"), d("10")),
					new Measurement.Change(d("6"), d("10")), new Measurement.Change(d("25"), d("10")))));
		// (43 − 30) × 100 / 30 = 43.333… → 43.33
		assertThat(march.measured()).isEqualByComparingTo("43.33");
		assertThat(march.reason()).isEqualTo(ScoreReason.WRONG_WAY);
	}

	@Test
	void aCumulativeOfNothingIsRefused() {
		assertThatThrownBy(() -> Measurement.cumulative(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	ScoringTable hundredPoints(boolean scales) {
		// 40 + 30 + 15 + 15 = 100; 3.1 (15 points) does not apply to commune police
		return new ScoringTable(d("100"),
				List.of(ScoringRule.doneOrNot("1.1", d("40")), ScoringRule.doneOrNot("1.2", d("30")),
						ScoringRule.doneOrNot("2.1", d("15")), ScoringRule.doneOrNot("3.1", d("15"))),
				List.of(ScoreAdjustment.bonus("COMMENDED", d("3")), ScoreAdjustment.penalty("VIOLATION", d("5"))),
				scales);
	}

	@Test
	void pointsOfAUnitToWhomAnIndicatorDoesNotApplyAreScaledToTheTable() {
		Scaling scaling = hundredPoints(true).scaling(List.of("1.1", "1.2", "2.1"));
		assertThat(scaling.full()).isEqualByComparingTo("100");
		// 40 + 30 + 15 = 85
		assertThat(scaling.applicable()).isEqualByComparingTo("85");
		assertThat(scaling.applies()).isTrue();
		// 68 × 100 / 85 = 6800 / 85 = 80 exactly
		assertThat(scaling.scale(d("68"))).isEqualByComparingTo("80.00");
		// 50 × 100 / 85 = 58.8235… → 58.82; rounding the factor first (1.18 × 50 = 59.00)
		// would be wrong
		assertThat(scaling.scale(d("50"))).isEqualByComparingTo("58.82");
	}

	@Test
	void aUnitToWhomEveryIndicatorAppliesIsNotScaled() {
		Scaling scaling = hundredPoints(true).scaling(List.of("1.1", "1.2", "2.1", "3.1"));
		assertThat(scaling.applies()).isFalse();
		assertThat(scaling.scale(d("68"))).isEqualByComparingTo("68.00");
	}

	@Test
	void aTableThatSwitchesScalingOffLeavesThePointsRaw() {
		Scaling scaling = hundredPoints(false).scaling(List.of("1.1", "1.2", "2.1"));
		assertThat(scaling.applies()).isFalse();
		assertThat(scaling.scale(d("68"))).isEqualByComparingTo("68.00");
	}

	@Test
	void onlyTheIndicatorsComparedCountWhenSomeAreNotDue() {
		// in a month where 1.2 (30 points, by quarter) is not due: compared 40 + 15 + 15
		// = 70, applicable to commune police 40 + 15 = 55; 55 of 55 → 55 × 70 / 55 = 70
		Scaling scaling = hundredPoints(true).scaling(List.of("1.1", "2.1", "3.1"), List.of("1.1", "1.2", "2.1"));
		assertThat(scaling.full()).isEqualByComparingTo("70");
		assertThat(scaling.applicable()).isEqualByComparingTo("55");
		assertThat(scaling.scale(d("55"))).isEqualByComparingTo("70.00");
	}

	@Test
	void bonusesAboveTargetAndItemsAreNotScaled() {
		ScoringTable table = hundredPoints(true);
		Scaling scaling = table.scaling(List.of("1.1", "1.2", "2.1"));
		// curve points 40 + 28 = 68 → 80.00; bonus above target 2.50 stays 2.50;
		// items +3 −5; total 80 + 2.5 + 3 − 5 = 80.50
		UnitTotal total = table.total(
				List.of(ScoringTableTests.scored("40", "0"), ScoringTableTests.scored("28", "2.50")),
				List.of("COMMENDED", "VIOLATION"), scaling);
		assertThat(total.indicatorPoints()).isEqualByComparingTo("80.00");
		assertThat(total.indicatorBonus()).isEqualByComparingTo("2.50");
		assertThat(total.bonusItems()).isEqualByComparingTo("3.00");
		assertThat(total.penalties()).isEqualByComparingTo("5.00");
		assertThat(total.total()).isEqualByComparingTo("80.50");
	}

}
