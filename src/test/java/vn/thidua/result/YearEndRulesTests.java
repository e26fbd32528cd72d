package vn.thidua.result;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.pledge.CovenantParty;
import vn.thidua.pledge.UnitRegistration;
import vn.thidua.result.RegistrationCheck.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The year-end rules of {@link YearEndService} on hand-worked cases, with the default
 * thresholds: excellent from 90% of the scale, good from 70%, completed from 50%; Đơn vị
 * quyết thắng needs 70% of the headcount as Chiến sĩ tiên tiến (rounded up); at most 15%
 * of the Chiến sĩ tiên tiến as Chiến sĩ thi đua cơ sở (rounded down).
 */
class YearEndRulesTests {

	final YearEndService service = new YearEndService(null, null, null, null,
			new YearEndProperties(90, 70, 50, 70, 15));

	static RankingRow row(String ytd, int rank) {
		return new RankingRow(7, "PA07", "Phòng thử", 1, null, null, null, new BigDecimal(ytd), rank, null, null, false,
				true, false);
	}

	static UnitRegistration registered(boolean ministryFlag, boolean decisive, int advanced, int base) {
		return new UnitRegistration(7, 2, true,
				new CovenantParty.Registration(decisive, ministryFlag, false, advanced, base));
	}

	/**
	 * 92.50 of 100 = 92.50% ≥ 90% → excellent; sole first → the flag is supported.
	 * Headcount 40: 70% of 40 = 28, and 30 ≥ 28; 4 ≥ 1 → Đơn vị quyết thắng supported. 30
	 * ≤ 40. 15% of 30 = 4.5, rounded down 4, and 4 ≤ 4.
	 */
	@Test
	void theLeaderWithAnExcellentScoreHasEveryRegistrationSupported() {
		YearStanding s = this.service.standing(row("92.50", 1), false, 1, new BigDecimal("100"), 40,
				registered(true, true, 30, 4));
		assertThat(s.percent()).isEqualByComparingTo("92.50");
		assertThat(s.rating()).isEqualTo(YearEndRating.EXCELLENT);
		assertThat(s.checks()).extracting(RegistrationCheck::kind, RegistrationCheck::met)
			.containsExactly(tuple(Kind.MINISTRY_FLAG, true), tuple(Kind.DECISIVE_UNIT, true),
					tuple(Kind.ADVANCED_SOLDIERS, true), tuple(Kind.BASE_EMULATION_SOLDIERS, true));
		assertThat(s.checks().get(1).reasons().get(0).args()).containsExactly(28);
		assertThat(s.checks().get(3).reasons().get(0).args()).containsExactly(4, 15, 30);
		assertThat(s.allMet()).isTrue();
	}

	/**
	 * A 1000-point scale: 880 = 88.00% → good, not excellent. Second in the cluster: no
	 * flag (two reasons). 27 Chiến sĩ tiên tiến for 40: below 28. 15% of 27 = 4.05 → 4,
	 * and 5 > 4.
	 */
	@Test
	void theSecondWithAGoodScoreHasNoFlagAndTooFewAdvancedSoldiers() {
		YearStanding s = this.service.standing(row("880.00", 2), false, 1, new BigDecimal("1000"), 40,
				registered(true, true, 27, 5));
		assertThat(s.percent()).isEqualByComparingTo("88.00");
		assertThat(s.rating()).isEqualTo(YearEndRating.GOOD);
		RegistrationCheck flag = s.checks().get(0);
		assertThat(flag.met()).isFalse();
		assertThat(flag.reasons()).extracting(RegistrationCheck.Reason::key)
			.containsExactly("yearEnd.reason.notLeading", "yearEnd.reason.notExcellent");
		RegistrationCheck decisive = s.checks().get(1);
		assertThat(decisive.met()).isFalse();
		assertThat(decisive.reasons()).extracting(RegistrationCheck.Reason::key)
			.containsExactly("yearEnd.reason.notExcellent", "yearEnd.reason.fewAdvanced");
		assertThat(decisive.reasons().get(1).args()).containsExactly(27, 40, 70, 28);
		RegistrationCheck base = s.checks().get(3);
		assertThat(base.met()).isFalse();
		assertThat(base.reasons().get(0).args()).containsExactly(4, 15, 27);
		assertThat(s.allMet()).isFalse();
	}

	@Test
	void aSharedFirstPlaceLeavesTheFlagToTheVote() {
		YearStanding s = this.service.standing(row("95.00", 1), true, 2, new BigDecimal("100"), 40,
				registered(true, false, 30, 1));
		assertThat(s.checks().get(0).met()).isFalse();
		assertThat(s.checks().get(0).reasons()).extracting(RegistrationCheck.Reason::key)
			.containsExactly("yearEnd.reason.sharedFirst");
		assertThat(s.checks().get(0).reasons().get(0).args()).containsExactly(2L);
	}

	/**
	 * The rating bounds are inclusive; the percentage shown is cut, not rounded, so that
	 * 899.95 of 1000 (89.995%) shows 89.99% and is "good", never "90.00%, good".
	 */
	@Test
	void ratingBoundsAreInclusiveAndThePercentageIsCut() {
		assertThat(rating("90.00", "100")).isEqualTo(YearEndRating.EXCELLENT);
		assertThat(rating("89.99", "100")).isEqualTo(YearEndRating.GOOD);
		assertThat(rating("70.00", "100")).isEqualTo(YearEndRating.GOOD);
		assertThat(rating("69.99", "100")).isEqualTo(YearEndRating.COMPLETED);
		assertThat(rating("50.00", "100")).isEqualTo(YearEndRating.COMPLETED);
		assertThat(rating("49.99", "100")).isEqualTo(YearEndRating.NOT_COMPLETED);
		YearStanding cut = this.service.standing(row("899.95", 1), false, 1, new BigDecimal("1000"), 0, null);
		assertThat(cut.percent()).isEqualByComparingTo("89.99");
		assertThat(cut.rating()).isEqualTo(YearEndRating.GOOD);
	}

	@Test
	void aUnitWithoutHeadcountOrRegistrationIsSaidSo() {
		YearStanding none = this.service.standing(row("95.00", 1), false, 1, new BigDecimal("100"), 40, null);
		assertThat(none.registered()).isFalse();
		assertThat(none.checks()).isEmpty();
		YearStanding noHeadcount = this.service.standing(row("95.00", 1), false, 1, new BigDecimal("100"), 0,
				registered(false, true, 10, 1));
		RegistrationCheck decisive = noHeadcount.checks().get(0);
		assertThat(decisive.kind()).isEqualTo(Kind.DECISIVE_UNIT);
		assertThat(decisive.met()).isFalse();
		assertThat(decisive.reasons()).extracting(RegistrationCheck.Reason::key)
			.containsExactly("yearEnd.reason.noHeadcount");
		assertThat(noHeadcount.checks().get(1).reasons()).extracting(RegistrationCheck.Reason::key)
			.containsExactly("yearEnd.reason.noHeadcount");
	}

	@Test
	void aUnitWithNoMonthCountedHasNoScoreNoRatingAndNoFlag() {
		RankingRow none = new RankingRow(7, "PA07", "Phòng thử", 1, null, null, null, null, 1, null, null, false, false,
				false);
		YearStanding s = this.service.standing(none, false, 1, new BigDecimal("100"), 40,
				registered(true, false, 30, 1));
		assertThat(s.score()).isNull();
		assertThat(s.percent()).isNull();
		assertThat(s.rating()).isNull();
		assertThat(s.checks().get(0).met()).isFalse();
		assertThat(s.checks().get(0).reasons()).extracting(RegistrationCheck.Reason::key)
			.containsExactly("yearEnd.reason.noScore");
	}

	private YearEndRating rating(String ytd, String scale) {
		return this.service.standing(row(ytd, 1), false, 1, new BigDecimal(scale), 0, null).rating();
	}

}
