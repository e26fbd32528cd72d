package vn.thidua.campaign.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.campaign.scoring.Measurement.change;
import static vn.thidua.campaign.scoring.Measurement.done;
import static vn.thidua.campaign.scoring.Measurement.rate;
import static vn.thidua.campaign.scoring.Measurement.value;

/**
 * The scoring function, one direction and one edge case at a time. Every expected number
 * is computed by hand in the test's comment or name.
 */
class ScoringRuleTests {

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@Nested
	class HigherIsBetter {

		final ScoringRule clearance = ScoringRule.of("CLEARANCE", Direction.HIGHER_IS_BETTER, d("20"), d("75"));

		@ParameterizedTest(name = "{0} of {1} cases solved = {2}% earns {3} points ({4})")
		@CsvSource({
				// at the target exactly: full points
				"75, 100, 75.00, 20.00, MET",
				// above it, without a bonus rule: still the maximum, nothing more
				"96, 100, 96.00, 20.00, MET",
				// 60/75 of 20 = 16
				"60, 100, 60.00, 16.00, BELOW_TARGET",
				// 74.99/75 of 20 = 19.99733.. -> 20.00 by rounding, but the target is
				// missed
				"7499, 10000, 74.99, 20.00, BELOW_TARGET",
				// nothing solved: 0 points, still below target (there is no floor)
				"0, 12, 0.00, 0.00, BELOW_TARGET" })
		void fullPointsAtTargetProportionalBelow(long solved, long occurred, String rate, String points,
				ScoreReason reason) {
			IndicatorScore score = this.clearance.score(rate(solved, occurred));
			assertThat(score.measured()).isEqualByComparingTo(rate);
			assertThat(score.points()).isEqualTo(d(points));
			assertThat(score.bonus()).isEqualTo(d("0.00"));
			assertThat(score.reason()).isEqualTo(reason);
			assertThat(score.target()).isEqualTo(d("75"));
		}

		@Test
		void aPlainValueScoresLikeARate() {
			// 45 against 50 = 90% of 10
			ScoringRule trainings = ScoringRule.of("TRAINED", Direction.HIGHER_IS_BETTER, d("10"), d("50"));
			assertThat(trainings.score(value(d("45"))).points()).isEqualTo(d("9.00"));
			assertThat(trainings.score(value(d("45"))).measured()).isEqualTo(d("45"));
		}

		@Test
		void belowTheFloorEarnsNothingAndAtTheFloorItIsStillProportional() {
			ScoringRule rule = this.clearance.withFloor(d("50"));
			IndicatorScore below = rule.score(rate(49, 100));
			assertThat(below.points()).isEqualTo(d("0.00"));
			assertThat(below.reason()).isEqualTo(ScoreReason.BELOW_FLOOR);
			// 50/75 of 20 = 13.333.. -> 13.33
			IndicatorScore at = rule.score(rate(50, 100));
			assertThat(at.points()).isEqualTo(d("13.33"));
			assertThat(at.reason()).isEqualTo(ScoreReason.BELOW_TARGET);
		}

		@Test
		void aFloorEqualToTheTargetMakesItAllOrNothing() {
			ScoringRule rule = this.clearance.withFloor(d("75"));
			assertThat(rule.problems()).isEmpty();
			assertThat(rule.score(rate(74, 100)).points()).isEqualTo(d("0.00"));
			assertThat(rule.score(rate(75, 100)).points()).isEqualTo(d("20.00"));
		}

		@ParameterizedTest(name = "{0}% earns a bonus of {1}")
		@CsvSource({
				// 0.2 per percentage point above 75
				"76, 0.20", "80, 1.00",
				// 96.47 - 75 = 21.47 points above target (the 2021 seed) -> 4.294, capped
				// at 3
				"96.47, 3.00",
				// exactly at the cap: 15 x 0.2 = 3
				"90, 3.00",
				// at target: no bonus
				"75, 0.00" })
		void bonusAboveTargetIsCapped(String achieved, String bonus) {
			ScoringRule rule = this.clearance.withBonus(d("0.2"), d("3"));
			IndicatorScore score = rule.score(value(d(achieved)));
			assertThat(score.points()).isEqualTo(d("20.00"));
			assertThat(score.bonus()).isEqualTo(d(bonus));
			assertThat(score.total()).isEqualTo(d("20.00").add(d(bonus)));
		}

		@Test
		void noBonusBelowTarget() {
			ScoringRule rule = this.clearance.withBonus(d("0.2"), d("3"));
			assertThat(rule.score(value(d("70"))).bonus()).isEqualTo(d("0.00"));
		}

	}

	@Nested
	class LowerIsBetter {

		// serious incidents: at most 2
		final ScoringRule incidents = ScoringRule.of("INCIDENTS", Direction.LOWER_IS_BETTER, d("10"), d("2"));

		@ParameterizedTest(name = "{0} incidents against at most 2 earn {1} ({2})")
		@CsvSource({ "0, 10.00, MET", "1, 10.00, MET", "2, 10.00, MET",
				// past the target: 2/3 of 10 = 6.666.. -> 6.67
				"3, 6.67, BELOW_TARGET",
				// 2/8 of 10 = 2.5
				"8, 2.50, BELOW_TARGET" })
		void fullPointsAtOrUnderTargetProportionalPastIt(String incidents, String points, ScoreReason reason) {
			IndicatorScore score = this.incidents.score(value(d(incidents)));
			assertThat(score.points()).isEqualTo(d(points));
			assertThat(score.reason()).isEqualTo(reason);
		}

		@Test
		void pastTheFloorEarnsNothing() {
			// the floor of a lower-is-better indicator lies above the target
			ScoringRule rule = this.incidents.withFloor(d("5"));
			assertThat(rule.score(value(d("5"))).points()).isEqualTo(d("4.00"));
			IndicatorScore past = rule.score(value(d("6")));
			assertThat(past.points()).isEqualTo(d("0.00"));
			assertThat(past.reason()).isEqualTo(ScoreReason.BELOW_FLOOR);
		}

		@Test
		void aTargetOfZeroLeavesNothingForAnyIncident() {
			ScoringRule rule = ScoringRule.of("NONE", Direction.LOWER_IS_BETTER, d("10"), d("0"));
			assertThat(rule.score(value(d("0"))).points()).isEqualTo(d("10.00"));
			assertThat(rule.score(value(d("1"))).points()).isEqualTo(d("0.00"));
			assertThat(rule.score(value(d("1"))).reason()).isEqualTo(ScoreReason.BELOW_TARGET);
		}

		@Test
		void bonusCountsEachUnitUnderTheTarget() {
			// 1 per incident under 2, at most 1.5
			ScoringRule rule = this.incidents.withBonus(d("1"), d("1.5"));
			assertThat(rule.score(value(d("1"))).bonus()).isEqualTo(d("1.00"));
			assertThat(rule.score(value(d("0"))).bonus()).isEqualTo(d("1.50"));
			assertThat(rule.score(value(d("2"))).bonus()).isEqualTo(d("0.00"));
		}

	}

	@Nested
	class ChangeVsLastYear {

		// crimes against social order: down at least 5%
		final ScoringRule crime = ScoringRule.of("CRIME", Direction.CHANGE_VS_LAST_YEAR, d("20"), d("-5"));

		@Test
		void theSeedDecreaseOf11Point36PercentMeetsTheTarget() {
			// (390 - 440) / 440 = -11.3636..% -> -11.36
			IndicatorScore score = this.crime.score(change(d("390"), d("440")));
			assertThat(score.measured()).isEqualTo(d("-11.36"));
			assertThat(score.points()).isEqualTo(d("20.00"));
			assertThat(score.reason()).isEqualTo(ScoreReason.MET);
		}

		@Test
		void exactlyTheTargetDecreaseMeetsIt() {
			// 380 against 400 = -5.00%
			IndicatorScore score = this.crime.score(change(d("380"), d("400")));
			assertThat(score.measured()).isEqualTo(d("-5.00"));
			assertThat(score.met()).isTrue();
		}

		@Test
		void aDecreaseShortOfTheTargetIsLinearBetweenFloorAndTarget() {
			// floor 0% (no decrease = nothing); -2% is 2/5 of the way: 8 of 20
			ScoringRule rule = this.crime.withFloor(d("0"));
			IndicatorScore score = rule.score(change(d("98"), d("100")));
			assertThat(score.measured()).isEqualTo(d("-2.00"));
			assertThat(score.points()).isEqualTo(d("8.00"));
			assertThat(score.reason()).isEqualTo(ScoreReason.BELOW_TARGET);
			// no change at all: at the floor, 0 points but not beyond it
			assertThat(rule.score(change(d("100"), d("100"))).points()).isEqualTo(d("0.00"));
			// an increase: beyond the floor
			IndicatorScore increase = rule.score(change(d("101"), d("100")));
			assertThat(increase.points()).isEqualTo(d("0.00"));
			assertThat(increase.reason()).isEqualTo(ScoreReason.BELOW_FLOOR);
		}

		@Test
		void crimeUpFiftyPercentEarnsNothingAgainstADecreaseTarget() {
			// 150 against 100 = +50.00%: the figure went up, the pledge was "giảm ≥ 5%".
			// The old ratio gave 20 × 95/150 = 12.67 (63% of the points); now 0.
			IndicatorScore score = this.crime.score(change(d("150"), d("100")));
			assertThat(score.measured()).isEqualTo(d("50.00"));
			assertThat(score.points()).isEqualTo(d("0.00"));
			assertThat(score.reason()).isEqualTo(ScoreReason.WRONG_WAY);
			assertThat(score.met()).isFalse();
		}

		@Test
		void withoutAFloorNoChangeIsTheFloor() {
			// floor "no change" (0%): -2% is 2/5 of the way to -5%: 20 × 2/5 = 8.00
			assertThat(this.crime.score(change(d("98"), d("100"))).points()).isEqualTo(d("8.00"));
			// -4%: 20 × 4/5 = 16.00
			assertThat(this.crime.score(change(d("96"), d("100"))).points()).isEqualTo(d("16.00"));
			// no change: 20 × 0/5 = 0.00, not the wrong way
			IndicatorScore same = this.crime.score(change(d("100"), d("100")));
			assertThat(same.points()).isEqualTo(d("0.00"));
			assertThat(same.reason()).isEqualTo(ScoreReason.BELOW_TARGET);
		}

		@Test
		void aTableThatScoresTheWrongWayUsesTheRatioOfTheImpliedValues() {
			// target -5% allows 95 for 100 last year; 110 earns 95/110 of 20 = 17.2727..
			// ->
			// 17.27; 150 earns 20 × 95/150 = 12.666.. -> 12.67
			ScoringRule rule = this.crime.withWrongWayScored(true);
			IndicatorScore score = rule.score(change(d("110"), d("100")));
			assertThat(score.measured()).isEqualTo(d("10.00"));
			assertThat(score.points()).isEqualTo(d("17.27"));
			assertThat(rule.score(change(d("150"), d("100"))).points()).isEqualTo(d("12.67"));
			// a decrease short of the target too: -2% -> 20 × 95/98 = 19.387.. -> 19.39
			assertThat(rule.score(change(d("98"), d("100"))).points()).isEqualTo(d("19.39"));
		}

		@Test
		void aFloorOnTheWrongSideCountsOnlyWhenTheTableScoresTheWrongWay() {
			// floor +10% (a rise of up to 10% still counts if the table says so)
			ScoringRule rule = this.crime.withFloor(d("10"));
			// not scored the wrong way: +4% earns 0; -2% is linear from "no change": 8.00
			assertThat(rule.score(change(d("104"), d("100"))).reason()).isEqualTo(ScoreReason.WRONG_WAY);
			assertThat(rule.score(change(d("98"), d("100"))).points()).isEqualTo(d("8.00"));
			// scored the wrong way: linear from +10 to -5 (15 points of change):
			// +4% -> 20 × (10 - 4) / 15 = 8.00; -2% -> 20 × 12 / 15 = 16.00; +11% beyond
			ScoringRule scored = rule.withWrongWayScored(true);
			assertThat(scored.score(change(d("104"), d("100"))).points()).isEqualTo(d("8.00"));
			assertThat(scored.score(change(d("98"), d("100"))).points()).isEqualTo(d("16.00"));
			assertThat(scored.score(change(d("111"), d("100"))).reason()).isEqualTo(ScoreReason.BELOW_FLOOR);
		}

		@Test
		void aFloorOnTheRightSideCutsLikeOnARate() {
			// floor -2% (at least a 2% decrease): -1% is worse than the floor: 0;
			// -3.5% is halfway from -2 to -5: 20 × 1.5/3 = 10.00
			ScoringRule rule = this.crime.withFloor(d("-2"));
			assertThat(rule.score(change(d("99"), d("100"))).reason()).isEqualTo(ScoreReason.BELOW_FLOOR);
			assertThat(rule.score(change(d("965"), d("1000"))).points()).isEqualTo(d("10.00"));
		}

		@Test
		void lastYearZeroAndThisYearZeroMeetsTheTarget() {
			IndicatorScore score = this.crime.score(change(d("0"), d("0")));
			assertThat(score.points()).isEqualTo(d("20.00"));
			assertThat(score.reason()).isEqualTo(ScoreReason.MET);
			assertThat(score.measured()).isNull();
		}

		@Test
		void lastYearZeroAndThisYearAboveZeroIsUndefinedAndEarnsNothing() {
			IndicatorScore score = this.crime.withBonus(d("1"), d("2")).score(change(d("3"), d("0")));
			assertThat(score.points()).isEqualTo(d("0.00"));
			assertThat(score.bonus()).isEqualTo(d("0.00"));
			assertThat(score.reason()).isEqualTo(ScoreReason.UNDEFINED);
			assertThat(score.met()).isFalse();
			assertThat(score.measured()).isNull();
		}

		@Test
		void bonusCountsPercentagePointsBeyondTheTarget() {
			// -11.3636 is 6.3636 points beyond -5; 0.5 each = 3.18, cap 2
			ScoringRule rule = this.crime.withBonus(d("0.5"), d("2"));
			assertThat(rule.score(change(d("390"), d("440"))).bonus()).isEqualTo(d("2.00"));
			// -7% is 2 points beyond: 1.00
			assertThat(rule.score(change(d("93"), d("100"))).bonus()).isEqualTo(d("1.00"));
		}

		@Test
		void anIncreaseTargetOfZeroMeansNoIncrease() {
			ScoringRule rule = ScoringRule.of("ACCIDENTS", Direction.CHANGE_VS_LAST_YEAR, d("5"), d("0"));
			assertThat(rule.score(change(d("50"), d("50"))).met()).isTrue();
			// +4% is the wrong way: 0
			assertThat(rule.score(change(d("52"), d("50"))).points()).isEqualTo(d("0.00"));
			// unless the table scores it: 100/104 of 5 = 4.8076.. -> 4.81
			assertThat(rule.withWrongWayScored(true).score(change(d("52"), d("50"))).points()).isEqualTo(d("4.81"));
		}

	}

	@Nested
	class IncreaseVsLastYear {

		// more weapons recovered: up at least 10%
		final ScoringRule weapons = ScoringRule.of("WEAPONS", Direction.INCREASE_VS_LAST_YEAR, d("10"), d("10"));

		@Test
		void anIncreaseOfAtLeastTheTargetMeetsIt() {
			// 55 against 50 = +10.00%: met, 10 points
			IndicatorScore score = this.weapons.score(change(d("55"), d("50")));
			assertThat(score.measured()).isEqualTo(d("10.00"));
			assertThat(score.points()).isEqualTo(d("10.00"));
			assertThat(score.reason()).isEqualTo(ScoreReason.MET);
		}

		@Test
		void anIncreaseShortOfTheTargetIsLinearFromNoChange() {
			// 52 against 50 = +4%: 10 × 4/10 = 4.00
			IndicatorScore score = this.weapons.score(change(d("52"), d("50")));
			assertThat(score.points()).isEqualTo(d("4.00"));
			assertThat(score.reason()).isEqualTo(ScoreReason.BELOW_TARGET);
		}

		@Test
		void aDecreaseIsTheWrongWayAndEarnsNothing() {
			// 40 against 50 = -20%: 0 (the ratio would give 10 × 80/110 = 7.27)
			IndicatorScore score = this.weapons.score(change(d("40"), d("50")));
			assertThat(score.measured()).isEqualTo(d("-20.00"));
			assertThat(score.points()).isEqualTo(d("0.00"));
			assertThat(score.reason()).isEqualTo(ScoreReason.WRONG_WAY);
			// scored the wrong way without floor: 10 × (100 - 20) / (100 + 10) = 7.2727..
			// -> 7.27
			assertThat(this.weapons.withWrongWayScored(true).score(change(d("40"), d("50"))).points())
				.isEqualTo(d("7.27"));
		}

		@Test
		void aFloorCutsAndTheCurveIsLinearFromIt() {
			// floor +4%: +3% earns 0; +7% is halfway from 4 to 10: 10 × 3/6 = 5.00
			ScoringRule rule = this.weapons.withFloor(d("4"));
			assertThat(rule.score(change(d("103"), d("100"))).reason()).isEqualTo(ScoreReason.BELOW_FLOOR);
			assertThat(rule.score(change(d("107"), d("100"))).points()).isEqualTo(d("5.00"));
		}

		@Test
		void aFloorAboveTheTargetIsAProblem() {
			assertThat(this.weapons.withFloor(d("12")).problems())
				.containsExactly(ScoringProblem.of("scoring.error.floorBetterThanTarget", "WEAPONS", d("12"), d("10")));
		}

		@Test
		void bonusCountsPercentagePointsAboveTheTarget() {
			// 65 against 50 = +30%: 20 points beyond 10; 0.1 each = 2.00, cap 1.5
			assertThat(this.weapons.withBonus(d("0.1"), d("1.5")).score(change(d("65"), d("50"))).bonus())
				.isEqualTo(d("1.50"));
			// 60 against 50 = +20%: 10 beyond: 1.00
			assertThat(this.weapons.withBonus(d("0.1"), d("1.5")).score(change(d("60"), d("50"))).bonus())
				.isEqualTo(d("1.00"));
		}

		@Test
		void fromNothingLastYearAnyIncreaseMeetsAndNothingAgainIsNoChange() {
			// 0 -> 3: met without bonus (no finite %); 0 -> 0: a change of 0%, 10 × 0/10
			// = 0
			IndicatorScore fromNothing = this.weapons.withBonus(d("0.1"), d("1")).score(change(d("3"), d("0")));
			assertThat(fromNothing.points()).isEqualTo(d("10.00"));
			assertThat(fromNothing.bonus()).isEqualTo(d("0.00"));
			assertThat(fromNothing.reason()).isEqualTo(ScoreReason.MET);
			IndicatorScore nothing = this.weapons.score(change(d("0"), d("0")));
			assertThat(nothing.points()).isEqualTo(d("0.00"));
			assertThat(nothing.reason()).isEqualTo(ScoreReason.BELOW_TARGET);
		}

		@Test
		void aUnitMayCommitToALargerIncreaseNeverASmallerOne() {
			assertThat(this.weapons.score(change(d("112"), d("100")), d("15")).points()).isEqualTo(d("8.00"));
			assertThatThrownBy(() -> this.weapons.score(change(d("112"), d("100")), d("8")))
				.isInstanceOf(ScoringException.class);
		}

	}

	@Nested
	class Exact {

		// 100% of crime reports received and registered
		final ScoringRule registered = ScoringRule.of("REGISTERED", Direction.EXACT, d("10"), d("100"));

		@Test
		void meetingTheExactTargetEarnsFullPoints() {
			IndicatorScore score = this.registered.score(rate(437, 437));
			assertThat(score.points()).isEqualTo(d("10.00"));
			assertThat(score.measured()).isEqualTo(d("100.00"));
			assertThat(score.met()).isTrue();
		}

		@Test
		void missingByAHairEarnsNothingEvenWhenTheRateRoundsToTheTarget() {
			// 99,999 of 100,000 prints as 100,00% but one report was not registered
			IndicatorScore score = this.registered.score(rate(99_999, 100_000));
			assertThat(score.measured()).isEqualTo(d("100.00"));
			assertThat(score.points()).isEqualTo(d("0.00"));
			assertThat(score.reason()).isEqualTo(ScoreReason.NOT_EXACT);
		}

		@Test
		void aValueAboveTheExactTargetMissesItToo() {
			ScoringRule rule = ScoringRule.of("MEETINGS", Direction.EXACT, d("4"), d("12"));
			assertThat(rule.score(value(d("12.00"))).points()).isEqualTo(d("4.00"));
			assertThat(rule.score(value(d("13"))).reason()).isEqualTo(ScoreReason.NOT_EXACT);
			assertThat(rule.score(value(d("11.99"))).points()).isEqualTo(d("0.00"));
		}

		@Test
		void hasNoFloorNorBonus() {
			assertThat(this.registered.withFloor(d("90")).problems())
				.containsExactly(ScoringProblem.of("scoring.error.floorNotAllowed", "REGISTERED"));
			assertThat(this.registered.withBonus(d("1"), d("2")).problems())
				.containsExactly(ScoringProblem.of("scoring.error.bonusNotAllowed", "REGISTERED"));
		}

	}

	@Nested
	class DoneOrNot {

		final ScoringRule noViolation = ScoringRule.doneOrNot("NO_VIOLATION", d("5"));

		@Test
		void doneEarnsFullPointsAndNotDoneNothing() {
			IndicatorScore done = this.noViolation.score(done(true));
			assertThat(done.points()).isEqualTo(d("5.00"));
			assertThat(done.met()).isTrue();
			assertThat(done.target()).isNull();
			IndicatorScore notDone = this.noViolation.score(done(false));
			assertThat(notDone.points()).isEqualTo(d("0.00"));
			assertThat(notDone.reason()).isEqualTo(ScoreReason.NOT_DONE);
		}

		@Test
		void hasNoTargetSoAUnitTargetChangesNothing() {
			assertThat(this.noViolation.score(done(true), d("1")).points()).isEqualTo(d("5.00"));
			assertThat(Direction.DONE_OR_NOT.isAtLeastAsDemanding(null, null)).isTrue();
		}

		@Test
		void refusesANumber() {
			assertThatThrownBy(() -> this.noViolation.score(value(d("1"))))
				.isInstanceOfSatisfying(ScoringException.class, ex -> assertThat(ex.getProblem())
					.isEqualTo(ScoringProblem.of("scoring.error.wrongInput", "NO_VIOLATION")));
		}

	}

	@Nested
	class ZeroDenominatorRule {

		final ScoringRule serious = ScoringRule.of("SERIOUS", Direction.HIGHER_IS_BETTER, d("15"), d("90"))
			.withFloor(d("50"))
			.withBonus(d("1"), d("2"));

		@Test
		void byDefaultNoCaseMeansNotApplicableWithFullPointsAndNoBonus() {
			IndicatorScore score = this.serious.score(rate(0, 0));
			assertThat(score.points()).isEqualTo(d("15.00"));
			assertThat(score.bonus()).isEqualTo(d("0.00"));
			assertThat(score.reason()).isEqualTo(ScoreReason.NOT_APPLICABLE);
			assertThat(score.met()).isFalse();
			assertThat(score.measured()).isNull();
			assertThat(this.serious.zeroDenominator()).isEqualTo(ZeroDenominator.FULL_POINTS);
		}

		@Test
		void aClusterMayRuleThatNoCaseEarnsNothing() {
			IndicatorScore score = this.serious.withZeroDenominator(ZeroDenominator.NO_POINTS).score(rate(0, 0));
			assertThat(score.points()).isEqualTo(d("0.00"));
			assertThat(score.reason()).isEqualTo(ScoreReason.NOT_APPLICABLE);
		}

		@Test
		void appliesToExactRatesToo() {
			ScoringRule registered = ScoringRule.of("REGISTERED", Direction.EXACT, d("10"), d("100"));
			assertThat(registered.score(rate(0, 0)).points()).isEqualTo(d("10.00"));
		}

	}

	@Nested
	class UnitTarget {

		final ScoringRule clearance = ScoringRule.of("CLEARANCE", Direction.HIGHER_IS_BETTER, d("20"), d("75"))
			.withBonus(d("0.1"), d("5"));

		@Test
		void aStricterUnitTargetIsWhatTheUnitIsScoredAgainst() {
			// 78% meets the common 75% but not the unit's own 80%: 78/80 of 20 = 19.5
			IndicatorScore score = this.clearance.score(rate(78, 100), d("80"));
			assertThat(score.points()).isEqualTo(d("19.50"));
			assertThat(score.reason()).isEqualTo(ScoreReason.BELOW_TARGET);
			assertThat(score.target()).isEqualTo(d("80"));
			// and the bonus counts from the unit's own target: 90 - 80 = 10 x 0.1 = 1
			assertThat(this.clearance.score(rate(90, 100), d("80")).bonus()).isEqualTo(d("1.00"));
		}

		@Test
		void aWeakerUnitTargetIsRefused() {
			assertThatThrownBy(() -> this.clearance.score(rate(78, 100), d("70")))
				.isInstanceOfSatisfying(ScoringException.class, ex -> assertThat(ex.getProblem())
					.isEqualTo(ScoringProblem.of("scoring.error.unitTargetWeaker", "CLEARANCE", d("70"), d("75"))));
		}

		@Test
		void forLowerIsBetterStricterMeansLower() {
			ScoringRule crime = ScoringRule.of("CRIME", Direction.CHANGE_VS_LAST_YEAR, d("20"), d("-5"));
			// the unit committed to down 10%: -8% misses it; no floor, so linear from no
			// change: 20 x 8/10 = 16.00
			IndicatorScore score = crime.score(change(d("92"), d("100")), d("-10"));
			assertThat(score.points()).isEqualTo(d("16.00"));
			assertThatThrownBy(() -> crime.score(change(d("92"), d("100")), d("-3")))
				.isInstanceOf(ScoringException.class);
			assertThat(Direction.HIGHER_IS_BETTER.isAtLeastAsDemanding(d("80"), d("75"))).isTrue();
			assertThat(Direction.HIGHER_IS_BETTER.isAtLeastAsDemanding(d("75.00"), d("75"))).isTrue();
			assertThat(Direction.HIGHER_IS_BETTER.isAtLeastAsDemanding(d("74.99"), d("75"))).isFalse();
			assertThat(Direction.LOWER_IS_BETTER.isAtLeastAsDemanding(d("1"), d("2"))).isTrue();
			assertThat(Direction.LOWER_IS_BETTER.isAtLeastAsDemanding(d("3"), d("2"))).isFalse();
			assertThat(Direction.EXACT.isAtLeastAsDemanding(d("100"), d("100.0"))).isTrue();
			assertThat(Direction.EXACT.isAtLeastAsDemanding(d("99"), d("100"))).isFalse();
		}

	}

	@Nested
	class Rounding {

		@ParameterizedTest(name = "{0}/{1} of 10 points against 90% = {2}")
		@CsvSource({
				// 2/3 = 66.666..% -> 10 x 66.666/90 = 7.4074.. -> 7.41
				"2, 3, 66.67, 7.41",
				// 1/8 = 12.5% -> 1.3888.. -> 1.39
				"1, 8, 12.50, 1.39",
				// 81/100: 9.0 exactly
				"81, 100, 81.00, 9.00",
				// 1/160 = 0.625%: the displayed rate is rounded half up to 0.63;
				// 10 x 0.625/90 = 0.069444.. -> 0.07
				"1, 160, 0.63, 0.07" })
		void pointsAndRatesAreRoundedHalfUpToTwoDecimalsOnlyAtTheEnd(long numerator, long denominator, String rate,
				String points) {
			ScoringRule rule = ScoringRule.of("R", Direction.HIGHER_IS_BETTER, d("10"), d("90"));
			IndicatorScore score = rule.score(rate(numerator, denominator));
			assertThat(score.measured()).isEqualTo(d(rate));
			assertThat(score.points()).isEqualTo(d(points));
		}

		@Test
		void halfACentIsRoundedUp() {
			ScoringRule rule = ScoringRule.of("H", Direction.HIGHER_IS_BETTER, d("1"), d("8"));
			// 1/8 of 1 point = 0.125 -> 0.13
			assertThat(rule.score(value(d("1"))).points()).isEqualTo(d("0.13"));
		}

	}

	@Nested
	class InputValidation {

		final ScoringRule rule = ScoringRule.of("R", Direction.HIGHER_IS_BETTER, d("10"), d("90"));

		@Test
		void negativeCountsAreRefused() {
			assertThatThrownBy(() -> rate(-1, 10)).isInstanceOfSatisfying(ScoringException.class,
					ex -> assertThat(ex.getProblem()).isEqualTo(ScoringProblem.of("scoring.error.negativeValue", -1L)));
			assertThatThrownBy(() -> rate(0, -3)).isInstanceOf(ScoringException.class);
			assertThatThrownBy(() -> value(d("-0.5"))).isInstanceOf(ScoringException.class);
			assertThatThrownBy(() -> change(d("-1"), d("10"))).isInstanceOf(ScoringException.class);
			assertThatThrownBy(() -> change(d("1"), d("-10"))).isInstanceOf(ScoringException.class);
		}

		@Test
		void aNumeratorAboveItsDenominatorIsRefused() {
			assertThatThrownBy(() -> rate(11, 10)).isInstanceOfSatisfying(ScoringException.class,
					ex -> assertThat(ex.getProblem())
						.isEqualTo(ScoringProblem.of("scoring.error.numeratorAboveDenominator", 11L, 10L)));
		}

		@Test
		void anInputThatDoesNotFitTheDirectionIsRefused() {
			assertThatThrownBy(() -> this.rule.score(done(true))).isInstanceOf(ScoringException.class);
			assertThatThrownBy(() -> this.rule.score(change(d("1"), d("2")))).isInstanceOf(ScoringException.class);
			ScoringRule crime = ScoringRule.of("CRIME", Direction.CHANGE_VS_LAST_YEAR, d("20"), d("-5"));
			assertThatThrownBy(() -> crime.score(value(d("-5")))).isInstanceOf(ScoringException.class);
		}

	}

	@Nested
	class RuleValidation {

		@Test
		void aValidRuleHasNoProblem() {
			assertThat(ScoringRule.of("R", Direction.HIGHER_IS_BETTER, d("10"), d("90"))
				.withFloor(d("50"))
				.withBonus(d("0.1"), d("1"))
				.problems()).isEmpty();
		}

		@Test
		void listsEveryProblemOfARule() {
			ScoringRule rule = new ScoringRule("R", Direction.HIGHER_IS_BETTER, d("0"), null, d("50"), d("-1"), null,
					null, false);
			assertThat(rule.problems()).containsExactly(ScoringProblem.of("scoring.error.maxNotPositive", "R"),
					ScoringProblem.of("scoring.error.targetMissing", "R"),
					ScoringProblem.of("scoring.error.bonusNotPositive", "R"),
					ScoringProblem.of("scoring.error.bonusCapMissing", "R"));
		}

		@Test
		void theFloorMustBeOnTheWorseSideOfTheTarget() {
			assertThat(ScoringRule.of("R", Direction.HIGHER_IS_BETTER, d("10"), d("75")).withFloor(d("80")).problems())
				.containsExactly(ScoringProblem.of("scoring.error.floorBetterThanTarget", "R", d("80"), d("75")));
			assertThat(ScoringRule.of("R", Direction.LOWER_IS_BETTER, d("10"), d("2")).withFloor(d("1")).problems())
				.containsExactly(ScoringProblem.of("scoring.error.floorBetterThanTarget", "R", d("1"), d("2")));
			assertThat(
					ScoringRule.of("R", Direction.CHANGE_VS_LAST_YEAR, d("10"), d("-5")).withFloor(d("-6")).problems())
				.containsExactly(ScoringProblem.of("scoring.error.floorBetterThanTarget", "R", d("-6"), d("-5")));
		}

		@Test
		void targetsMustBePossible() {
			assertThat(ScoringRule.of("R", Direction.LOWER_IS_BETTER, d("10"), d("-1")).problems())
				.containsExactly(ScoringProblem.of("scoring.error.targetNegative", "R", d("-1")));
			assertThat(ScoringRule.of("R", Direction.CHANGE_VS_LAST_YEAR, d("10"), d("-101")).problems())
				.containsExactly(ScoringProblem.of("scoring.error.changeTargetBelowLimit", "R", d("-101")));
			assertThat(ScoringRule.of("R", Direction.CHANGE_VS_LAST_YEAR, d("10"), d("-100")).problems()).isEmpty();
		}

		@Test
		void theBonusCapMustBePositive() {
			assertThat(ScoringRule.of("R", Direction.HIGHER_IS_BETTER, d("10"), d("75"))
				.withBonus(d("1"), d("0"))
				.problems()).containsExactly(ScoringProblem.of("scoring.error.bonusCapNotPositive", "R"));
		}

		@Test
		void anInvalidRuleRefusesToScore() {
			ScoringRule rule = ScoringRule.of("R", Direction.HIGHER_IS_BETTER, d("10"), null);
			assertThatThrownBy(() -> rule.score(value(d("1")))).isInstanceOfSatisfying(ScoringException.class,
					ex -> assertThat(ex.getProblem().messageKey()).isEqualTo("scoring.error.targetMissing"));
		}

	}

}
