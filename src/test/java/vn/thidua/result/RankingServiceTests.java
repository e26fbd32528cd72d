package vn.thidua.result;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.scoring.AdjustmentKind;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rankings equal a hand-computed example. A throw-away 2026 campaign for "Khối An
 * ninh" (head PA03) with one indicator of every direction, on a 100-point table:
 * <ul>
 * <li>H higher is better, rate ≥ 75%, floor 50%, 30 points, bonus 0.5 a point above
 * capped at 2: 90% → 32; 75% → 30; 60% → 30 × 60/75 = 24; 40% (below the floor) → 0;</li>
 * <li>L lower is better, ≤ 2 incidents, 20 points: 1 or 2 → 20; 3 → 20 × 2/3 =
 * 13.33;</li>
 * <li>C change against last year, down ≥ 5%, no floor, 20 points: 19 for 20 (−5%) → 20;
 * without a floor the points rise in a straight line from no change (0%, 0 points) to the
 * target, so 100 for 100 (0%) → 0; 110 for 100 (+10%, the wrong way) → 0;</li>
 * <li>E exact, 100% registered, 15 points: 50/50 → 15; 49/50 → 0;</li>
 * <li>D done or not, 15 points;</li>
 * <li>items: KT bonus 5 points, TR penalty 10 points.</li>
 * </ul>
 * Three members enter January and February; the others of the cluster report nothing.
 *
 * <pre>
 *            January                         February                                YTD Feb      rank
 * PA04  90/50·1·19-20·50/50·done = 102   same = 102, penalty TR −10 →  92     (102+92)/2  = 97.00   1
 * PA01  60%·1·19-20·50/50·done   =  94   75%·1·19-20·50/50·done    = 100     (94+100)/2  = 97.00   1
 * PA05  40%·3·110-100·49/50·not  = 13.33 90%·2·100-100·50/50·done  =  82, KT +5 →  87  (13.33+87)/2  = 50.17   3
 * </pre>
 *
 * Ranks in January 1 (PA04), 2 (PA01), 3 (PA05); so in February PA04 −5.00 and keeps 1,
 * PA01 +3.00 and goes up one place, PA05 +36.84 and keeps 3. PA01 and PA04 tie at 97.00
 * and share rank 1, PA01 first ("đối ngoại" before "kinh tế"), and PA05 is third, not
 * second. In March, with no report, the year to date falls to a third: 64.67, 64.67,
 * 33.44. (PA05: January 0 + 13.33 + 0 + 0 + 0; February 32 + 20 + 0 + 15 + 15 = 82.)
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingServiceTests {

	static final YearMonth JANUARY = YearMonth.of(2026, 1);

	static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

	@Autowired
	RankingService rankings;

	@Autowired
	ScoreItemService items;

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

	long campaign;

	long cluster;

	long pa01;

	long pa04;

	long pa05;

	long pa04February;

	@BeforeAll
	void reportTwoMonthsForThreeUnits() {
		this.cluster = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		this.campaign = RankingTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users, this.cluster,
				"Đợt thử xếp hạng " + UUID.randomUUID());
		this.pa01 = ResultTestData.unit(this.jdbc, "LS-PA01");
		this.pa04 = ResultTestData.unit(this.jdbc, "LS-PA04");
		this.pa05 = ResultTestData.unit(this.jdbc, "LS-PA05");
		report("member.commander", this.pa04, JANUARY,
				f -> f.rate(45, 50).value(1).change(19, 20).rate(50, 50).done(true));
		report("commander.pa01", this.pa01, JANUARY,
				f -> f.rate(30, 50).value(1).change(19, 20).rate(50, 50).done(true));
		report("commander.pa05", this.pa05, JANUARY,
				f -> f.rate(20, 50).value(3).change(110, 100).rate(49, 50).done(false));
		this.pa04February = report("member.commander", this.pa04, FEBRUARY,
				f -> f.rate(45, 50).value(1).change(19, 20).rate(50, 50).done(true));
		report("commander.pa01", this.pa01, FEBRUARY,
				f -> f.rate(75, 100).value(1).change(19, 20).rate(50, 50).done(true));
		long pa05February = report("commander.pa05", this.pa05, FEBRUARY,
				f -> f.rate(45, 50).value(2).change(100, 100).rate(50, 50).done(true));
		as("head.commander", () -> this.items.add(this.pa04February, item("TR", 1, "Cán bộ vi phạm kỷ luật")));
		as("staff", () -> this.items.add(pa05February, item("KT", 1, "Được Bộ Công an khen thưởng")));
	}

	@Test
	void theMonthScoresAreTheReviewedPointsWithTheItems() {
		Map<Long, RankingRow> january = rows(JANUARY);
		assertThat(january.get(this.pa04).monthScore()).isEqualByComparingTo("102.00");
		assertThat(january.get(this.pa01).monthScore()).isEqualByComparingTo("94.00");
		assertThat(january.get(this.pa05).monthScore()).as("0 + 13.33 + 0 + 0 + 0").isEqualByComparingTo("13.33");
		Map<Long, RankingRow> february = rows(FEBRUARY);
		assertThat(february.get(this.pa04).monthScore()).as("102 − 10").isEqualByComparingTo("92.00");
		assertThat(february.get(this.pa01).monthScore()).isEqualByComparingTo("100.00");
		assertThat(february.get(this.pa05).monthScore()).as("32 + 20 + 0 + 15 + 15 + 5").isEqualByComparingTo("87.00");
	}

	@Test
	void theRankingEqualsTheHandComputedExampleWithATie() {
		List<RankingRow> february = as("staff", () -> this.rankings.ranking(this.campaign, this.cluster, FEBRUARY));
		assertThat(february).hasSize(7);
		assertThat(february.subList(0, 3))
			.extracting(RankingRow::unitId, r -> r.ytd().toPlainString(), RankingRow::rank)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.pa01, "97.00", 1),
					org.assertj.core.groups.Tuple.tuple(this.pa04, "97.00", 1),
					org.assertj.core.groups.Tuple.tuple(this.pa05, "50.17", 3));
		assertThat(february.subList(3, 7)).as("members without a report: 0, all fourth").allSatisfy(r -> {
			assertThat(r.ytd()).isEqualByComparingTo("0");
			assertThat(r.rank()).isEqualTo(4);
			assertThat(r.monthScore()).isNull();
		});
	}

	@Test
	void theChangeSinceThePreviousMonthIsTheScoreAndThePlaces() {
		Map<Long, RankingRow> february = rows(FEBRUARY);
		assertThat(february.get(this.pa04).change()).isEqualByComparingTo("-5.00");
		assertThat(february.get(this.pa04).previousRank()).isEqualTo(1);
		assertThat(february.get(this.pa04).rankChange()).isZero();
		assertThat(february.get(this.pa01).change()).isEqualByComparingTo("3.00");
		assertThat(february.get(this.pa01).rankChange()).as("from 2nd to 1st").isEqualTo(1);
		assertThat(february.get(this.pa05).change()).as("50.17 − 13.33").isEqualByComparingTo("36.84");
		assertThat(february.get(this.pa05).rankChange()).isZero();
		Map<Long, RankingRow> january = rows(JANUARY);
		assertThat(january.get(this.pa04).rank()).isEqualTo(1);
		assertThat(january.get(this.pa01).rank()).isEqualTo(2);
		assertThat(january.values()).as("the first month has nothing to compare with")
			.allSatisfy(r -> assertThat(r.change()).isNull())
			.allSatisfy(r -> assertThat(r.rankChange()).isNull());
	}

	@Test
	void aMonthWithoutAnApprovedReportCountsZero() {
		Map<Long, RankingRow> march = rows(YearMonth.of(2026, 3));
		assertThat(march.get(this.pa04).ytd()).as("(102 + 92 + 0) / 3").isEqualByComparingTo("64.67");
		assertThat(march.get(this.pa01).ytd()).isEqualByComparingTo("64.67");
		assertThat(march.get(this.pa05).ytd()).as("(13.33 + 87 + 0) / 3").isEqualByComparingTo("33.44");
		assertThat(march.get(this.pa04).monthScore()).isNull();
		assertThat(march.get(this.pa01).rank()).isEqualTo(1);
		assertThat(march.get(this.pa04).rank()).isEqualTo(1);
	}

	@Test
	void theOverviewSumsUpTheClusterWithItsLeaders() {
		List<ClusterOverviewRow> overview = as("staff", () -> this.rankings.overview(this.campaign, FEBRUARY));
		assertThat(overview).singleElement().satisfies(row -> {
			assertThat(row.clusterId()).isEqualTo(this.cluster);
			assertThat(row.units()).isEqualTo(7);
			assertThat(row.approved()).isEqualTo(3);
			assertThat(row.submitted() + row.returned()).isZero();
			assertThat(row.missing()).isEqualTo(4);
			// (97 + 97 + 50.17) / 7 = 34.88
			assertThat(row.averageYtd()).isEqualByComparingTo("34.88");
			assertThat(row.bestYtd()).isEqualByComparingTo("97.00");
			assertThat(row.leaders()).isEqualTo("Phòng An ninh đối ngoại; Phòng An ninh kinh tế");
		});
	}

	@Test
	void unitsSeeTheirClusterAndNobodyElseDoes() {
		assertThat(as("member.officer", () -> this.rankings.ranking(this.campaign, this.cluster, FEBRUARY))).hasSize(7);
		assertThat(as("head.officer", () -> this.rankings.overview(this.campaign, FEBRUARY))).hasSize(1);
		assertThatThrownBy(
				() -> as("other.officer", () -> this.rankings.ranking(this.campaign, this.cluster, FEBRUARY)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("other.officer", () -> this.rankings.overview(this.campaign, FEBRUARY)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void onlyReviewersRecordItemsAndOnlyItemsOfTheTable() {
		assertThatThrownBy(
				() -> as("member.commander", () -> this.items.add(this.pa04February, item("KT", 1, "Tự khen"))))
			.as("a unit does not reward itself")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("other.officer", () -> this.items.add(this.pa04February, item("KT", 1, "x"))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("staff", () -> this.items.add(this.pa04February, item("XX", 1, "x"))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("ranking.items.error.unknownItem");
		ResultReport report = as("member.officer", () -> this.queries.get(this.pa04February));
		List<ScoreItemRow> recorded = as("member.officer", () -> this.items.itemsOf(report));
		assertThat(recorded).singleElement().satisfies(row -> {
			assertThat(row.kind()).isEqualTo(AdjustmentKind.PENALTY);
			assertThat(row.signedTotal()).isEqualByComparingTo("-10");
			assertThat(row.reason()).isEqualTo("Cán bộ vi phạm kỷ luật");
			assertThat(row.recordedBy()).isEqualTo("head.commander");
		});
		List<String> actions = this.jdbc
			.sql("select action from audit_event where object_type = 'RESULT_REPORT' and object_id = :id")
			.param("id", this.pa04February)
			.query(String.class)
			.list();
		assertThat(actions).contains(ScoreItemService.ADDED);
	}

	// ------------------------------------------------------------------ helpers

	/** What a unit enters, indicator after indicator, in the campaign's order. */
	static final class Figures {

		final EntryForm form;

		int next;

		Figures(EntryForm form) {
			this.form = form;
		}

		Figures rate(long numerator, long denominator) {
			EntryLine line = this.form.getEntries().get(this.next++);
			line.setNumerator(String.valueOf(numerator));
			line.setDenominator(String.valueOf(denominator));
			return this;
		}

		Figures value(long amount) {
			this.form.getEntries().get(this.next++).setAmount(String.valueOf(amount));
			return this;
		}

		Figures change(long thisYear, long lastYear) {
			EntryLine line = this.form.getEntries().get(this.next++);
			line.setAmount(String.valueOf(thisYear));
			line.setLastYear(String.valueOf(lastYear));
			return this;
		}

		Figures done(boolean done) {
			this.form.getEntries().get(this.next++).setDone(String.valueOf(done));
			return this;
		}

	}

	/**
	 * Opens, enters, submits (the unit's commander) and approves (the cluster's head) a
	 * report; staff reopen it first, the month being past its deadline.
	 */
	private long report(String commander, long unit, YearMonth month, Consumer<Figures> figures) {
		long id = as(commander, () -> this.results.open(this.campaign, unit, month.atDay(1)).getId());
		as("staff", () -> this.results.reopen(id, this.results.today().plusDays(10), "Kiểm thử xếp hạng"));
		ResultReport report = as(commander, () -> this.results.getWithValues(id));
		EntryForm form = EntryForm.of(report);
		form.setVersion(-1);
		figures.accept(new Figures(form));
		as(commander, () -> this.results.save(id, form));
		as(commander, () -> this.results.submit(id, -1));
		as("head.commander", () -> this.results.approve(id, -1));
		return id;
	}

	private static ScoreItemForm item(String code, int occurrences, String reason) {
		ScoreItemForm form = new ScoreItemForm();
		form.setItemCode(code);
		form.setOccurrences(occurrences);
		form.setReason(reason);
		return form;
	}

	private Map<Long, RankingRow> rows(YearMonth month) {
		return as("staff", () -> this.rankings.ranking(this.campaign, this.cluster, month)).stream()
			.collect(Collectors.toMap(RankingRow::unitId, r -> r));
	}

	private <T> T as(String user, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, user, action);
	}

}
