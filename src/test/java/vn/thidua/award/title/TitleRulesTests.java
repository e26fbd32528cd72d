package vn.thidua.award.title;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.thidua.award.title.TitleFacts.Discipline;
import vn.thidua.award.title.TitleFacts.Member;
import vn.thidua.award.title.TitleFacts.Officer;
import vn.thidua.award.title.TitleFacts.PastTitle;
import vn.thidua.award.title.TitleFacts.Recognition;
import vn.thidua.award.title.TitleFacts.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of DOMAIN §8, on facts computed by hand. The year under review is 2026
 * throughout; PA04 is the officer's unit now, PA07 a unit the officer left in 2025, and
 * PX09 a district police dissolved in 2024.
 */
class TitleRulesTests {

	private static final int YEAR = 2026;

	private final TitleRules rules = new TitleRules();

	/** A builder of an officer's facts for 2026. */
	static final class OfficerFacts {

		private TaskClass classification;

		private final Map<Integer, TaskClass> past = new HashMap<>();

		private final List<Recognition> recognitions = new ArrayList<>();

		private final List<Discipline> disciplines = new ArrayList<>();

		private boolean investigation;

		private final List<PastTitle> titles = new ArrayList<>();

		static OfficerFacts classified(TaskClass classification) {
			OfficerFacts facts = new OfficerFacts();
			facts.classification = classification;
			return facts;
		}

		OfficerFacts title(int year, Title title) {
			return title(year, title, AwardKind.REGULAR, "LS-PA04");
		}

		OfficerFacts title(int year, Title title, AwardKind kind, String unit) {
			this.titles.add(new PastTitle(year, title, kind, (long) unit.hashCode(), unit));
			return this;
		}

		OfficerFacts past(int year, TaskClass classification) {
			this.past.put(year, classification);
			return this;
		}

		OfficerFacts recognised(int year, RecognitionKind kind, RecognitionLevel level, String decision) {
			this.recognitions.add(new Recognition(year, kind, level, decision));
			return this;
		}

		OfficerFacts initiative(int year, RecognitionLevel level) {
			return recognised(year, RecognitionKind.INITIATIVE, level, year + "/QĐ-" + level);
		}

		OfficerFacts disciplined(DisciplineLevel level, LocalDate from, LocalDate to) {
			this.disciplines.add(new Discipline(level, from, to));
			return this;
		}

		OfficerFacts underInvestigation() {
			this.investigation = true;
			return this;
		}

		Officer build() {
			return new Officer(1, "Nguyễn Văn A", YEAR, this.classification, this.past, this.recognitions,
					this.disciplines, this.investigation, this.titles);
		}

	}

	private TitleProposal propose(OfficerFacts facts) {
		return this.rules.officer(facts.build());
	}

	private static List<String> keys(TitleProposal proposal) {
		return proposal.reasons().stream().map(Reason::key).toList();
	}

	@Nested
	class ChienSiTienTien {

		@Test
		void goodCompletionIsCstt() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.GOOD));
			assertThat(p.title()).isEqualTo(Title.CSTT);
			assertThat(p.rule()).isEqualTo("award.title.rule.cstt");
			assertThat(p.reasons().get(0)).isEqualTo(Reason.of("award.title.rule.cstt", TaskClass.GOOD, "2026"));
			assertThat(keys(p)).contains("award.title.rule.notCstdcs");
			assertThat(p.deferred()).isFalse();
		}

		@Test
		void plainCompletionIsNotEnoughForCstt() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.COMPLETED));
			assertThat(p.title()).isNull();
			assertThat(p.rule()).isEqualTo("award.title.rule.notCstt");
			assertThat(p.reasons()).containsExactly(Reason.of("award.title.rule.notCstt", TaskClass.COMPLETED, "2026"));
		}

		@Test
		void notCompletedGetsNothing() {
			assertThat(propose(OfficerFacts.classified(TaskClass.NOT_COMPLETED)).title()).isNull();
		}

		@Test
		void noClassificationYetProposesNothing() {
			TitleProposal p = propose(OfficerFacts.classified(null));
			assertThat(p.title()).isNull();
			assertThat(p.rule()).isEqualTo("award.title.rule.noClassification");
		}

		@Test
		void anInitiativeDoesNotMakeUpForPlainCompletion() {
			TitleProposal p = propose(
					OfficerFacts.classified(TaskClass.COMPLETED).initiative(YEAR, RecognitionLevel.MINISTRY));
			assertThat(p.title()).isNull();
		}

	}

	@Nested
	class ChienSiThiDuaCoSo {

		@Test
		void excellentCompletionIsCstdcs() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT));
			assertThat(p.title()).isEqualTo(Title.CSTDCS);
			assertThat(p.rule()).isEqualTo("award.title.rule.cstdcsExcellent");
		}

		@Test
		void goodCompletionWithABaseInitiativeIsCstdcsNamingTheDecision() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.GOOD)
				.recognised(YEAR, RecognitionKind.INITIATIVE, RecognitionLevel.BASE, "12/QĐ-PA04"));
			assertThat(p.title()).isEqualTo(Title.CSTDCS);
			assertThat(p.reasons().get(0)).isEqualTo(Reason.of("award.title.rule.cstdcsRecognition", "2026",
					RecognitionKind.INITIATIVE, RecognitionLevel.BASE, "12/QĐ-PA04"));
		}

		@Test
		void anAcceptedResearchProjectOrCombatIngenuityAlsoCounts() {
			assertThat(propose(OfficerFacts.classified(TaskClass.GOOD)
				.recognised(YEAR, RecognitionKind.RESEARCH, RecognitionLevel.BASE, "3/QĐ-KH")).title())
				.isEqualTo(Title.CSTDCS);
			assertThat(propose(OfficerFacts.classified(TaskClass.GOOD)
				.recognised(YEAR, RecognitionKind.COMBAT_INGENUITY, RecognitionLevel.BASE, "4/QĐ-PA04")).title())
				.isEqualTo(Title.CSTDCS);
		}

		@Test
		void anInitiativeOfLastYearDoesNotCountThisYear() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.GOOD).initiative(2025, RecognitionLevel.BASE));
			assertThat(p.title()).isEqualTo(Title.CSTT);
		}

	}

	@Nested
	class ChienSiThiDuaCapBo {

		@Test
		void threeConsecutiveCstdcsWithAMinistryInitiativeIsCstdBo() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2024, Title.CSTDCS)
				.title(2025, Title.CSTDCS)
				.initiative(2025, RecognitionLevel.MINISTRY));
			assertThat(p.title()).isEqualTo(Title.CSTD_BO);
			assertThat(p.reasons().get(0)).isEqualTo(Reason.of("award.title.rule.cstdBo", "2024, 2025, 2026", "3",
					RecognitionKind.INITIATIVE, RecognitionLevel.MINISTRY, "2025/QĐ-MINISTRY"));
		}

		@Test
		void twoYearsAreNotEnoughAndTheListSaysWhichYears() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2025, Title.CSTDCS)
				.initiative(YEAR, RecognitionLevel.MINISTRY));
			assertThat(p.title()).isEqualTo(Title.CSTDCS);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.notCstdBoChain", "2025, 2026", "3"));
		}

		@Test
		void aGapBreaksTheChain() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2023, Title.CSTDCS)
				.title(2024, Title.CSTT)
				.title(2025, Title.CSTDCS)
				.initiative(YEAR, RecognitionLevel.MINISTRY));
			assertThat(p.title()).isEqualTo(Title.CSTDCS);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.notCstdBoChain", "2025, 2026", "3"));
		}

		@Test
		void threeYearsWithoutAMinistryInitiativeStayCstdcs() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2024, Title.CSTDCS)
				.title(2025, Title.CSTDCS)
				.initiative(YEAR, RecognitionLevel.BASE));
			assertThat(p.title()).isEqualTo(Title.CSTDCS);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.notCstdBoInitiative", "2024, 2025, 2026"));
		}

		@Test
		void theChainFollowsTheOfficerAcrossAUnitChange() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2024, Title.CSTDCS, AwardKind.REGULAR, "LS-PA07")
				.title(2025, Title.CSTDCS, AwardKind.REGULAR, "LS-PA07")
				.initiative(YEAR, RecognitionLevel.MINISTRY));
			assertThat(p.title()).isEqualTo(Title.CSTD_BO);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.chainYear", Title.CSTDCS, "2024", "LS-PA07"));
		}

		@Test
		void theChainFollowsTheOfficerAcrossADissolvedUnit() {
			// 2024 in Công an huyện Phú Xuân (dissolved on 30 June 2025), 2025 in PA07
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.GOOD)
				.title(2024, Title.CSTDCS, AwardKind.REGULAR, "LS-PX09")
				.title(2025, Title.CSTDCS, AwardKind.REGULAR, "LS-PA07")
				.initiative(YEAR, RecognitionLevel.MINISTRY));
			assertThat(p.title()).isEqualTo(Title.CSTD_BO);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.chainYear", Title.CSTDCS, "2024", "LS-PX09"));
		}

		@Test
		void aOneOffCstdcsIsNotCountedInTheChain() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2024, Title.CSTDCS)
				.title(2025, Title.CSTDCS, AwardKind.ONE_OFF, "LS-PA04")
				.initiative(YEAR, RecognitionLevel.MINISTRY));
			assertThat(p.title()).isEqualTo(Title.CSTDCS);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.notCstdBoChain", "2026", "3"),
					Reason.of("award.title.rule.notCounted", Title.CSTDCS, "2025", AwardKind.ONE_OFF));
		}

		@Test
		void aThematicTitleIsNotCountedEither() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2024, Title.CSTDCS, AwardKind.THEMATIC, "LS-PA04")
				.title(2025, Title.CSTDCS)
				.initiative(YEAR, RecognitionLevel.MINISTRY));
			assertThat(p.title()).isEqualTo(Title.CSTDCS);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.notCstdBoChain", "2025, 2026", "3"));
		}

		@Test
		void yearsThatEarnedACstdBoAreNotCountedAgain() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2023, Title.CSTDCS)
				.title(2024, Title.CSTDCS)
				.title(2025, Title.CSTD_BO)
				.initiative(YEAR, RecognitionLevel.MINISTRY));
			assertThat(p.title()).isEqualTo(Title.CSTDCS);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.notCstdBoChain", "2026", "3"));
		}

	}

	@Nested
	class ChienSiThiDuaToanQuoc {

		private OfficerFacts secondCstdBo() {
			return OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2021, Title.CSTDCS)
				.title(2022, Title.CSTDCS)
				.title(2023, Title.CSTD_BO)
				.title(2024, Title.CSTDCS)
				.title(2025, Title.CSTDCS)
				.initiative(2023, RecognitionLevel.MINISTRY)
				.initiative(YEAR, RecognitionLevel.MINISTRY);
		}

		@Test
		void twoConsecutiveCstdBoWithANationalInitiativeIsCstdToanQuoc() {
			TitleProposal p = propose(
					secondCstdBo().recognised(2025, RecognitionKind.RESEARCH, RecognitionLevel.NATIONAL, "7/QĐ-BKHCN"));
			assertThat(p.title()).isEqualTo(Title.CSTD_TOAN_QUOC);
			assertThat(p.reasons().get(0)).isEqualTo(Reason.of("award.title.rule.cstdToanQuoc", "2023, 2026", "2",
					RecognitionKind.RESEARCH, RecognitionLevel.NATIONAL, "7/QĐ-BKHCN"));
		}

		@Test
		void withoutANationalInitiativeItStaysCstdBo() {
			TitleProposal p = propose(secondCstdBo());
			assertThat(p.title()).isEqualTo(Title.CSTD_BO);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.notCstdToanQuocInitiative", "2023, 2026"));
		}

		@Test
		void aFirstCstdBoIsNotEnough() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2024, Title.CSTDCS)
				.title(2025, Title.CSTDCS)
				.initiative(YEAR, RecognitionLevel.NATIONAL));
			assertThat(p.title()).isEqualTo(Title.CSTD_BO);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.notCstdToanQuocChain", "2026", "2"));
		}

		@Test
		void aBrokenRunBetweenTheTwoCstdBoIsNotConsecutive() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2021, Title.CSTDCS)
				.title(2022, Title.CSTD_BO)
				.title(2023, Title.CSTT)
				.title(2024, Title.CSTDCS)
				.title(2025, Title.CSTDCS)
				.initiative(YEAR, RecognitionLevel.NATIONAL));
			assertThat(p.title()).isEqualTo(Title.CSTD_BO);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.notCstdToanQuocChain", "2026", "2"));
		}

	}

	@Nested
	class BangKhenOfTheMinister {

		@Test
		void twoConsecutiveCstdcsMayBeProposed() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT).title(2025, Title.CSTDCS));
			assertThat(p.bangKhenEligible()).isTrue();
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.bangKhenCstdcs", "2025, 2026"));
		}

		@Test
		void oneCstdcsIsNotEnough() {
			assertThat(propose(OfficerFacts.classified(TaskClass.EXCELLENT).title(2025, Title.CSTT)).bangKhenEligible())
				.isFalse();
		}

		@Test
		void aOneOffCstdcsLastYearDoesNotCount() {
			assertThat(propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2025, Title.CSTDCS, AwardKind.ONE_OFF, "LS-PA04")).bangKhenEligible()).isFalse();
		}

		@Test
		void twoExcellentYearsWithTwoInitiativesMayBeProposed() {
			// 2025 excellent but only CSTT on the list (the council did not vote CSTĐCS)
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2025, Title.CSTT)
				.past(2025, TaskClass.EXCELLENT)
				.initiative(2025, RecognitionLevel.BASE)
				.initiative(YEAR, RecognitionLevel.BASE));
			assertThat(p.bangKhenEligible()).isTrue();
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.bangKhenExcellent", "2025, 2026", "2"));
		}

		@Test
		void twoExcellentYearsWithOneInitiativeAreNotEnough() {
			assertThat(propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.past(2025, TaskClass.EXCELLENT)
				.initiative(YEAR, RecognitionLevel.BASE)).bangKhenEligible()).isFalse();
		}

	}

	@Nested
	class Deferral {

		@Test
		void anOfficerUnderDisciplineInTheYearIsDeferred() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT)
				.disciplined(DisciplineLevel.REPRIMAND, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)));
			assertThat(p.deferred()).isTrue();
			assertThat(p.title()).isNull();
			assertThat(p.bangKhenEligible()).isFalse();
			assertThat(p.reasons()).containsExactly(Reason.of("award.title.rule.deferredDiscipline",
					DisciplineLevel.REPRIMAND, "01/03/2026", "31/08/2026"));
		}

		@Test
		void aDisciplineStillInForceDefers() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.GOOD)
				.disciplined(DisciplineLevel.WARNING, LocalDate.of(2025, 11, 1), null));
			assertThat(p.deferred()).isTrue();
			assertThat(keys(p)).containsExactly("award.title.rule.deferredDisciplineOpen");
		}

		@Test
		void aDisciplineEndedBeforeTheYearDoesNotDefer() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.GOOD)
				.disciplined(DisciplineLevel.WARNING, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
			assertThat(p.deferred()).isFalse();
			assertThat(p.title()).isEqualTo(Title.CSTT);
		}

		@Test
		void aDisciplineStartingOnTheLastDayOfTheYearDefers() {
			assertThat(propose(OfficerFacts.classified(TaskClass.GOOD)
				.disciplined(DisciplineLevel.REPRIMAND, LocalDate.of(2026, 12, 31), null)).deferred()).isTrue();
		}

		@Test
		void anOpenInvestigationDefers() {
			TitleProposal p = propose(OfficerFacts.classified(TaskClass.EXCELLENT).underInvestigation());
			assertThat(p.deferred()).isTrue();
			assertThat(p.rule()).isEqualTo("award.title.rule.deferred");
			assertThat(keys(p)).containsExactly("award.title.rule.deferredInvestigation");
		}

	}

	@Nested
	class Collective {

		private Unit unit(TaskClass classification, List<Member> members) {
			return new Unit(4, YEAR, classification, members, true, false, Map.of(), List.of());
		}

		/**
		 * {@code headcount} members: {@code cstdcs} CSTĐCS, then CSTT up to {@code cstt}.
		 */
		private List<Member> members(int headcount, int cstt, int cstdcs, TaskClass rest) {
			List<Member> members = new ArrayList<>();
			for (int i = 0; i < headcount; i++) {
				Title title = i < cstdcs ? Title.CSTDCS : i < cstt ? Title.CSTT : null;
				TaskClass classification = i < cstdcs ? TaskClass.EXCELLENT : i < cstt ? TaskClass.GOOD : rest;
				members.add(new Member(i, classification, title, null));
			}
			return members;
		}

		@Test
		void sevenCsttOfTenReachSeventyPercent() {
			TitleProposal p = TitleRulesTests.this.rules
				.unit(unit(TaskClass.GOOD, members(10, 7, 0, TaskClass.COMPLETED)));
			assertThat(p.title()).isEqualTo(Title.DVTT);
			assertThat(p.reasons().get(0).arguments()).containsSubsequence("7", "10");
		}

		@Test
		void sixCsttOfTenDoNot() {
			TitleProposal p = TitleRulesTests.this.rules
				.unit(unit(TaskClass.GOOD, members(10, 6, 0, TaskClass.COMPLETED)));
			assertThat(p.title()).isNull();
			assertThat(p.reasons().get(0)).isEqualTo(
					Reason.of("award.title.rule.notDvttPercent", "6", "10", new java.math.BigDecimal("60.00"), "70"));
		}

		@Test
		void nineOfThirteenIsSixtyNinePointTwoThreePercentAndFails() {
			TitleProposal p = TitleRulesTests.this.rules
				.unit(unit(TaskClass.GOOD, members(13, 9, 0, TaskClass.COMPLETED)));
			assertThat(p.title()).isNull();
			assertThat(p.reasons().get(0).arguments()).contains(new java.math.BigDecimal("69.23"));
		}

		@Test
		void tenOfThirteenPasses() {
			assertThat(TitleRulesTests.this.rules.unit(unit(TaskClass.GOOD, members(13, 10, 0, TaskClass.COMPLETED)))
				.title()).isEqualTo(Title.DVTT);
		}

		@Test
		void theIntegerComparisonIsExact() {
			assertThat(TitleThresholds.reaches(7, 10, 70)).isTrue();
			assertThat(TitleThresholds.reaches(6, 10, 70)).isFalse();
			assertThat(TitleThresholds.reaches(9, 13, 70)).isFalse();
			assertThat(TitleThresholds.reaches(10, 13, 70)).isTrue();
			assertThat(TitleThresholds.reaches(0, 0, 70)).isFalse();
		}

		@Test
		void aHigherIndividualTitleCountsAsCstt() {
			assertThat(TitleRulesTests.this.rules.unit(unit(TaskClass.GOOD, members(10, 7, 7, TaskClass.COMPLETED)))
				.title()).isEqualTo(Title.DVTT);
		}

		@Test
		void aMemberWarnedBarsDvtt() {
			List<Member> members = new ArrayList<>(members(10, 9, 0, TaskClass.COMPLETED));
			members.set(9, new Member(9, TaskClass.COMPLETED, null, DisciplineLevel.WARNING));
			TitleProposal p = TitleRulesTests.this.rules.unit(unit(TaskClass.GOOD, members));
			assertThat(p.title()).isNull();
			assertThat(p.reasons().get(0))
				.isEqualTo(Reason.of("award.title.rule.notDvttDiscipline", "1", DisciplineLevel.WARNING));
		}

		@Test
		void aMemberReprimandedDoesNotBarDvtt() {
			List<Member> members = new ArrayList<>(members(10, 9, 0, TaskClass.COMPLETED));
			members.set(9, new Member(9, TaskClass.COMPLETED, null, DisciplineLevel.REPRIMAND));
			assertThat(TitleRulesTests.this.rules.unit(unit(TaskClass.GOOD, members)).title()).isEqualTo(Title.DVTT);
		}

		@Test
		void aUnitThatOnlyCompletedItsTasksIsNotDvtt() {
			TitleProposal p = TitleRulesTests.this.rules.unit(unit(TaskClass.COMPLETED, members(10, 10, 0, null)));
			assertThat(p.title()).isNull();
			assertThat(p.rule()).isEqualTo("award.title.rule.notDvttClass");
		}

		@Test
		void dvqtNeedsEveryMemberCompletedSeventyPercentCsttAndOneCstdcs() {
			TitleProposal p = TitleRulesTests.this.rules
				.unit(unit(TaskClass.EXCELLENT, members(10, 7, 1, TaskClass.COMPLETED)));
			assertThat(p.title()).isEqualTo(Title.DVQT);
			assertThat(p.reasons().get(0)).isEqualTo(Reason.of("award.title.rule.dvqt", "10", "10",
					new java.math.BigDecimal("100.00"), "7", new java.math.BigDecimal("70.00"), "70", "1"));
		}

		@Test
		void oneMemberNotCompletedMakesItDvttOnly() {
			TitleProposal p = TitleRulesTests.this.rules
				.unit(unit(TaskClass.EXCELLENT, members(10, 9, 1, TaskClass.NOT_COMPLETED)));
			assertThat(p.title()).isEqualTo(Title.DVTT);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.notDvqtCompleted", "9", "10",
					new java.math.BigDecimal("90.00"), "100"));
		}

		@Test
		void aMemberWithoutClassificationCountsAsNotCompleted() {
			assertThat(TitleRulesTests.this.rules.unit(unit(TaskClass.EXCELLENT, members(10, 9, 1, null))).title())
				.isEqualTo(Title.DVTT);
		}

		@Test
		void noCstdcsMakesItDvttOnly() {
			TitleProposal p = TitleRulesTests.this.rules
				.unit(unit(TaskClass.EXCELLENT, members(10, 10, 0, TaskClass.COMPLETED)));
			assertThat(p.title()).isEqualTo(Title.DVTT);
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.notDvqtCstdcs", "0", "1"));
		}

		@Test
		void aDisunitedUnitIsDvttOnly() {
			Unit disunited = new Unit(4, YEAR, TaskClass.EXCELLENT, members(10, 8, 1, TaskClass.COMPLETED), false,
					false, Map.of(), List.of());
			TitleProposal p = TitleRulesTests.this.rules.unit(disunited);
			assertThat(p.title()).isEqualTo(Title.DVTT);
			assertThat(keys(p)).contains("award.title.rule.notDvqtUnited");
		}

		@Test
		void aDisciplinedUnitGetsNothing() {
			Unit disciplined = new Unit(4, YEAR, TaskClass.EXCELLENT, members(10, 10, 1, TaskClass.COMPLETED), true,
					true, Map.of(), List.of());
			assertThat(TitleRulesTests.this.rules.unit(disciplined).title()).isNull();
		}

		@Test
		void aDeferredMemberCountsInTheHeadcountButNotAsCstt() {
			List<Member> members = new ArrayList<>(members(10, 7, 0, TaskClass.COMPLETED));
			members.set(0, new Member(0, TaskClass.GOOD, null, DisciplineLevel.REPRIMAND));
			assertThat(TitleRulesTests.this.rules.unit(unit(TaskClass.GOOD, members)).title()).isNull();
		}

		@Test
		void twoExcellentYearsMayBeProposedForTheMinistersBangKhen() {
			Unit twice = new Unit(4, YEAR, TaskClass.EXCELLENT, members(10, 7, 1, TaskClass.COMPLETED), true, false,
					Map.of(2025, TaskClass.EXCELLENT), List.of());
			TitleProposal p = TitleRulesTests.this.rules.unit(twice);
			assertThat(p.bangKhenEligible()).isTrue();
			assertThat(p.reasons()).contains(Reason.of("award.title.rule.unitBangKhen", "2025, 2026"));
		}

		@Test
		void aDvqtLastYearAlsoCountsButAThematicOneDoesNot() {
			Unit regular = new Unit(4, YEAR, TaskClass.EXCELLENT, members(10, 7, 1, TaskClass.COMPLETED), true, false,
					Map.of(), List.of(new PastTitle(2025, Title.DVQT, AwardKind.REGULAR, 4L, "LS-PA04")));
			Unit thematic = new Unit(4, YEAR, TaskClass.EXCELLENT, members(10, 7, 1, TaskClass.COMPLETED), true, false,
					Map.of(), List.of(new PastTitle(2025, Title.DVQT, AwardKind.THEMATIC, 4L, "LS-PA04")));
			assertThat(TitleRulesTests.this.rules.unit(regular).bangKhenEligible()).isTrue();
			assertThat(TitleRulesTests.this.rules.unit(thematic).bangKhenEligible()).isFalse();
		}

	}

	@Nested
	class Thresholds {

		@Test
		void areDataAndCanBeChanged() {
			TitleThresholds defaults = TitleThresholds.defaults();
			assertThat(defaults.collectiveCsttPercent()).isEqualTo(70);
			assertThat(defaults.cstdBoConsecutiveCstdcs()).isEqualTo(3);
			assertThat(defaults.cstdToanQuocConsecutiveCstdBo()).isEqualTo(2);
			TitleRules stricter = new TitleRules(
					new TitleThresholds(80, 100, 1, 2, 2, 2, 2, 2, 2, DisciplineLevel.WARNING));
			Officer twoYears = OfficerFacts.classified(TaskClass.EXCELLENT)
				.title(2025, Title.CSTDCS)
				.initiative(YEAR, RecognitionLevel.MINISTRY)
				.build();
			assertThat(stricter.officer(twoYears).title()).isEqualTo(Title.CSTD_BO);
			Unit sevenOfTen = new Unit(4, YEAR, TaskClass.GOOD, new Collective().members(10, 7, 0, TaskClass.COMPLETED),
					true, false, Map.of(), List.of());
			assertThat(stricter.unit(sevenOfTen).title()).isNull();
		}

	}

	@Nested
	class Messages {

		@Test
		void everyReasonTheRulesGiveHasATextInBothLanguages() throws java.io.IOException {
			String source = java.nio.file.Files
				.readString(java.nio.file.Path.of("src/main/java/vn/thidua/award/title/TitleRules.java"));
			java.util.regex.Matcher key = java.util.regex.Pattern.compile("PREFIX \\+ \"(\\w+)\"").matcher(source);
			java.util.Set<String> keys = new java.util.TreeSet<>();
			while (key.find()) {
				keys.add(TitleRules.PREFIX + key.group(1));
			}
			assertThat(keys).hasSizeGreaterThan(25);
			for (String bundle : List.of("award-title.properties", "award-title_en.properties")) {
				java.util.Properties messages = new java.util.Properties();
				try (var reader = java.nio.file.Files
					.newBufferedReader(java.nio.file.Path.of("src/main/resources/messages", bundle))) {
					messages.load(reader);
				}
				assertThat(messages.stringPropertyNames()).as(bundle).containsAll(keys);
			}
		}

	}

}
