package vn.thidua.summary;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tallies the year-end summary reads (ADR 0021), kept by triggers beside the records:
 * after each kind of write (a value entered, reviewed or removed; a report approved,
 * reopened, moved to another cluster or removed; a record added, changed or removed; a
 * decision recorded, superseded, moved to another year or removed) the tally holds the
 * counts worked by hand in the comments, and over the whole database (the demo data
 * included) it equals the same count made from the published views.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryTallyTests {

	private static final int YEAR = 2026;

	@Autowired
	JdbcClient jdbc;

	SummaryTestData data;

	long province;

	long a;

	long b;

	long cluster;

	@BeforeAll
	void makeTheProvince() {
		this.data = new SummaryTestData(this.jdbc);
		this.province = this.data.unit("TST-TAL", "Công an tỉnh Kiểm Đếm", "PROVINCIAL_POLICE", null);
		this.a = this.data.unit("TST-TAL-A", "Phòng Kiểm đếm A", "DEPARTMENT", this.province);
		this.b = this.data.unit("TST-TAL-B", "Phòng Kiểm đếm B", "DEPARTMENT", this.province);
		this.cluster = this.data.cluster(this.province, YEAR, "Khối kiểm đếm", this.a, List.of(this.a, this.b));
	}

	@AfterAll
	void removeTheProvince() {
		this.data.removeAll();
		assertTheTalliesEqualTheViews();
	}

	@Test
	void theOutcomesOfApprovedReportsAreTalliedThroughEveryChange() {
		long campaign = this.data.campaign(this.province, YEAR, "Thi đua kiểm đếm", "REGULAR", "LAUNCHED");
		this.data.scopeCluster(campaign, this.cluster);
		long content = this.data.content(campaign, 1);
		long i1 = this.data.indicator(campaign, content, 1, "KD1");
		long i2 = this.data.indicator(campaign, content, 2, "KD2");
		// A January approved: I1 met; I2 self-scored below target, met on review
		long ra1 = this.data.report(campaign, this.a, this.cluster, "2026-01-01", "APPROVED");
		this.data.value(ra1, i1, 1, "MET");
		this.data.value(ra1, i2, 2, "BELOW_TARGET", "MET");
		// A February submitted (not counted yet): I1 met
		long ra2 = this.data.report(campaign, this.a, this.cluster, "2026-02-01", "SUBMITTED");
		this.data.value(ra2, i1, 1, "MET");
		// B January approved: I1 below target; I2 without an outcome (not counted)
		long rb1 = this.data.report(campaign, this.b, this.cluster, "2026-01-01", "APPROVED");
		this.data.value(rb1, i1, 1, "BELOW_TARGET");
		this.data.value(rb1, i2, 2, null);
		assertThat(outcomes(campaign)).containsExactlyInAnyOrder(outcome(this.a, this.cluster, i1, 1, 0),
				outcome(this.a, this.cluster, i2, 1, 0), outcome(this.b, this.cluster, i1, 0, 1));

		// A February approved: A's I1 met twice
		setReport(ra2, "state = 'APPROVED'");
		assertThat(outcomes(campaign)).contains(outcome(this.a, this.cluster, i1, 2, 0));
		// the reviewer scores A January's I1 below target: met once, not met once
		this.jdbc
			.sql("update result_value set reviewed_reason = 'BELOW_TARGET' where report_id = :r and indicator_id = :i")
			.param("r", ra1)
			.param("i", i1)
			.update();
		assertThat(outcomes(campaign)).contains(outcome(this.a, this.cluster, i1, 1, 1));
		// B January reopened: B counts nothing
		setReport(rb1, "state = 'SUBMITTED'");
		assertThat(outcomes(campaign)).containsExactlyInAnyOrder(outcome(this.a, this.cluster, i1, 1, 1),
				outcome(this.a, this.cluster, i2, 1, 0));
		// A February moved out of the cluster (a single unit): its I1 met goes with it
		setReport(ra2, "cluster_id = null");
		assertThat(outcomes(campaign)).containsExactlyInAnyOrder(outcome(this.a, this.cluster, i1, 0, 1),
				outcome(this.a, this.cluster, i2, 1, 0), outcome(this.a, null, i1, 1, 0));
		// A January removed with its values
		this.jdbc.sql("delete from result_report where id = :r").param("r", ra1).update();
		assertThat(outcomes(campaign)).containsExactly(outcome(this.a, null, i1, 1, 0));
		// A February's value removed: nothing left, no row of zeros
		this.jdbc.sql("delete from result_value where report_id = :r").param("r", ra2).update();
		assertThat(outcomes(campaign)).isEmpty();
		// B January approved again, then its campaign removed (reports and values go with
		// it)
		setReport(rb1, "state = 'APPROVED'");
		assertThat(outcomes(campaign)).containsExactly(outcome(this.b, this.cluster, i1, 0, 1));
		this.jdbc.sql("delete from campaign where id = :k").param("k", campaign).update();
		assertThat(outcomes(campaign)).isEmpty();
		assertTheTalliesEqualTheViews();
	}

	@Test
	void theRecordsOfRecordedDecisionsAreTalliedThroughEveryChange() {
		// decision 1 (regular, 2026): A two CSTT at 702.000 and 351.000, B a collective
		// Giấy
		// khen without cash
		long d1 = this.data.decision(this.province, "TAL-1", "2026-06-01", "REGULAR");
		this.data.record(d1, 1, this.a, "CSTT", "INDIVIDUAL", 702_000);
		this.data.record(d1, 2, this.a, "CSTT", "INDIVIDUAL", 351_000);
		this.data.record(d1, 3, this.b, "GIAY_KHEN", "COLLECTIVE", 0);
		// decision 2 still a draft: A one CSTT at 100.000, not counted
		long d2 = this.data.decision(this.province, "TAL-2", "2026-07-01", "REGULAR", "DRAFT", null);
		this.data.record(d2, 1, this.a, "CSTT", "INDIVIDUAL", 100_000);
		assertThat(records()).containsExactlyInAnyOrder(record(this.a, 2026, "CSTT", "REGULAR", 2, 1_053_000),
				record(this.b, 2026, "GIAY_KHEN", "REGULAR", 1, 0));

		// decision 2 recorded: A three CSTT, 1.153.000
		setDecision(d2, "state = 'RECORDED', recorded_at = now()");
		assertThat(records()).contains(record(this.a, 2026, "CSTT", "REGULAR", 3, 1_153_000));
		// decision 3 supersedes decision 2 (one-off, A one CSTT at 50.000): back to two
		// at
		// 1.053.000, and one one-off at 50.000
		long d3 = this.data.decision(this.province, "TAL-3", "2026-08-01", "ONE_OFF");
		this.data.record(d3, 1, this.a, "CSTT", "INDIVIDUAL", 50_000);
		setDecision(d2, "superseded_by_id = " + d3);
		assertThat(records()).containsExactlyInAnyOrder(record(this.a, 2026, "CSTT", "REGULAR", 2, 1_053_000),
				record(this.a, 2026, "CSTT", "ONE_OFF", 1, 50_000), record(this.b, 2026, "GIAY_KHEN", "REGULAR", 1, 0));
		// a record's amount corrected (351.000 → 702.000) and B's line moved to A
		this.jdbc
			.sql("update award_record set amount = 702000, catalogue_amount = 702000 where decision_id = :d "
					+ "and line_no = 2")
			.param("d", d1)
			.update();
		this.jdbc.sql("update award_record set unit_id = :a where decision_id = :d and line_no = 3")
			.param("a", this.a)
			.param("d", d1)
			.update();
		assertThat(records()).containsExactlyInAnyOrder(record(this.a, 2026, "CSTT", "REGULAR", 2, 1_404_000),
				record(this.a, 2026, "CSTT", "ONE_OFF", 1, 50_000), record(this.a, 2026, "GIAY_KHEN", "REGULAR", 1, 0));
		// decision 1 dated into 2025 (its year with it)
		setDecision(d1, "decided_on = date '2025-12-30', year = 2025");
		assertThat(records()).containsExactlyInAnyOrder(record(this.a, 2025, "CSTT", "REGULAR", 2, 1_404_000),
				record(this.a, 2026, "CSTT", "ONE_OFF", 1, 50_000), record(this.a, 2025, "GIAY_KHEN", "REGULAR", 1, 0));
		// decision 1 removed with its records; decision 3's record removed
		this.jdbc.sql("delete from award_decision where id = :d").param("d", d1).update();
		this.jdbc.sql("delete from award_record where decision_id = :d").param("d", d3).update();
		assertThat(records()).isEmpty();
		assertTheTalliesEqualTheViews();
	}

	@Test
	void overTheWholeDatabaseTheTalliesEqualTheViews() {
		assertThat(this.jdbc.sql("select count(*) from result_outcome_tally").query(Long.class).single())
			.as("the demo's approved reports are tallied")
			.isPositive();
		assertThat(this.jdbc.sql("select count(*) from award_record_tally").query(Long.class).single())
			.as("the demo's award records are tallied")
			.isPositive();
		assertTheTalliesEqualTheViews();
	}

	// ---------------------------------------------------------------- helpers

	private void assertTheTalliesEqualTheViews() {
		assertThat(this.jdbc.sql("""
				(select campaign_id, unit_id, cluster_id, indicator_id, met, not_met from result_outcome_tally_v
				 except
				 select campaign_id, unit_id, cluster_id, indicator_id, count(*) filter (where met),
				        count(*) filter (where not met)
				 from result_indicator_outcome_v group by 1, 2, 3, 4)
				union all
				(select campaign_id, unit_id, cluster_id, indicator_id, count(*) filter (where met),
				        count(*) filter (where not met)
				 from result_indicator_outcome_v group by 1, 2, 3, 4
				 except
				 select campaign_id, unit_id, cluster_id, indicator_id, met, not_met from result_outcome_tally_v)""")
			.query()
			.listOfRows()).as("outcome tally against result_indicator_outcome_v").isEmpty();
		assertThat(this.jdbc.sql("""
				(select unit_id, year, item_code, recipient, decision_kind, sum(records), sum(amount)
				 from award_record_tally_v group by 1, 2, 3, 4, 5
				 except
				 select unit_id, year, item_code, recipient, decision_kind, count(*), sum(amount)
				 from award_record_v group by 1, 2, 3, 4, 5)
				union all
				(select unit_id, year, item_code, recipient, decision_kind, count(*), sum(amount)
				 from award_record_v group by 1, 2, 3, 4, 5
				 except
				 select unit_id, year, item_code, recipient, decision_kind, sum(records), sum(amount)
				 from award_record_tally_v group by 1, 2, 3, 4, 5)""").query().listOfRows())
			.as("award tally against award_record_v")
			.isEmpty();
		assertThat(this.jdbc.sql("""
				(select unit_id, year, item_code, decision_kind, collective, leader, records
				 from award_record_tally_v
				 except
				 select unit_id, year, item_code, kind, collective, leader, count(*)
				 from award_statistic_record_v group by 1, 2, 3, 4, 5, 6)
				union all
				(select unit_id, year, item_code, kind, collective, leader, count(*)
				 from award_statistic_record_v group by 1, 2, 3, 4, 5, 6
				 except
				 select unit_id, year, item_code, decision_kind, collective, leader, records
				 from award_record_tally_v)""").query().listOfRows())
			.as("award tally against award_statistic_record_v (collective, leader)")
			.isEmpty();
	}

	private void setReport(long report, String assignment) {
		this.jdbc.sql("update result_report set " + assignment + " where id = :r").param("r", report).update();
	}

	private void setDecision(long decision, String assignment) {
		this.jdbc.sql("update award_decision set " + assignment + " where id = :d").param("d", decision).update();
	}

	private static String outcome(long unit, Long cluster, long indicator, long met, long notMet) {
		return unit + "/" + cluster + "/" + indicator + ": " + met + " met, " + notMet + " not met";
	}

	private List<String> outcomes(long campaign) {
		return this.jdbc
			.sql("select unit_id, cluster_id, indicator_id, met, not_met from result_outcome_tally_v "
					+ "where campaign_id = :k")
			.param("k", campaign)
			.query((rs, i) -> outcome(rs.getLong(1), (Long) rs.getObject(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

	private static String record(long unit, int year, String item, String kind, long records, long amount) {
		return unit + "/" + year + "/" + item + "/" + kind + ": " + records + " records, " + amount + " đ";
	}

	private List<String> records() {
		Map<String, Object> units = Map.of("units", List.of(this.a, this.b));
		return this.jdbc
			.sql("select unit_id, year, item_code, decision_kind, sum(records), sum(amount) from award_record_tally_v "
					+ "where unit_id in (:units) group by 1, 2, 3, 4")
			.params(units)
			.query((rs, i) -> record(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getLong(6)))
			.list();
	}

}
