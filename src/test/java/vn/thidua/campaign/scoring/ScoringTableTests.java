package vn.thidua.campaign.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.campaign.scoring.ScoringRuleTests.d;

/**
 * Validation of a whole scoring table, and a unit's total with bonus and penalty items.
 */
class ScoringTableTests {

	static IndicatorScore scored(String points, String bonus) {
		return new IndicatorScore(d(points), d(bonus), null, null, ScoreReason.MET);
	}

	final List<ScoreAdjustment> items = List.of(ScoreAdjustment.bonus("COMMENDED", d("3")),
			ScoreAdjustment.penalty("VIOLATION", d("5")), ScoreAdjustment.penalty("INCIDENT", d("10")));

	@Test
	void aTableWhoseMaximaAddUpToTheScaleIsValid() {
		ScoringTable table = new ScoringTable(d("1000"),
				List.of(ScoringRule.of("A", Direction.HIGHER_IS_BETTER, d("600"), d("75")),
						ScoringRule.doneOrNot("B", d("400.00"))),
				this.items);
		assertThat(table.problems()).isEmpty();
		assertThat(table.isValid()).isTrue();
		assertThat(table.rule("B"))
			.hasValueSatisfying(rule -> assertThat(rule.direction()).isEqualTo(Direction.DONE_OR_NOT));
		assertThat(table.rule("C")).isEmpty();
	}

	@Test
	void maximaThatDoNotAddUpToTheScaleAreReportedWithTheSumAndTheScale() {
		ScoringTable table = new ScoringTable(d("100"),
				List.of(ScoringRule.of("A", Direction.HIGHER_IS_BETTER, d("60"), d("75")),
						ScoringRule.doneOrNot("B", d("30.5"))),
				List.of());
		assertThat(table.problems()).containsExactly(ScoringProblem.of("scoring.error.maximaSum", d("90.5"), d("100")));
	}

	@Test
	void listsEveryProblemOfTheTableAndItsRules() {
		ScoringTable table = new ScoringTable(d("100"),
				List.of(ScoringRule.of("A", Direction.HIGHER_IS_BETTER, d("60"), null),
						ScoringRule.doneOrNot("A", d("50"))),
				List.of(ScoreAdjustment.bonus("X", d("0")), ScoreAdjustment.penalty("X", d("2"))));
		assertThat(table.problems()).containsExactly(ScoringProblem.of("scoring.error.targetMissing", "A"),
				ScoringProblem.of("scoring.error.duplicateIndicator", "A"),
				ScoringProblem.of("scoring.error.maximaSum", d("110"), d("100")),
				ScoringProblem.of("scoring.error.adjustmentNotPositive", "X"),
				ScoringProblem.of("scoring.error.duplicateAdjustment", "X"));
	}

	@Test
	void anEmptyTableOrAScaleOfZeroIsRefused() {
		assertThat(new ScoringTable(d("100"), List.of(), List.of()).problems())
			.containsExactly(ScoringProblem.of("scoring.error.noIndicators"));
		assertThat(new ScoringTable(d("0"), List.of(ScoringRule.doneOrNot("A", d("10"))), List.of()).problems())
			.containsExactly(ScoringProblem.of("scoring.error.scaleNotPositive"));
		assertThat(new ScoringTable(null, List.of(ScoringRule.doneOrNot("A", d("10"))), List.of()).problems())
			.containsExactly(ScoringProblem.of("scoring.error.scaleNotPositive"));
	}

	@Test
	void theTotalIsIndicatorPointsPlusBonusesMinusPenalties() {
		ScoringTable table = new ScoringTable(d("100"), List.of(ScoringRule.doneOrNot("A", d("100"))), this.items);
		// 80.25 + 1.50 + 3 - 5 = 79.75
		UnitTotal total = table.total(List.of(scored("60.25", "1.50"), scored("20", "0")),
				List.of("COMMENDED", "VIOLATION"));
		assertThat(total.indicatorPoints()).isEqualTo(d("80.25"));
		assertThat(total.indicatorBonus()).isEqualTo(d("1.50"));
		assertThat(total.bonusItems()).isEqualTo(d("3.00"));
		assertThat(total.penalties()).isEqualTo(d("5.00"));
		assertThat(total.total()).isEqualTo(d("79.75"));
		assertThat(total.floored()).isFalse();
	}

	@Test
	void anItemReceivedTwiceCountsTwice() {
		ScoringTable table = new ScoringTable(d("100"), List.of(ScoringRule.doneOrNot("A", d("100"))), this.items);
		UnitTotal total = table.total(List.of(scored("50", "0")), List.of("VIOLATION", "VIOLATION"));
		assertThat(total.penalties()).isEqualTo(d("10.00"));
		assertThat(total.total()).isEqualTo(d("40.00"));
	}

	@Test
	void theTotalNeverGoesBelowZero() {
		ScoringTable table = new ScoringTable(d("100"), List.of(ScoringRule.doneOrNot("A", d("100"))), this.items);
		// 12 - 10 - 5 = -3 -> 0
		UnitTotal total = table.total(List.of(scored("12", "0")), List.of("INCIDENT", "VIOLATION"));
		assertThat(total.total()).isEqualTo(d("0.00"));
		assertThat(total.floored()).isTrue();
		assertThat(total.penalties()).isEqualTo(d("15.00"));
		// exactly 0 is not "floored"
		assertThat(table.total(List.of(scored("10", "0")), List.of("INCIDENT")).floored()).isFalse();
	}

	@Test
	void theTotalMayExceedTheScaleThroughBonuses() {
		ScoringTable table = new ScoringTable(d("100"), List.of(ScoringRule.doneOrNot("A", d("100"))), this.items);
		assertThat(table.total(List.of(scored("100", "2")), List.of("COMMENDED")).total()).isEqualTo(d("105.00"));
	}

	@Test
	void anItemThatIsNotInTheTableIsRefused() {
		ScoringTable table = new ScoringTable(d("100"), List.of(ScoringRule.doneOrNot("A", d("100"))), this.items);
		assertThatThrownBy(() -> table.total(List.of(), List.of("UNKNOWN")))
			.isInstanceOfSatisfying(ScoringException.class, ex -> assertThat(ex.getProblem())
				.isEqualTo(ScoringProblem.of("scoring.error.unknownAdjustment", "UNKNOWN")));
	}

	@Test
	void anAdjustmentWithoutPositivePointsIsRefusedInATotal() {
		assertThatThrownBy(() -> UnitTotal.of(List.of(), List.of(ScoreAdjustment.penalty("P", d("-5")))))
			.isInstanceOf(ScoringException.class);
	}

}
