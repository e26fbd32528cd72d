package vn.thidua.campaign.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.campaign.scoring.Measurement.change;
import static vn.thidua.campaign.scoring.Measurement.done;
import static vn.thidua.campaign.scoring.Measurement.rate;
import static vn.thidua.campaign.scoring.ScoringRuleTests.d;

/**
 * A whole 100-point table of the "Vì an ninh Tổ quốc" movement, scored for one commune
 * police unit, every number computed by hand:
 *
 * <pre>
 * indicator                               max  target   achieved                        points  bonus
 * CLEARANCE  case clearance (≥, floor 50)  20   ≥ 75%    173/188 = 92.02%  met           20.00   2.00 (17.02 x 0.2 = 3.40, cap 2)
 * SERIOUS    very serious cases (≥)        15   ≥ 90%    43/50 = 86.00%    15 x 86/90    14.33
 * RESOLVED   crime reports resolved (≥)    15   ≥ 95%*   412/437 = 94.28%  15 x 94.279/95 14.89
 * RECEIVED   reports received (exact)      10   = 100%   437/437 = 100%    met           10.00
 * CRIME      social-order crime (change)   20   ≤ −5%    390 vs 440 = −11.36%  met       20.00
 * ACCIDENTS  traffic accidents (change)     5   ≤ 0%     48 vs 52 = −7.69%  met           5.00
 * DEATHS     traffic deaths (change)        5   ≤ 0%     21 vs 20 = +5.00%  went up        0.00
 * INJURIES   traffic injuries (change)      5   ≤ 0%     55 vs 61 = −9.84%  met           5.00
 * DISCIPLINE no disciplinary violation      5   done     done                             5.00
 *                                         ---                                           ------  -----
 *                                         100                                            94.22   2.00
 * bonus item COMMENDED +3, penalty item INCIDENT −5: total 94.22 + 2.00 + 3 − 5 = 94.22
 * DEATHS: a change the wrong way earns nothing unless the table scores it (the ratio
 * would give 5 x 100/105 = 4.76 for a rise in deaths)
 * (*) the unit committed to 95%, above the common 90%
 * </pre>
 */
class WorkedExampleTests {

	final ScoringTable table = new ScoringTable(d("100"),
			List.of(ScoringRule.of("CLEARANCE", Direction.HIGHER_IS_BETTER, d("20"), d("75"))
				.withFloor(d("50"))
				.withBonus(d("0.2"), d("2")),
					ScoringRule.of("SERIOUS", Direction.HIGHER_IS_BETTER, d("15"), d("90")).withFloor(d("70")),
					ScoringRule.of("RESOLVED", Direction.HIGHER_IS_BETTER, d("15"), d("90")),
					ScoringRule.of("RECEIVED", Direction.EXACT, d("10"), d("100")),
					ScoringRule.of("CRIME", Direction.CHANGE_VS_LAST_YEAR, d("20"), d("-5")).withFloor(d("0")),
					ScoringRule.of("ACCIDENTS", Direction.CHANGE_VS_LAST_YEAR, d("5"), d("0")),
					ScoringRule.of("DEATHS", Direction.CHANGE_VS_LAST_YEAR, d("5"), d("0")),
					ScoringRule.of("INJURIES", Direction.CHANGE_VS_LAST_YEAR, d("5"), d("0")),
					ScoringRule.doneOrNot("DISCIPLINE", d("5"))),
			List.of(ScoreAdjustment.bonus("COMMENDED", d("3")), ScoreAdjustment.penalty("INCIDENT", d("5"))));

	@Test
	void theTableIsValid() {
		assertThat(this.table.problems()).isEmpty();
	}

	@Test
	void scoresACommunePoliceUnitIndicatorByIndicator() {
		List<IndicatorScore> scores = new ArrayList<>();

		IndicatorScore clearance = score("CLEARANCE", rate(173, 188), null);
		assertThat(clearance.measured()).isEqualTo(d("92.02"));
		assertThat(clearance.points()).isEqualTo(d("20.00"));
		assertThat(clearance.bonus()).isEqualTo(d("2.00"));
		assertThat(clearance.reason()).isEqualTo(ScoreReason.MET);
		scores.add(clearance);

		IndicatorScore serious = score("SERIOUS", rate(43, 50), null);
		assertThat(serious.measured()).isEqualTo(d("86.00"));
		assertThat(serious.points()).isEqualTo(d("14.33"));
		assertThat(serious.reason()).isEqualTo(ScoreReason.BELOW_TARGET);
		scores.add(serious);

		IndicatorScore resolved = score("RESOLVED", rate(412, 437), d("95"));
		assertThat(resolved.measured()).isEqualTo(d("94.28"));
		assertThat(resolved.target()).isEqualTo(d("95"));
		assertThat(resolved.points()).isEqualTo(d("14.89"));
		assertThat(resolved.reason()).isEqualTo(ScoreReason.BELOW_TARGET);
		scores.add(resolved);

		IndicatorScore received = score("RECEIVED", rate(437, 437), null);
		assertThat(received.measured()).isEqualTo(d("100.00"));
		assertThat(received.points()).isEqualTo(d("10.00"));
		scores.add(received);

		IndicatorScore crime = score("CRIME", change(d("390"), d("440")), null);
		assertThat(crime.measured()).isEqualTo(d("-11.36"));
		assertThat(crime.points()).isEqualTo(d("20.00"));
		assertThat(crime.met()).isTrue();
		scores.add(crime);

		IndicatorScore accidents = score("ACCIDENTS", change(d("48"), d("52")), null);
		assertThat(accidents.measured()).isEqualTo(d("-7.69"));
		assertThat(accidents.points()).isEqualTo(d("5.00"));
		scores.add(accidents);

		IndicatorScore deaths = score("DEATHS", change(d("21"), d("20")), null);
		assertThat(deaths.measured()).isEqualTo(d("5.00"));
		assertThat(deaths.points()).isEqualTo(d("0.00"));
		assertThat(deaths.reason()).isEqualTo(ScoreReason.WRONG_WAY);
		scores.add(deaths);

		IndicatorScore injuries = score("INJURIES", change(d("55"), d("61")), null);
		assertThat(injuries.measured()).isEqualTo(d("-9.84"));
		assertThat(injuries.points()).isEqualTo(d("5.00"));
		scores.add(injuries);

		IndicatorScore discipline = score("DISCIPLINE", done(true), null);
		assertThat(discipline.points()).isEqualTo(d("5.00"));
		scores.add(discipline);

		UnitTotal total = this.table.total(scores, List.of("COMMENDED", "INCIDENT"));
		assertThat(total.indicatorPoints()).isEqualTo(d("94.22"));
		assertThat(total.indicatorBonus()).isEqualTo(d("2.00"));
		assertThat(total.bonusItems()).isEqualTo(d("3.00"));
		assertThat(total.penalties()).isEqualTo(d("5.00"));
		assertThat(total.total()).isEqualTo(d("94.22"));
		assertThat(total.floored()).isFalse();
	}

	private IndicatorScore score(String indicator, Measurement measurement, BigDecimal unitTarget) {
		return this.table.rule(indicator).orElseThrow().score(measurement, unitTarget);
	}

}
