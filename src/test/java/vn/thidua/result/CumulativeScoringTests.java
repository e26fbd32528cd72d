package vn.thidua.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignContent;
import vn.thidua.campaign.CampaignForm;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ContentForm;
import vn.thidua.campaign.CopyForm;
import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.IndicatorForm;
import vn.thidua.campaign.InputShape;
import vn.thidua.campaign.ReportingPeriod;
import vn.thidua.campaign.ScoringTableForm;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.ScoreReason;
import vn.thidua.organization.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The two rules of comparable scores as the reports apply them, on a throw-away 2026
 * campaign of "Khối An ninh" per test with a 100-point table:
 * <ul>
 * <li>C.1 crime down ≥ 5% on last year, 40 points, no floor;</li>
 * <li>C.2 done or not, 28 points; C.3 done or not, 17 points;</li>
 * <li>C.4 done or not, 15 points, for commune police only: PA04 (a department) does not
 * report it, so 85 points apply to it.</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
class CumulativeScoringTests {

	static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

	static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 1);

	@Autowired
	ReportWorkflowService results;

	@Autowired
	ReportQueries queries;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoringTableService scoring;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void februaryIsScoredOnTheSumsSinceJanuaryNotOnFebruaryAlone() {
		long campaign = clusterCampaign(true);
		long january = open(campaign, JANUARY);
		long february = open(campaign, FEBRUARY);
		save(january, "10", "20", "true", "false");
		ResultReport report = save(february, "30", "20", "true", "true");
		ResultValue change = line(report, "C.1");
		// February alone: (30 − 20) / 20 = +50%, the wrong way. Cumulative: 10 + 30 = 40
		// against 20 + 20 = 40, a change of 0%: not the wrong way, below "giảm ≥ 5%":
		// linear from 0% (0 points) to −5% (40 points), so 0 points
		assertThat(change.getSelfMeasured()).isEqualByComparingTo("0.00");
		assertThat(change.getSelfReason()).isEqualTo(ScoreReason.BELOW_TARGET);
		assertThat(change.getSelfPoints()).isEqualByComparingTo("0.00");
		CumulativeFigures shown = as("member.officer", () -> this.queries.cumulativeFigures(report))
			.get(change.getId());
		assertThat(shown.thisYear()).isEqualByComparingTo("40");
		assertThat(shown.lastYear()).isEqualByComparingTo("40");
		assertThat(shown.change()).isEqualByComparingTo("0.00");
		assertThat(shown.months()).isEqualTo(2);
		assertThat(shown.monthChange()).isEqualByComparingTo("50.00");
	}

	@Test
	void aMonthWithoutFiguresOnBothSidesIsLeftOutOfBothSums() {
		long campaign = clusterCampaign(true);
		long january = open(campaign, JANUARY);
		long february = open(campaign, FEBRUARY);
		// January has this year's figure only: not added on either side
		save(january, "10", "", "true", "false");
		ResultReport report = save(february, "19", "20", "true", "true");
		ResultValue change = line(report, "C.1");
		// February alone: (19 − 20) / 20 = −5%: met, 40 points
		assertThat(change.getSelfMeasured()).isEqualByComparingTo("-5.00");
		assertThat(change.getSelfPoints()).isEqualByComparingTo("40.00");
		assertThat(as("member.officer", () -> this.queries.cumulativeFigures(report)).get(change.getId()).months())
			.isEqualTo(1);
	}

	@Test
	void correctingJanuaryScoresFebruaryAgainAndSaysSoInItsHistory() {
		long campaign = clusterCampaign(true);
		long january = open(campaign, JANUARY);
		long february = open(campaign, FEBRUARY);
		save(january, "10", "20", "true", "false");
		save(february, "30", "20", "true", "true");
		// January corrected to 10 against 30: February's sums 40 against 50 = −20% ≤ −5%,
		// met: 40 points; February's raw points 40 + 28 + 17 = 85 of the 85 that apply,
		// scaled 85 × 100 / 85 = 100.00
		save(january, "10", "30", "true", "false");
		ResultReport after = as("member.officer", () -> this.results.getWithValues(february));
		assertThat(line(after, "C.1").getSelfMeasured()).isEqualByComparingTo("-20.00");
		assertThat(line(after, "C.1").getSelfPoints()).isEqualByComparingTo("40.00");
		assertThat(after.getSelfPoints()).isEqualByComparingTo("100.00");
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where object_type = 'RESULT_REPORT' and object_id = :id"
					+ " and action = 'RESULT_REPORT_RESCORED'")
			.param("id", february)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aReviewersAdjustmentOfJanuaryMovesTheApprovedFebruaryThatTheRankingsRead() {
		long campaign = clusterCampaign(true);
		long january = open(campaign, JANUARY);
		long february = open(campaign, FEBRUARY);
		save(january, "10", "20", "true", "false");
		save(february, "30", "20", "true", "true");
		as("member.commander", () -> this.results.submit(january, -1));
		as("member.commander", () -> this.results.submit(february, -1));
		ResultReport approved = as("head.commander", () -> this.results.approve(february, -1));
		// C.1 0 (0% cumulative) + 28 + 17 = 45 raw of 85; 45 × 100 / 85 = 52.941… → 52.94
		assertThat(approved.getReviewedPoints()).isEqualByComparingTo("52.94");
		EntryLine line = new EntryLine();
		line.setAmount("10");
		line.setLastYear("30");
		long valueId = line(as("head.commander", () -> this.results.getWithValues(january)), "C.1").getId();
		as("head.commander", () -> this.results.adjust(january, valueId, line, "Số liệu cùng kỳ theo thống kê"));
		// January as reviewed 10 against 30: February's sums 40 against 50 = −20%, met,
		// 40
		// points; 40 + 28 + 17 = 85 → 100.00
		BigDecimal reviewed = this.jdbc.sql("select reviewed_points from result_report where id = :id")
			.param("id", february)
			.query(BigDecimal.class)
			.single();
		assertThat(reviewed).isEqualByComparingTo("100.00");
	}

	@Test
	void pointsOfAUnitToWhomAnIndicatorDoesNotApplyAreScaledToTheTable() {
		long campaign = clusterCampaign(true);
		long january = open(campaign, JANUARY);
		ResultReport opened = as("member.officer", () -> this.results.getWithValues(january));
		assertThat(opened.getValues()).extracting(v -> v.getIndicator().getCode())
			.as("C.4 applies to commune police only")
			.containsExactly("C.1", "C.2", "C.3");
		// C.1 10 against 20 = −50%, met: 40; C.2 done: 28; C.3 not done: 0; raw 68 of the
		// 40 + 28 + 17 = 85 that apply; 68 × 100 / 85 = 80.00
		ResultReport report = save(january, "10", "20", "true", "false");
		assertThat(report.selfRawPoints()).isEqualByComparingTo("68.00");
		assertThat(report.getScaleApplicable()).isEqualByComparingTo("85");
		assertThat(report.getScaleFull()).isEqualByComparingTo("100");
		assertThat(report.getSelfPoints()).isEqualByComparingTo("80.00");
	}

	@Test
	void aTableThatSwitchesScalingOffKeepsThePointsEarned() {
		long campaign = clusterCampaign(false);
		long january = open(campaign, JANUARY);
		// the same figures: 40 + 28 + 0 = 68, not scaled
		ResultReport report = save(january, "10", "20", "true", "false");
		assertThat(report.isScaled()).isFalse();
		assertThat(report.getSelfPoints()).isEqualByComparingTo("68.00");
	}

	@Test
	void lastYearsFigureComesFromTheIndicatorThisOneWasCopiedFromNeverFromAnotherCampaign() {
		LocalDate march2025 = LocalDate.of(2025, 3, 1);
		// an unrelated 2025 campaign of PA04 with an indicator of the same code, reported
		// first (matching by code across campaigns would take it)
		long unrelated = unitCampaign("Đợt khác " + UUID.randomUUID());
		approve(unrelated, march2025, "99");
		long source = unitCampaign("Đợt 2025 " + UUID.randomUUID());
		approve(source, march2025, "17");
		long copy = as("staff",
				() -> this.campaigns.copy(source, new CopyForm(2026, "Đợt 2026 " + UUID.randomUUID())).getId());
		as("staff", () -> this.campaigns.launch(copy));
		long march = open(copy, LocalDate.of(2026, 3, 1));
		ResultReport report = as("member.officer", () -> this.results.getWithValues(march));
		assertThat(line(report, "C.1").getLastYear()).isEqualByComparingTo("17");
		// a campaign not copied from anything gets no figure: the unit enters it
		long fresh = clusterCampaign(true);
		long freshMarch = open(fresh, LocalDate.of(2026, 3, 1));
		assertThat(line(as("member.officer", () -> this.results.getWithValues(freshMarch)), "C.1").getLastYear())
			.isNull();
	}

	@Test
	void theReportAndEntryPagesShowTheCumulativeFiguresTheScalingAndTheRules() throws Exception {
		long campaign = clusterCampaign(true);
		long january = open(campaign, JANUARY);
		long february = open(campaign, FEBRUARY);
		save(january, "10", "20", "true", "false");
		save(february, "30", "20", "true", "true");
		// February: C.1 0 (40 against 40) + 28 + 17 = 45 of 85 → 45 × 100 / 85 = 52,94
		for (String page : List.of("/results/" + february, "/results/" + february + "/edit")) {
			String html = this.mvc.perform(get(page).with(TestUsers.as(this.users, "member.officer")))
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(html).as(page)
				.contains("Lũy kế từ đầu năm: 40 vụ so với 40 vụ cùng kỳ (0%)")
				.contains("cộng 2 tháng có đủ số liệu hai năm; tháng này riêng: +50%")
				.contains("Quy đổi theo thang 100: 45/85 → 52,94")
				.contains("Cách chấm chỉ tiêu so với cùng kỳ và quy đổi điểm");
		}
	}

	// ------------------------------------------------------------------ helpers

	private long clusterCampaign(boolean scales) {
		long cluster = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		return create(2026, "Đợt lũy kế " + UUID.randomUUID(), List.of(cluster), List.of(), scales, true);
	}

	private long unitCampaign(String name) {
		return create(2025, name, List.of(), List.of(ResultTestData.unit(this.jdbc, "LS-PA04")), true, false);
	}

	private long create(int year, String name, List<Long> clusters, List<Long> units, boolean scales, boolean launch) {
		long province = ResultTestData.unit(this.jdbc, "LS");
		return as("staff", () -> {
			long id = this.campaigns
				.create(new CampaignForm(province, name, CampaignKind.THEMATIC, year, LocalDate.of(year, 1, 1),
						LocalDate.of(year, 12, 31), null, null, clusters, units, null))
				.getId();
			CampaignContent content = this.campaigns.addContent(id, new ContentForm("Nội dung thử", null));
			indicator(id, content, "C.1", Direction.CHANGE_VS_LAST_YEAR, 5, List.of());
			indicator(id, content, "C.2", Direction.DONE_OR_NOT, null, List.of());
			indicator(id, content, "C.3", Direction.DONE_OR_NOT, null, List.of());
			indicator(id, content, "C.4", Direction.DONE_OR_NOT, null, List.of(UnitKind.COMMUNE_POLICE));
			ScoringTableForm table = new ScoringTableForm();
			table.setScale(BigDecimal.valueOf(100));
			table.setScalesToApplicable(scales);
			for (Indicator indicator : this.scoring.indicators(id)) {
				int max = switch (indicator.getCode()) {
					case "C.1" -> 40;
					case "C.2" -> 28;
					case "C.3" -> 17;
					default -> 15;
				};
				table.getRules()
					.add(new ScoringTableForm.RuleLine(indicator.getId(), BigDecimal.valueOf(max), null, null, null));
			}
			this.scoring.saveCampaignTable(id, table);
			if (launch) {
				this.campaigns.launch(id);
			}
			return id;
		});
	}

	private void indicator(long id, CampaignContent content, String code, Direction direction, Integer target,
			List<UnitKind> kinds) {
		this.campaigns.addIndicator(id,
				new IndicatorForm(content.getId(), code, "Chỉ tiêu " + code,
						direction.isChangeVsLastYear() ? "vụ" : null, direction, InputShape.VALUE,
						ReportingPeriod.MONTH, target == null ? null : BigDecimal.valueOf(target), null, kinds));
	}

	/** Launches a 2025 unit campaign and has PA04's month approved with C.1 = value. */
	private void approve(long campaign, LocalDate month, String value) {
		as("staff", () -> this.campaigns.launch(campaign));
		long id = open(campaign, month);
		save(id, value, "20", "true", "true");
		as("member.commander", () -> this.results.submit(id, -1));
		as("staff", () -> this.results.approve(id, -1));
	}

	private long open(long campaign, LocalDate month) {
		long pa04 = ResultTestData.unit(this.jdbc, "LS-PA04");
		long id = as("member.officer", () -> this.results.open(campaign, pa04, month).getId());
		as("staff", () -> this.results.reopen(id, this.results.today().plusDays(10), "Kiểm thử"));
		return id;
	}

	/** Saves C.1 (this year, last year), C.2 and C.3 done or not. */
	private ResultReport save(long id, String thisYear, String lastYear, String c2, String c3) {
		ResultReport report = as("member.officer", () -> this.results.getWithValues(id));
		EntryForm form = EntryForm.of(report);
		form.setVersion(-1);
		form.getEntries().get(0).setAmount(thisYear);
		form.getEntries().get(0).setLastYear(lastYear);
		form.getEntries().get(1).setDone(c2);
		form.getEntries().get(2).setDone(c3);
		return as("member.officer", () -> this.results.save(id, form));
	}

	private static ResultValue line(ResultReport report, String code) {
		return report.getValues()
			.stream()
			.filter(v -> v.getIndicator().getCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private <T> T as(String user, Supplier<T> action) {
		return TestUsers.runAs(this.users, user, action);
	}

}
