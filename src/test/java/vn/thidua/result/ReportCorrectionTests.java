package vn.thidua.result;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Corrections without tricks, on the March 2026 report of PA04 in a throw-away campaign
 * per test: reopening never brings the deadline forward, and an approved report reopened
 * by staff leaves the ranking, keeps its approved version in the history and ranks with
 * its corrected figures once approved again.
 */
@SpringBootTest
class ReportCorrectionTests {

	static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

	@Autowired
	ReportWorkflowService results;

	@Autowired
	RankingService rankings;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoringTableService scoring;

	@Autowired
	AuditTrail audit;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long campaign;

	long cluster;

	long reportId;

	LocalDate deadline;

	@BeforeEach
	void openMarchForPa04() {
		this.campaign = ResultTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users,
				"Đợt thử sửa báo cáo " + UUID.randomUUID());
		this.cluster = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		long pa04 = ResultTestData.unit(this.jdbc, "LS-PA04");
		this.reportId = as("member.officer", () -> this.results.open(this.campaign, pa04, MARCH).getId());
		this.deadline = this.results.today().plusDays(10);
		as("staff", () -> this.results.reopen(this.reportId, this.deadline, "Kiểm thử"));
	}

	@Test
	void reopeningNeverBringsTheDeadlineForward() {
		assertThatThrownBy(
				() -> as("staff", () -> this.results.reopen(this.reportId, this.deadline.minusDays(1), "Rút ngắn hạn")))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("result.error.reopenUntilEarlier");
		assertThat(as("staff", () -> this.results.getWithValues(this.reportId).getDeadline())).isEqualTo(this.deadline);
		as("staff", () -> this.results.reopen(this.reportId, this.deadline.plusDays(5), "Gia hạn thêm"));
		assertThat(as("staff", () -> this.results.getWithValues(this.reportId).getDeadline()))
			.isEqualTo(this.deadline.plusDays(5));
	}

	@Test
	void anApprovedReportReopenedByStaffLeavesTheRankingKeepsItsApprovedVersionAndRanksAgainWithTheNewFigures() {
		// R.1 45/50 = 90%: 40 + min(0.5 × 15, 2) = 42; R.2 19 vs 20 = −5%: 30; R.3 done:
		// 20;
		// R.4 3 against ≤ 2: 10 × 2/3 = 6.67; total 98.67
		save("45", "3");
		as("member.commander", () -> this.results.submit(this.reportId, -1));
		as("head.commander", () -> this.results.approve(this.reportId, -1));
		assertThat(monthScore()).isEqualByComparingTo("98.67");
		assertThatThrownBy(() -> as("head.commander",
				() -> this.results.reopen(this.reportId, this.deadline.plusDays(7), "Sửa số liệu")))
			.isInstanceOf(AccessDeniedException.class);

		ResultReport reopened = as("staff",
				() -> this.results.reopen(this.reportId, this.deadline.plusDays(7), "Sổ thụ lý ghi sai số vụ"));
		assertThat(reopened.getState()).isEqualTo(ReportState.RETURNED);
		assertThat(monthScore()).as("no approved report: no month score").isNull();
		List<AuditRecord.Change> changes = this.audit.historyOf(ResultReport.AUDIT_TYPE, this.reportId)
			.stream()
			.filter(e -> e.action().equals("RESULT_REPORT_REOPENED"))
			.findFirst()
			.orElseThrow()
			.changes();
		assertThat(changes).extracting(AuditRecord.Change::field, AuditRecord.Change::oldValue)
			.contains(org.assertj.core.groups.Tuple.tuple("result.field.reviewedPoints", "98,67"),
					org.assertj.core.groups.Tuple.tuple("result.field.approvedValue", "R.1: 45/50 — 42 điểm"),
					org.assertj.core.groups.Tuple.tuple("result.field.approvedValue", "R.4: 3 — 6,67 điểm"),
					org.assertj.core.groups.Tuple.tuple("result.field.state", "ReportState.APPROVED"));

		// corrected: R.4 2 incidents against ≤ 2: 10; total 42 + 30 + 20 + 10 = 102
		save("45", "2");
		as("member.commander", () -> this.results.submit(this.reportId, -1));
		as("head.commander", () -> this.results.approve(this.reportId, -1));
		assertThat(monthScore()).isEqualByComparingTo("102.00");
		assertThat(this.audit.historyOf(ResultReport.AUDIT_TYPE, this.reportId))
			.filteredOn(e -> e.action().equals("RESULT_REPORT_APPROVED"))
			.hasSize(2);
	}

	// ------------------------------------------------------------------ helpers

	private void save(String numerator, String incidents) {
		ResultReport report = as("member.officer", () -> this.results.getWithValues(this.reportId));
		EntryForm form = EntryForm.of(report);
		form.setVersion(-1);
		form.getEntries().get(0).setNumerator(numerator);
		form.getEntries().get(0).setDenominator("50");
		form.getEntries().get(1).setAmount("19");
		form.getEntries().get(1).setLastYear("20");
		form.getEntries().get(2).setDone("true");
		form.getEntries().get(3).setAmount(incidents);
		as("member.officer", () -> this.results.save(this.reportId, form));
	}

	/** PA04's month score in the cluster's ranking for March. */
	private java.math.BigDecimal monthScore() {
		return as("staff", () -> this.rankings.ranking(this.campaign, this.cluster, YearMonth.of(2026, 3))).stream()
			.filter(r -> r.unitCode().equals("LS-PA04"))
			.findFirst()
			.orElseThrow()
			.monthScore();
	}

	private <T> T as(String user, Supplier<T> action) {
		return TestUsers.runAs(this.users, user, action);
	}

}
