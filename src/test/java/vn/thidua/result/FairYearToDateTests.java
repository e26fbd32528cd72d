package vn.thidua.result;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The year to date is fair to every member, its sums come from unrounded figures, and the
 * ranking says when the scoring table changed. Reports are written directly (state,
 * deadline, submission time, points), so that the rules are applied on chosen dates.
 * <p>
 * Campaign 1, "Khối An ninh" (7 members, deadline day 5: January's report is due by
 * 05/02/2026, February's by 05/03/2026, March's by 05/04/2026):
 *
 * <pre>
 *       January          February                                         YTD at Feb (today 20/03/2026)
 * A     approved 80      submitted 04/03 10:00, waiting, self 90          (80 + 90) / 2 = 85.00 provisional
 * B     approved 70      none                                             (70 + 0) / 2  = 35.00
 * C     approved 60      submitted 06/03 00:30 Vietnam time (late), 95    (60 + 0) / 2  = 30.00
 * D     approved 50      returned, self 99                                (50 + 0) / 2  = 25.00
 * E     approved 40      submitted 05/03 23:30 Vietnam time (on time), 88 (40 + 88) / 2 = 64.00 provisional
 * F, G  none             none                                             0.00
 * </pre>
 *
 * March has no report: on 20/03/2026 its deadline (05/04) has not passed, so it is not
 * counted and the year to date at March is February's (A 85.00); on 06/04/2026 it counts
 * 0 (A (80 + 90 + 0) / 3 = 56.67).
 * <p>
 * Campaign 2, same cluster, for the rounding: U1 and U2 approved 33.33 and 33.34 (year to
 * date 33.335, shown 33.34), U3 33.32 and 33.32 (33.32), the 4 others nothing (0). The
 * cluster's average from the unrounded scores is (33.335 + 33.335 + 33.32) / 7 = 99.99 /
 * 7 = 14.2843 → 14.28; from the rounded ones it would be (33.34 + 33.34 + 33.32) / 7 =
 * 100 / 7 = 14.2857 → 14.29.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairYearToDateTests {

	static final YearMonth JANUARY = YearMonth.of(2026, 1);

	static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

	static final YearMonth MARCH = YearMonth.of(2026, 3);

	static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);

	@Autowired
	RankingService rankings;

	@Autowired
	TrendService trends;

	@Autowired
	BulletinService bulletins;

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

	long cluster;

	long campaign;

	long rounding;

	List<Long> members;

	long a;

	long b;

	long c;

	long d;

	long e;

	@BeforeAll
	void reportJanuaryAndFebruary() {
		this.cluster = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		this.members = this.jdbc
			.sql("select unit_id from organization_cluster_member_v where cluster_id = :k order by unit_id")
			.param("k", this.cluster)
			.query(Long.class)
			.list();
		assertThat(this.members).hasSize(7);
		this.campaign = RankingTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users, this.cluster,
				"Đợt thử lũy kế " + UUID.randomUUID());
		this.a = this.members.get(0);
		this.b = this.members.get(1);
		this.c = this.members.get(2);
		this.d = this.members.get(3);
		this.e = this.members.get(4);
		approved(this.campaign, this.a, JANUARY, "80");
		approved(this.campaign, this.b, JANUARY, "70");
		approved(this.campaign, this.c, JANUARY, "60");
		approved(this.campaign, this.d, JANUARY, "50");
		approved(this.campaign, this.e, JANUARY, "40");
		report(this.campaign, this.a, FEBRUARY, "SUBMITTED", "90", null, "2026-03-04T10:00:00+07:00");
		report(this.campaign, this.c, FEBRUARY, "SUBMITTED", "95", null, "2026-03-06T00:30:00+07:00");
		report(this.campaign, this.d, FEBRUARY, "RETURNED", "99", null, "2026-03-02T09:00:00+07:00");
		report(this.campaign, this.e, FEBRUARY, "SUBMITTED", "88", null, "2026-03-05T23:30:00+07:00");

		this.rounding = RankingTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users, this.cluster,
				"Đợt thử làm tròn " + UUID.randomUUID());
		approved(this.rounding, this.a, JANUARY, "33.33");
		approved(this.rounding, this.a, FEBRUARY, "33.34");
		approved(this.rounding, this.b, JANUARY, "33.33");
		approved(this.rounding, this.b, FEBRUARY, "33.34");
		approved(this.rounding, this.c, JANUARY, "33.32");
		approved(this.rounding, this.c, FEBRUARY, "33.32");
		// versions put in force from January, April (a changed table) and June (signed
		// again, the same table): the table changed once, from April
		version(this.rounding, "bảng A", "2026-01-01");
		version(this.rounding, "bảng B", "2026-04-01");
		version(this.rounding, "bảng B", "2026-06-01");
	}

	@Test
	void aReportWaitingForReviewCountsItsSelfAssessedPointsAsProvisional() {
		Map<Long, RankingRow> february = rows(this.campaign, FEBRUARY, MARCH_20);
		assertThat(february.get(this.a).ytd()).as("(80 + 90) / 2").isEqualByComparingTo("85.00");
		assertThat(february.get(this.a).ytdProvisional()).isTrue();
		assertThat(february.get(this.a).monthScore()).isEqualByComparingTo("90");
		assertThat(february.get(this.a).monthProvisional()).isTrue();
		assertThat(february.get(this.e).ytd()).as("submitted at 23:30 on the deadline, Vietnam time: (40 + 88) / 2")
			.isEqualByComparingTo("64.00");
		assertThat(february.get(this.e).ytdProvisional()).isTrue();
	}

	@Test
	void aMissingLateOrReturnedReportCountsZeroOnceDue() {
		Map<Long, RankingRow> february = rows(this.campaign, FEBRUARY, MARCH_20);
		assertThat(february.get(this.b).ytd()).as("missing: (70 + 0) / 2").isEqualByComparingTo("35.00");
		assertThat(february.get(this.c).ytd()).as("submitted at 00:30 the day after: (60 + 0) / 2")
			.isEqualByComparingTo("30.00");
		assertThat(february.get(this.c).monthScore()).isNull();
		assertThat(february.get(this.d).ytd()).as("returned: (50 + 0) / 2").isEqualByComparingTo("25.00");
		assertThat(february.get(this.b).ytdProvisional()).isFalse();
		assertThat(february.get(this.members.get(5)).ytd()).isEqualByComparingTo("0");
		// ranks: E 64, A 85 → A 1, E 2, B 3, C 4, D 5, F and G 6
		assertThat(february.get(this.a).rank()).isEqualTo(1);
		assertThat(february.get(this.e).rank()).isEqualTo(2);
		assertThat(february.get(this.d).rank()).isEqualTo(5);
		assertThat(february.get(this.members.get(6)).rank()).isEqualTo(6);
	}

	@Test
	void aMonthWhoseDeadlineHasNotPassedIsNotCounted() {
		Map<Long, RankingRow> march = rows(this.campaign, MARCH, MARCH_20);
		assertThat(march.get(this.a).ytd()).as("March due 05/04: still (80 + 90) / 2").isEqualByComparingTo("85.00");
		assertThat(march.get(this.a).monthCounted()).isFalse();
		assertThat(march.get(this.b).ytd()).isEqualByComparingTo("35.00");
		assertThat(march.get(this.a).change()).as("nothing changed since February").isEqualByComparingTo("0");
		Map<Long, RankingRow> afterDeadline = rows(this.campaign, MARCH, LocalDate.of(2026, 4, 6));
		assertThat(afterDeadline.get(this.a).ytd()).as("(80 + 90 + 0) / 3 = 56.666…").isEqualByComparingTo("56.67");
		assertThat(afterDeadline.get(this.a).monthCounted()).isTrue();
		Map<Long, RankingRow> onTheDeadline = rows(this.campaign, FEBRUARY, LocalDate.of(2026, 3, 5));
		assertThat(onTheDeadline.get(this.b).ytd()).as("on 05/03 February is still due: January alone, 70")
			.isEqualByComparingTo("70.00");
	}

	@Test
	void theUnitTrendCountsTheSameMonths() {
		UnitTrend trend = TestUsers.runAs(this.users, "staff",
				() -> this.trends.trend(this.campaign, this.a, MARCH, MARCH_20));
		assertThat(trend.points())
			.extracting(TrendPoint::label, p -> p.ytd().toPlainString(), TrendPoint::provisional, TrendPoint::counted,
					TrendPoint::ytdProvisional)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("01/2026", "80.00", false, true, false),
					org.assertj.core.groups.Tuple.tuple("02/2026", "85.00", true, true, true),
					org.assertj.core.groups.Tuple.tuple("03/2026", "85.00", false, false, true));
	}

	@Test
	void theRankingOpensOnTheLastMonthWhoseDeadlineHasPassed() {
		assertThat(this.rankings.lastDueMonth(LocalDate.of(2026, 3, 5))).as("February due 05/03, not passed")
			.isEqualTo(JANUARY);
		assertThat(this.rankings.lastDueMonth(LocalDate.of(2026, 3, 6))).isEqualTo(FEBRUARY);
		assertThat(this.rankings.lastDueMonth(LocalDate.of(2026, 3, 31))).isEqualTo(FEBRUARY);
		assertThat(this.rankings.lastDueMonth(LocalDate.of(2026, 1, 3))).isEqualTo(YearMonth.of(2025, 11));
	}

	@Test
	void theOverviewAveragesUnroundedScoresAndRoundsOnce() {
		Map<Long, RankingRow> february = rows(this.rounding, FEBRUARY, MARCH_20);
		assertThat(february.get(this.a).ytd()).as("33.335 shown").isEqualByComparingTo("33.34");
		assertThat(february.get(this.c).ytd()).isEqualByComparingTo("33.32");
		List<ClusterOverviewRow> overview = TestUsers.runAs(this.users, "staff",
				() -> this.rankings.overview(this.rounding, FEBRUARY, MARCH_20));
		assertThat(overview).singleElement().satisfies(row -> {
			// 99.99 / 7 = 14.2843 (from the rounded scores: 100.00 / 7 = 14.2857 → 14.29)
			assertThat(row.averageYtd()).isEqualByComparingTo("14.28");
			assertThat(row.ytdSum()).isEqualByComparingTo("99.99");
			assertThat(row.scoredUnits()).isEqualTo(7);
		});
		assertThat(this.rankings.total(overview).averageYtd()).isEqualByComparingTo("14.28");
	}

	@Test
	void theTotalOverClustersIsTakenFromTheUnroundedSums() {
		// cluster 1: 3 units at 33.335 each, average 33.335 shown 33.34; cluster 2: 1
		// unit
		// at 33.33. All 4: (100.005 + 33.33) / 4 = 133.335 / 4 = 33.33375 → 33.33;
		// weighted
		// from the shown averages it would be (33.34 × 3 + 33.33) / 4 = 33.3375 → 33.34.
		ClusterOverviewRow first = new ClusterOverviewRow(1, "1", 3, 3, 0, 0, 0, new BigDecimal("33.34"),
				new BigDecimal("33.34"), null, new BigDecimal("100.005"), 3, false);
		ClusterOverviewRow second = new ClusterOverviewRow(2, "2", 1, 0, 1, 0, 0, new BigDecimal("33.33"),
				new BigDecimal("33.33"), null, new BigDecimal("33.33"), 1, true);
		ClusterOverviewRow total = this.rankings.total(List.of(first, second));
		assertThat(total.averageYtd()).isEqualByComparingTo("33.33");
		assertThat(total.units()).isEqualTo(4);
		assertThat(total.provisional()).isTrue();
	}

	@Test
	void theRankingSaysWhenTheScoringTableChangedWithinTheYear() {
		Campaign campaign = TestUsers.runAs(this.users, "staff", () -> this.rankings.campaign(this.rounding));
		assertThat(this.rankings.tableChanges(campaign, MARCH)).isEmpty();
		assertThat(this.rankings.tableChanges(campaign, YearMonth.of(2026, 7)))
			.containsExactly(Map.entry(this.cluster, List.of(YearMonth.of(2026, 4))));
	}

	@Test
	void theRankingPageMarksProvisionalFiguresAndExplainsThem() throws Exception {
		String page = this.mvc
			.perform(get("/results/rankings").param("campaign", String.valueOf(this.campaign))
				.param("cluster", String.valueOf(this.cluster))
				.param("month", "2026-02")
				.with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// A's year to date, 85.00 shown as "85", marked provisional
		assertThat(page).contains("<span>85</span><sup")
			.contains("title=\"tạm tính\">*</sup>")
			.contains("Tạm tính: điểm tự chấm của báo cáo gửi đúng hạn")
			.contains("Một tháng được tính khi báo cáo đã được phê duyệt hoặc khi đã hết hạn nộp báo cáo");
		String overview = this.mvc
			.perform(get("/results/overview").param("campaign", String.valueOf(this.rounding))
				.param("month", "2026-02")
				.with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview).contains(">14,28<");
	}

	@Test
	void theBulletinMarksProvisionalFiguresAndSaysWhenTheTableChanged() throws Exception {
		Bulletin bulletin = TestUsers.runAs(this.users, "staff",
				() -> this.bulletins.bulletin(this.campaign, this.cluster, FEBRUARY));
		RankingRow a = bulletin.sections()
			.get(0)
			.rows()
			.stream()
			.filter(r -> r.unitId() == this.a)
			.findFirst()
			.orElseThrow();
		assertThat(a.ytd()).isEqualByComparingTo("85.00");
		assertThat(a.ytdProvisional()).isTrue();
		assertThat(bulletin.anyProvisional()).isTrue();
		String printed = page("/results/bulletin", this.campaign, "2026-02");
		assertThat(printed).contains("85 (*)", "90 (*)", "(*) Điểm tạm tính");
		String july = page("/results/bulletin", this.rounding, "2026-07");
		assertThat(july).contains("Thang điểm thay đổi từ tháng 04/2026").doesNotContain("(*) Điểm tạm tính");
		assertThat(page("/results/bulletin", this.rounding, "2026-03")).doesNotContain("Thang điểm thay đổi");
		assertThat(page("/results/rankings", this.rounding, "2026-07"))
			.contains("Thang điểm thay đổi từ tháng 04/2026");
	}

	@Test
	void theTrendPageMarksTheProvisionalMonth() throws Exception {
		String trend = this.mvc
			.perform(get("/results/rankings/units/" + this.a).param("campaign", String.valueOf(this.campaign))
				.param("month", "2026-02")
				.with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// February: 90 provisional, year to date 85 provisional
		assertThat(trend).containsPattern("fst-italic\">90</span><sup")
			.contains("<span>85</span><sup")
			.contains("Tạm tính: điểm tự chấm");
	}

	// ----------------------------------------------------------------- helpers

	private String page(String path, long campaignId, String month) throws Exception {
		return this.mvc
			.perform(get(path).param("campaign", String.valueOf(campaignId))
				.param("cluster", String.valueOf(this.cluster))
				.param("month", month)
				.with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Map<Long, RankingRow> rows(long campaignId, YearMonth month, LocalDate today) {
		return TestUsers
			.runAs(this.users, "staff", () -> this.rankings.rankings(campaignId, this.cluster, month, today))
			.stream()
			.collect(Collectors.toMap(RankingRow::unitId, r -> r));
	}

	/** An approved report, submitted on the 3rd of the next month. */
	private void approved(long campaignId, long unit, YearMonth month, String points) {
		report(campaignId, unit, month, "APPROVED", points, points, month.plusMonths(1).atDay(3) + "T09:00:00+07:00");
	}

	private void report(long campaignId, long unit, YearMonth month, String state, String self, String reviewed,
			String submittedAt) {
		this.jdbc.sql("""
				insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, created_by, state,
				  self_points, reviewed_points, submitted_at)
				values (:c, :u, :k, :m, :deadline, 'test', :state, cast(:s as numeric), cast(:r as numeric), :at)
				""")
			.param("c", campaignId)
			.param("u", unit)
			.param("k", this.cluster)
			.param("m", Date.valueOf(month.atDay(1)))
			.param("deadline", Date.valueOf(month.plusMonths(1).atDay(5)))
			.param("state", state)
			.param("s", self)
			.param("r", reviewed)
			.param("at", Timestamp.from(OffsetDateTime.parse(submittedAt).toInstant()))
			.update();
	}

	private void version(long campaignId, String text, String from) {
		this.jdbc.sql("""
				insert into scoring_table_version (campaign_id, cluster_id, holder_ref, content_text, content_hash,
				  in_force_from, locked)
				values (:c, :k, :ref, :text, md5(:text), cast(:from as date), false)
				""")
			.param("c", campaignId)
			.param("k", this.cluster)
			.param("ref", Math.abs(UUID.randomUUID().getMostSignificantBits()))
			.param("text", text)
			.param("from", from)
			.update();
	}

}
