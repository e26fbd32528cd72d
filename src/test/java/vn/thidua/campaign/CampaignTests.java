package vn.thidua.campaign;

import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.ScoringRule;
import vn.thidua.campaign.scoring.ScoringTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitKind;
import vn.thidua.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The campaign's own state machine and what may change in each state, without a database.
 */
class CampaignTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private static final LocalDate END = LocalDate.of(2026, 12, 31);

	/** A usable scoring table: what the service passes when the campaign has one. */
	private static final ScoringTable VALID_TABLE = new ScoringTable(BigDecimal.valueOf(100),
			List.of(ScoringRule.of("1.1", Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(100), BigDecimal.valueOf(75))),
			List.of());

	private final Unit province = new Unit("LS", "Công an tỉnh Lâm Sơn", "CA tỉnh", UnitKind.PROVINCIAL_POLICE, null,
			100, LocalDate.of(2010, 1, 1));

	private final Unit department = new Unit("LS-PA04", "Phòng An ninh kinh tế", "PA04", UnitKind.DEPARTMENT,
			this.province, 40, LocalDate.of(2010, 1, 1));

	private final EmulationCluster cluster = new EmulationCluster(this.province, 2026, "Khối An ninh", null);

	@Test
	void aMonthIsSubmittedOnceItEndsOrInTheLastDaysTheCampaignAllows() {
		Campaign campaign = new Campaign(this.province, "Đợt thử", CampaignKind.THEMATIC, 2026, START, END);
		LocalDate june = LocalDate.of(2026, 6, 1);
		// by default: the day after June 30
		assertThat(campaign.getEarlySubmissionDays()).isZero();
		assertThat(campaign.firstSubmissionDay(june)).isEqualTo(LocalDate.of(2026, 7, 1));
		// 3 days: 01/07 - 3 days = 28/06, i.e. 28, 29 and 30 June
		campaign.allowEarlySubmission(3);
		assertThat(campaign.firstSubmissionDay(june)).isEqualTo(LocalDate.of(2026, 6, 28));
		// 10 days of February 2026 (28 days): 01/03 - 10 days = 19/02
		campaign.allowEarlySubmission(10);
		assertThat(campaign.firstSubmissionDay(LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 2, 19));
		assertThatThrownBy(() -> campaign.allowEarlySubmission(11)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("campaign.error.earlySubmissionDays");
		assertThatThrownBy(() -> campaign.allowEarlySubmission(-1)).hasMessage("campaign.error.earlySubmissionDays");
		campaign.allowEarlySubmission(null);
		assertThat(campaign.getEarlySubmissionDays()).isZero();
	}

	@Test
	void aNewCampaignIsADraftWhereEverythingMayChange() {
		Campaign campaign = launchable();
		assertThat(campaign.getState()).isEqualTo(CampaignState.DRAFT);
		campaign.edit("Tên mới", CampaignKind.PEAK, 2026, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30),
				"Khẩu hiệu", "Mô tả");
		campaign.setScope(List.of(), List.of(this.department));
		CampaignContent content = campaign.addContent("Nội dung 2", null);
		content.rename("Nội dung hai", "mô tả");
		content.addIndicator(spec("2.1", Direction.LOWER_IS_BETTER, InputShape.VALUE, "3"));
		campaign.indicators().get(0).edit(spec("1.1", Direction.EXACT, InputShape.RATIO, "100"));
		assertThat(campaign.getName()).isEqualTo("Tên mới");
		assertThat(campaign.getKind()).isEqualTo(CampaignKind.PEAK);
		assertThat(campaign.indicators()).hasSize(2);
		assertThat(campaign.getUnits()).containsExactly(this.department);
	}

	@Test
	void launchRecordsWhoAndWhenAndThenOnlyWordingAndALaterEndMayChange() {
		Campaign campaign = launchable();
		Instant now = Instant.parse("2026-01-05T02:00:00Z");
		campaign.launch("staff", now, VALID_TABLE);
		assertThat(campaign.getState()).isEqualTo(CampaignState.LAUNCHED);
		assertThat(campaign.getLaunchedBy()).isEqualTo("staff");
		assertThat(campaign.getLaunchedAt()).isEqualTo(now);

		campaign.edit(campaign.getName(), CampaignKind.REGULAR, 2026, START, END.plusDays(0), "Khẩu hiệu mới",
				"Mô tả mới");
		campaign.edit(campaign.getName(), CampaignKind.REGULAR, 2026, START, LocalDate.of(2027, 1, 15), "Khẩu hiệu mới",
				"Mô tả mới");
		assertThat(campaign.getSlogan()).isEqualTo("Khẩu hiệu mới");
		assertThat(campaign.getEndDate()).isEqualTo(LocalDate.of(2027, 1, 15));

		assertLocked(() -> campaign.edit("Tên khác", CampaignKind.REGULAR, 2026, START, END.plusDays(15), null, null),
				"name", "campaign.error.lockedField");
		assertLocked(
				() -> campaign.edit(campaign.getName(), CampaignKind.PEAK, 2026, START, END.plusDays(15), null, null),
				"kind", "campaign.error.lockedField");
		assertLocked(() -> campaign.edit(campaign.getName(), CampaignKind.REGULAR, 2027, START, END.plusDays(15), null,
				null), "year", "campaign.error.lockedField");
		assertLocked(() -> campaign.edit(campaign.getName(), CampaignKind.REGULAR, 2026, START.plusDays(1),
				END.plusDays(15), null, null), "startDate", "campaign.error.lockedField");
		assertLocked(() -> campaign.edit(campaign.getName(), CampaignKind.REGULAR, 2026, START, END, null, null),
				"endDate", "campaign.error.endDateOnlyLater");
		assertLocked(() -> campaign.setScope(List.of(), List.of(this.department)), "clusterIds",
				"campaign.error.lockedField");
		assertLocked(() -> campaign.addContent("Thêm", null), null, "campaign.error.lockedIndicators");
		assertLocked(() -> campaign.getContents().get(0).rename("Đổi", null), null, "campaign.error.lockedIndicators");
		assertLocked(
				() -> campaign.getContents().get(0).addIndicator(spec("9", Direction.EXACT, InputShape.VALUE, "1")),
				null, "campaign.error.lockedIndicators");
		assertLocked(
				() -> campaign.indicators()
					.get(0)
					.edit(spec("1.1", Direction.HIGHER_IS_BETTER, InputShape.RATIO, "80")),
				null, "campaign.error.lockedIndicators");
		assertThat(campaign.indicators().get(0).getTarget()).isEqualByComparingTo("75");
		// the same scope again is no change
		campaign.setScope(List.of(this.cluster), List.of());
	}

	@Test
	void aClosedOrSummarisedCampaignChangesNoMore() {
		Campaign campaign = launchable();
		campaign.launch("staff", Instant.now(), VALID_TABLE);
		campaign.close(Instant.now());
		assertThat(campaign.getState()).isEqualTo(CampaignState.CLOSED);
		assertLocked(() -> campaign.edit(campaign.getName(), CampaignKind.REGULAR, 2026, START, END, "x", null), null,
				"campaign.error.finished");
		assertLocked(() -> campaign.addContent("Thêm", null), null, "campaign.error.lockedIndicators");
		campaign.summarise(Instant.now());
		assertThat(campaign.getState()).isEqualTo(CampaignState.SUMMARISED);
		assertLocked(() -> campaign.edit(campaign.getName(), CampaignKind.REGULAR, 2026, START, END, "x", null), null,
				"campaign.error.finished");
		assertThat(campaign.getSlogan()).isNull();
	}

	@Test
	void transitionsOutOfOrderAreRefused() {
		Campaign draft = launchable();
		assertLocked(() -> draft.close(Instant.now()), null, "campaign.error.closeNotLaunched");
		assertLocked(() -> draft.summarise(Instant.now()), null, "campaign.error.summariseNotClosed");
		draft.launch("staff", Instant.now(), VALID_TABLE);
		assertLocked(() -> draft.launch("staff", Instant.now(), VALID_TABLE), null, "campaign.error.launchNotDraft");
		assertLocked(() -> draft.summarise(Instant.now()), null, "campaign.error.summariseNotClosed");
		draft.close(Instant.now());
		assertLocked(() -> draft.launch("staff", Instant.now(), VALID_TABLE), null, "campaign.error.launchNotDraft");
		assertLocked(() -> draft.close(Instant.now()), null, "campaign.error.closeNotLaunched");
		draft.summarise(Instant.now());
		assertLocked(() -> draft.summarise(Instant.now()), null, "campaign.error.summariseNotClosed");
		assertLocked(() -> draft.launch("staff", Instant.now(), VALID_TABLE), null, "campaign.error.launchNotDraft");
		assertLocked(() -> draft.close(Instant.now()), null, "campaign.error.closeNotLaunched");
	}

	@Test
	void launchNeedsAScopeAndAnIndicator() {
		Campaign noScope = new Campaign(this.province, "Không phạm vi", CampaignKind.THEMATIC, 2026, START, END);
		noScope.addContent("Nội dung", null).addIndicator(spec("1", Direction.DONE_OR_NOT, InputShape.VALUE, null));
		assertLocked(() -> noScope.launch("staff", Instant.now(), VALID_TABLE), null, "campaign.error.launchNoScope");
		Campaign noIndicator = new Campaign(this.province, "Không chỉ tiêu", CampaignKind.THEMATIC, 2026, START, END);
		noIndicator.setScope(List.of(this.cluster), List.of());
		noIndicator.addContent("Nội dung", null);
		assertLocked(() -> noIndicator.launch("staff", Instant.now(), VALID_TABLE), null,
				"campaign.error.launchNoIndicator");
		assertThat(noIndicator.getState()).isEqualTo(CampaignState.DRAFT);
	}

	@Test
	void launchNeedsAValidScoringTable() {
		Campaign noTable = launchable();
		assertLocked(() -> noTable.launch("staff", Instant.now(), null), null, "campaign.error.launchNoScoringTable");
		ScoringTable maximaOff = new ScoringTable(BigDecimal.valueOf(100), List
			.of(ScoringRule.of("1.1", Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(95), BigDecimal.valueOf(75))),
				List.of());
		assertThatThrownBy(() -> noTable.launch("staff", Instant.now(), maximaOff))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("campaign.error.launchScoringTableInvalid");
				assertThat(ex.arguments()).containsExactly(1);
			});
		assertThat(noTable.getState()).isEqualTo(CampaignState.DRAFT);
		noTable.launch("staff", Instant.now(), VALID_TABLE);
		assertThat(noTable.getState()).isEqualTo(CampaignState.LAUNCHED);
	}

	@Test
	void indicatorRulesAreCheckedWhereverTheIndicatorComesFrom() {
		CampaignContent content = launchable().getContents().get(0);
		assertLocked(() -> content.addIndicator(spec("a", Direction.HIGHER_IS_BETTER, InputShape.VALUE, null)),
				"target", "indicator.error.targetRequired");
		assertLocked(() -> content.addIndicator(spec("a", Direction.HIGHER_IS_BETTER, InputShape.RATIO, "101")),
				"target", "indicator.error.ratioTarget");
		assertLocked(() -> content.addIndicator(spec("a", Direction.EXACT, InputShape.VALUE, "-1")), "target",
				"indicator.error.targetNegative");
		assertLocked(() -> content.addIndicator(spec("a", Direction.CHANGE_VS_LAST_YEAR, InputShape.VALUE, "120")),
				"target", "indicator.error.changeTarget");
		assertLocked(
				() -> content.addIndicator(new IndicatorSpec("a", "x", "%", Direction.HIGHER_IS_BETTER,
						InputShape.RATIO, ReportingPeriod.MONTH, new BigDecimal("75"), new BigDecimal("80"), Set.of())),
				"floor", "indicator.error.floorAboveTarget");
		Indicator done = content.addIndicator(spec("b", Direction.DONE_OR_NOT, InputShape.VALUE, "5"));
		assertThat(done.getTarget()).isNull();
		Indicator rate = content.addIndicator(spec("c", Direction.HIGHER_IS_BETTER, InputShape.RATIO, "90"));
		assertThat(rate.getMeasureUnit()).isEqualTo("%");
		assertThat(rate.unitSuffix()).isEqualTo("%");
	}

	@Test
	void aFloorIsKeptInEveryDirectionWithAScaleOnTheWorseSideOfTheTarget() {
		CampaignContent content = launchable().getContents().get(0);
		// lower is better: target ≤ 2 incidents, floor 5 (above the target)
		Indicator incidents = content.addIndicator(floored("a", Direction.LOWER_IS_BETTER, "2", "5"));
		assertThat(incidents.getFloor()).isEqualByComparingTo("5");
		assertLocked(() -> content.addIndicator(floored("b", Direction.LOWER_IS_BETTER, "2", "1")), "floor",
				"indicator.error.floorBelowTarget");
		// decrease: giảm ≥ 5%, floor giảm ≥ 2% (written like the target, so below it);
		// a negative floor is a rise still scored where the table allows it
		Indicator crime = content.addIndicator(floored("c", Direction.CHANGE_VS_LAST_YEAR, "5", "2"));
		assertThat(crime.getFloor()).isEqualByComparingTo("2");
		content.addIndicator(floored("d", Direction.CHANGE_VS_LAST_YEAR, "5", "-3"));
		assertLocked(() -> content.addIndicator(floored("e", Direction.CHANGE_VS_LAST_YEAR, "5", "6")), "floor",
				"indicator.error.changeFloorAboveTarget");
		// increase: tăng ≥ 10%, floor tăng ≥ 4%; an increase target may pass 100%
		Indicator weapons = content.addIndicator(floored("f", Direction.INCREASE_VS_LAST_YEAR, "10", "4"));
		assertThat(weapons.getFloor()).isEqualByComparingTo("4");
		content.addIndicator(spec("g", Direction.INCREASE_VS_LAST_YEAR, InputShape.VALUE, "150"));
		assertLocked(() -> content.addIndicator(floored("h", Direction.INCREASE_VS_LAST_YEAR, "10", "-101")), "floor",
				"indicator.error.changeFloorLimit");
		// exact and done/not done have no scale: no floor
		assertThat(content.addIndicator(floored("i", Direction.EXACT, "100", "90")).getFloor()).isNull();
	}

	@Test
	void aScoringRuleTakesTheSignedChangeOfTargetAndFloor() {
		CampaignContent content = launchable().getContents().get(0);
		Indicator crime = content.addIndicator(floored("c", Direction.CHANGE_VS_LAST_YEAR, "5", "2"));
		Indicator weapons = content.addIndicator(floored("f", Direction.INCREASE_VS_LAST_YEAR, "10", "4"));
		var values = new ScoringRuleValues(1, new BigDecimal("20"), null, null, null, false);
		var crimeRule = CampaignScoringTable.rule(crime, values);
		assertThat(crimeRule.target()).isEqualByComparingTo("-5");
		assertThat(crimeRule.floor()).isEqualByComparingTo("-2");
		var weaponsRule = CampaignScoringTable.rule(weapons, values);
		assertThat(weaponsRule.target()).isEqualByComparingTo("10");
		assertThat(weaponsRule.floor()).isEqualByComparingTo("4");
		// +7% is halfway from the floor 4 to the target 10: 20 x 3/6 = 10.00
		assertThat(weaponsRule
			.score(vn.thidua.campaign.scoring.Measurement.change(new BigDecimal("107"), new BigDecimal("100")))
			.points()).isEqualByComparingTo("10.00");
		// crime up 50%: 0 (the wrong way), and the table's option is off by default
		assertThat(crimeRule
			.score(vn.thidua.campaign.scoring.Measurement.change(new BigDecimal("150"), new BigDecimal("100")))
			.points()).isEqualByComparingTo("0");
	}

	private static IndicatorSpec floored(String code, Direction direction, String target, String floor) {
		return new IndicatorSpec(code, "Chỉ tiêu " + code, null, direction, InputShape.VALUE, ReportingPeriod.MONTH,
				new BigDecimal(target), new BigDecimal(floor), Set.of());
	}

	@Test
	void theEndCannotComeBeforeTheStart() {
		assertLocked(() -> new Campaign(this.province, "Sai ngày", CampaignKind.PEAK, 2026, END, START), "endDate",
				"campaign.error.endBeforeStart");
	}

	private Campaign launchable() {
		Campaign campaign = new Campaign(this.province, "Vì an ninh Tổ quốc", CampaignKind.REGULAR, 2026, START, END);
		campaign.setScope(List.of(this.cluster), List.of());
		campaign.addContent("Đấu tranh phòng, chống tội phạm", null)
			.addIndicator(spec("1.1", Direction.HIGHER_IS_BETTER, InputShape.RATIO, "75"));
		return campaign;
	}

	private static IndicatorSpec spec(String code, Direction direction, InputShape shape, String target) {
		return new IndicatorSpec(code, "Chỉ tiêu " + code, null, direction, shape, ReportingPeriod.MONTH,
				target == null ? null : new BigDecimal(target), null, Set.of());
	}

	private static void assertLocked(Runnable action, String field, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(key);
			assertThat(ex.field()).isEqualTo(field);
		});
	}

}
