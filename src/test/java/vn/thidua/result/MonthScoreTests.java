package vn.thidua.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.campaign.scoring.AdjustmentKind;
import vn.thidua.campaign.scoring.IndicatorScore;
import vn.thidua.campaign.scoring.ScoreAdjustment;
import vn.thidua.campaign.scoring.ScoreReason;
import vn.thidua.campaign.scoring.UnitTotal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month score of the rankings is the database function {@code result_month_score}; it
 * must say what {@link UnitTotal} says, so each of these examples goes through both.
 */
@SpringBootTest
class MonthScoreTests {

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> examples() {
		return Stream.of(
				// 80.25 + 1.50 + 3 - 5 = 79.75
				Arguments.of(List.of(scored("60.25", "1.50"), scored("20", "0")), List.of(bonus("3"), penalty("5")),
						"79.75"),
				// an item received twice counts twice: 50 - 5 - 5
				Arguments.of(List.of(scored("50", "0")), List.of(penalty("5"), penalty("5")), "40.00"),
				// never below 0: 12 - 10 - 5
				Arguments.of(List.of(scored("12", "0")), List.of(penalty("10"), penalty("5")), "0.00"),
				// not capped at the scale: bonuses tell apart units that all met their
				// targets
				Arguments.of(List.of(scored("98.50", "2.00")), List.of(bonus("3")), "103.50"),
				// no item at all
				Arguments.of(List.of(scored("73.40", "0.35")), List.of(), "73.75"));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void theMonthScoreFunctionSaysWhatUnitTotalSays(List<IndicatorScore> scores, List<ScoreAdjustment> items,
			String expected) {
		UnitTotal total = UnitTotal.of(scores, items);
		BigDecimal reviewed = total.indicatorPoints().add(total.indicatorBonus());
		BigDecimal bonusItems = sum(items, AdjustmentKind.BONUS);
		BigDecimal penalties = sum(items, AdjustmentKind.PENALTY);
		BigDecimal inDatabase = this.jdbc.sql("select result_month_score(:reviewed, :bonus, :penalties)")
			.param("reviewed", reviewed)
			.param("bonus", bonusItems)
			.param("penalties", penalties)
			.query(BigDecimal.class)
			.single();
		assertThat(total.total()).isEqualTo(new BigDecimal(expected));
		assertThat(inDatabase).isEqualTo(total.total());
	}

	/** The sum of the items of a kind, {@code null} for none, as SQL's sum gives it. */
	private static BigDecimal sum(List<ScoreAdjustment> items, AdjustmentKind kind) {
		return items.stream()
			.filter(i -> i.kind() == kind)
			.map(ScoreAdjustment::points)
			.reduce(BigDecimal::add)
			.orElse(null);
	}

	private static IndicatorScore scored(String points, String bonus) {
		return new IndicatorScore(new BigDecimal(points), new BigDecimal(bonus), null, null, ScoreReason.MET);
	}

	private static ScoreAdjustment bonus(String points) {
		return ScoreAdjustment.bonus("B", new BigDecimal(points));
	}

	private static ScoreAdjustment penalty(String points) {
		return ScoreAdjustment.penalty("P", new BigDecimal(points));
	}

}
