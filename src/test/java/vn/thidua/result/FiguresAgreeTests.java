package vn.thidua.result;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One set of figures everywhere: on the demo province's 2026 movement (loaded once for
 * the test JVM), for every cluster, unit and month up to the month the ranking opens on,
 * the ranking page's month and year-to-date scores, the service's ranking, the unit's
 * trend, the bulletin, the overview's averages and the Excel export read back all agree.
 * The year to date and the averages are also recomputed here from the trend's month
 * scores (the average of the counted months, rounded once; the cluster's average of the
 * unrounded year-to-date scores, rounded once), so that a rule changed in one place only
 * fails here. And the demo data has nothing a cluster would dispute.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresAgreeTests {

	private static final Pattern ROW = Pattern
		.compile("class=\"ranking-row\" data-label=\"([^\"]*)\"\\s*data-value=\"([^\"]*)\"");

	@Autowired
	RankingService rankings;

	@Autowired
	TrendService trends;

	@Autowired
	BulletinService bulletins;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long campaign;

	Campaign movement;

	YearMonth last;

	List<ClusterOption> clusters;

	@BeforeAll
	void findTheDemoMovement() {
		this.campaign = this.jdbc
			.sql("select id from campaign_v where name = 'Phong trào thi đua “Vì an ninh Tổ quốc” năm 2026'")
			.query(Long.class)
			.single();
		this.movement = staff(() -> this.rankings.campaign(this.campaign));
		this.last = this.rankings.monthOf(this.movement, null);
		this.clusters = staff(() -> this.rankings.clustersOf(this.campaign));
		assertThat(this.clusters).extracting(ClusterOption::name).contains("Khối An ninh", "Khối Cảnh sát");
	}

	@Test
	void theRankingTheTrendTheBulletinAndTheOverviewAgreeForEveryUnitAndMonth() throws Exception {
		List<String> differences = new ArrayList<>();
		int compared = 0;
		for (ClusterOption cluster : this.clusters) {
			List<RankingRow> latest = staff(() -> this.rankings.rankings(this.campaign, cluster.id(), this.last));
			Map<Long, UnitTrend> trends = new HashMap<>();
			for (RankingRow row : latest) {
				trends.put(row.unitId(), staff(() -> this.trends.trend(this.campaign, row.unitId(), this.last)));
			}
			for (YearMonth month = YearMonth.of(2026, 1); !month.isAfter(this.last); month = month.plusMonths(1)) {
				YearMonth m = month;
				List<RankingRow> ranking = staff(() -> this.rankings.rankings(this.campaign, cluster.id(), m));
				Map<String, String> page = rankingPage(cluster.id(), m);
				Map<Long, RankingRow> bulletin = new HashMap<>();
				staff(() -> this.bulletins.bulletin(this.campaign, cluster.id(), m)).sections()
					.forEach(s -> s.rows().forEach(r -> bulletin.put(r.unitId(), r)));
				BigDecimal exactSum = BigDecimal.ZERO;
				int scored = 0;
				for (RankingRow row : ranking) {
					String at = cluster.name() + " " + m + " " + row.unitCode() + ": ";
					TrendPoint point = trends.get(row.unitId())
						.points()
						.stream()
						.filter(p -> p.month().equals(m))
						.findFirst()
						.orElseThrow();
					BigDecimal exact = exactYtd(trends.get(row.unitId()), m);
					BigDecimal recomputed = exact == null ? null : exact.setScale(2, RoundingMode.HALF_UP);
					if (exact != null) {
						exactSum = exactSum.add(exact);
						scored++;
					}
					same(differences, at + "ranking ytd vs recomputed from the trend", row.ytd(), recomputed);
					same(differences, at + "ranking ytd vs trend ytd", row.ytd(), point.ytd());
					same(differences, at + "ranking month vs trend month", row.monthScore(), point.monthScore());
					if (row.monthProvisional() != point.provisional()
							|| row.ytdProvisional() != point.ytdProvisional()) {
						differences.add(at + "provisional marks differ between ranking and trend");
					}
					String shown = page.get(row.unitName());
					same(differences, at + "ranking page ytd", row.ytd(), shown == null ? null : new BigDecimal(shown));
					RankingRow printed = bulletin.get(row.unitId());
					if (printed == null) {
						// the bulletin leaves out a unit with no report submitted in the
						// period
						if (submittedReports(row.unitId(), m) > 0) {
							differences.add(at + "left out of the bulletin although it reported");
						}
					}
					else {
						same(differences, at + "bulletin ytd", row.ytd(), printed.ytd());
						same(differences, at + "bulletin month", row.monthScore(), printed.monthScore());
					}
					compared++;
				}
				ClusterOverviewRow overview = staff(() -> this.rankings.overview(this.campaign, m)).stream()
					.filter(o -> o.clusterId() == cluster.id())
					.findFirst()
					.orElseThrow();
				BigDecimal average = scored == 0 ? null
						: exactSum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
				same(differences, cluster.name() + " " + m + ": overview average", overview.averageYtd(), average);
			}
		}
		assertThat(differences).isEmpty();
		assertThat(compared).as("every unit of both clusters, every month").isGreaterThan(100);
	}

	/**
	 * The unit's reports of the movement submitted (not drafts) from January to month.
	 */
	private int submittedReports(long unitId, YearMonth month) {
		return this.jdbc.sql("""
				select count(*) from result_report
				where campaign_id = :c and unit_id = :u and state <> 'DRAFT'
				  and period_month between :from and :to
				""")
			.param("c", this.campaign)
			.param("u", unitId)
			.param("from", java.sql.Date.valueOf(month.withMonth(1).atDay(1)))
			.param("to", java.sql.Date.valueOf(month.atDay(1)))
			.query(Integer.class)
			.single();
	}

	@Test
	void theExcelExportReadBackHasTheRankingsFigures() throws Exception {
		List<String> differences = new ArrayList<>();
		for (ClusterOption cluster : this.clusters) {
			List<RankingRow> ranking = staff(() -> this.rankings.rankings(this.campaign, cluster.id(), this.last));
			Map<Long, UnitTrend> trends = new HashMap<>();
			for (RankingRow row : ranking) {
				trends.put(row.unitId(), staff(() -> this.trends.trend(this.campaign, row.unitId(), this.last)));
			}
			byte[] file = this.mvc
				.perform(get("/results/export.xlsx").param("campaign", String.valueOf(this.campaign))
					.param("cluster", String.valueOf(cluster.id()))
					.param("month", this.last.toString())
					.with(TestUsers.as(this.users, "staff")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
					Stream<Row> stream = workbook.getFirstSheet().openStream()) {
				List<Row> rows = stream.toList();
				int months = this.last.getMonthValue();
				for (Row row : rows.subList(4, rows.size())) {
					String code = row.getCellText(1);
					RankingRow ranked = ranking.stream()
						.filter(r -> r.unitCode().equals(code))
						.findFirst()
						.orElseThrow();
					same(differences, code + " export ytd", ranked.ytd(), number(row, 3 + months));
					same(differences, code + " export rank", BigDecimal.valueOf(ranked.rank()),
							number(row, 4 + months));
					for (TrendPoint point : trends.get(ranked.unitId()).points()) {
						same(differences, code + " export " + point.label(), point.monthScore(),
								number(row, 2 + point.month().getMonthValue()));
					}
				}
			}
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void noDemoPenaltyItemCountsWhatAnIndicatorOrTheYearToDateAlreadyCounts() throws Exception {
		// through the campaign's scoring API, every table of the demo movement (the
		// common one and the clusters' own): a breach of discipline already costs the
		// done-or-not indicator "no officer breached discipline", and a late report
		// already counts 0 in the year to date, so no penalty item may count either again
		String json = this.mvc
			.perform(get("/api/v1/campaigns/" + this.campaign + "/scoring").with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> indicators = com.jayway.jsonpath.JsonPath.read(json, "$..indicators[*].name");
		List<String> penalties = com.jayway.jsonpath.JsonPath.read(json, "$..items[?(@.kind == 'PENALTY')].name");
		assertThat(indicators).anyMatch(name -> name.contains("kỷ luật"));
		assertThat(penalties).isNotEmpty()
			.noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("kỷ luật"))
			.noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("chậm"));
	}

	@Test
	void everyDemoReportWaitingForReviewWasSubmittedOnTime() {
		// a submission past the deadline cannot happen through the workflow; one written
		// by
		// the demo history would rank 0 and look like a fault of the unit
		Integer late = this.jdbc.sql("""
				select count(*) from result_report r
				where r.campaign_id = :c and r.state = 'SUBMITTED'
				  and (r.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date > r.deadline
				""").param("c", this.campaign).query(Integer.class).single();
		assertThat(late).isZero();
	}

	// ----------------------------------------------------------------- helpers

	/**
	 * The unrounded year to date at {@code month} from the trend's month scores: the
	 * average of the counted months, a counted month without a score being 0.
	 */
	private static BigDecimal exactYtd(UnitTrend trend, YearMonth month) {
		BigDecimal sum = BigDecimal.ZERO;
		int counted = 0;
		for (TrendPoint point : trend.points()) {
			if (!point.month().isAfter(month) && point.counted()) {
				sum = sum.add(point.monthScore() == null ? BigDecimal.ZERO : point.monthScore());
				counted++;
			}
		}
		return counted == 0 ? null : sum.divide(BigDecimal.valueOf(counted), 10, RoundingMode.HALF_UP);
	}

	private Map<String, String> rankingPage(long cluster, YearMonth month) throws Exception {
		String html = this.mvc
			.perform(get("/results/rankings").param("campaign", String.valueOf(this.campaign))
				.param("cluster", String.valueOf(cluster))
				.param("month", month.toString())
				.with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String> ytd = new HashMap<>();
		Matcher matcher = ROW.matcher(html);
		while (matcher.find()) {
			ytd.put(org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1)), matcher.group(2));
		}
		return ytd;
	}

	private static BigDecimal number(Row row, int cell) {
		return row.getOptionalCell(cell).filter(c -> c.getValue() != null).map(c -> c.asNumber()).orElse(null);
	}

	private static void same(List<String> differences, String what, BigDecimal expected, BigDecimal actual) {
		boolean equal = expected == null ? actual == null : actual != null && expected.compareTo(actual) == 0;
		if (!equal) {
			differences.add(what + ": " + expected + " ≠ " + actual);
		}
	}

	private <T> T staff(java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, "staff", action);
	}

}
