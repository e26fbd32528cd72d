package vn.thidua.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
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
import vn.thidua.organization.ClusterService;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deputy unit of "Khối An ninh" 2026 (PA09, commander.pa09) beside its head unit
 * (PA03, head.commander): March 2026 reports of PA03 and of the member PA04 in a
 * throw-away campaign per test, both submitted. PA01 (commander.pa01) is a member that is
 * neither head nor deputy. The delegation is turned off after each test, so that the
 * other tests find the cluster as the demo leaves it.
 */
@SpringBootTest
class DeputyReviewTests {

	static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

	static final String HEAD = "Phòng An ninh chính trị nội bộ";

	static final String DEPUTY = "Phòng An ninh điều tra";

	@Autowired
	ReportWorkflowService results;

	@Autowired
	ReportQueries queries;

	@Autowired
	ReportPermissions permissions;

	@Autowired
	ClusterService clusters;

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

	long cluster;

	long headReport;

	long memberReport;

	@BeforeEach
	void submitMarchOfTheHeadAndOfAMember() {
		long campaign = ResultTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users,
				"Đợt thử Cụm phó " + UUID.randomUUID());
		this.cluster = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		this.headReport = submitted(campaign, "LS-PA03", "head.officer", "head.commander");
		this.memberReport = submitted(campaign, "LS-PA04", "member.officer", "member.commander");
	}

	@AfterEach
	void withdrawTheDelegation() {
		as("head.commander", () -> this.clusters.delegate(this.cluster, false));
	}

	@Test
	void theDeputySeesTheClustersReportsAsTheHeadDoes() {
		assertThat(as("commander.pa09", () -> this.queries.get(this.memberReport).getUnit().getName()))
			.isEqualTo("Phòng An ninh kinh tế");
		assertThat(as("commander.pa09", () -> this.queries.get(this.headReport).getUnit().getName())).isEqualTo(HEAD);
	}

	@Test
	void aMemberThatIsNeitherHeadNorDeputyGets404ForAnotherMembersReport() {
		assertThatThrownBy(() -> as("commander.pa01", () -> this.queries.get(this.memberReport)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("commander.pa01", () -> this.results.approve(this.memberReport, -1)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theDeputyReviewsTheHeadsOwnReportAndTheHeadNeverReviewsItself() {
		assertThatThrownBy(() -> as("head.commander", () -> this.results.approve(this.headReport, -1)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as("head.commander", () -> this.queries.waitingForMyReview())).extracting(ReviewRow::reportId)
			.contains(this.memberReport)
			.doesNotContain(this.headReport);
		List<ReviewRow> waiting = as("commander.pa09", () -> this.queries.waitingForMyReview());
		assertThat(waiting).filteredOn(r -> r.reportId() == this.headReport)
			.extracting(ReviewRow::role)
			.containsExactly(ReviewerRole.DEPUTY);
		assertThat(waiting).extracting(ReviewRow::reportId).doesNotContain(this.memberReport);
		ResultReport approved = as("commander.pa09", () -> this.results.approve(this.headReport, -1));
		assertThat(approved.getState()).isEqualTo(ReportState.APPROVED);
		assertThat(approved.getReviewedBy()).isEqualTo("commander.pa09");
		assertThat(changes(this.headReport, "RESULT_REPORT_APPROVED"))
			.contains("Cụm (Khối) phó " + DEPUTY + " thẩm định báo cáo của Cụm (Khối) trưởng " + HEAD);
	}

	@Test
	void withoutADelegationTheDeputyDoesNotReviewTheOtherMembers() {
		assertThat(as("commander.pa09",
				() -> this.permissions.reviewerRole(this.queries.getWithValues(this.memberReport))))
			.isNull();
		assertThatThrownBy(() -> as("commander.pa09", () -> this.results.approve(this.memberReport, -1)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("commander.pa09",
				() -> this.results.returnForCorrection(this.memberReport, -1, "Bổ sung", Map.of())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(state(this.memberReport)).isEqualTo("SUBMITTED");
	}

	@Test
	void withTheHeadsDelegationTheDeputyReviewsForTheHeadAndTheHistorySaysSo() {
		as("head.commander", () -> this.clusters.delegate(this.cluster, true));
		assertThat(as("commander.pa09", () -> this.queries.waitingForMyReview()))
			.filteredOn(r -> r.reportId() == this.memberReport)
			.extracting(ReviewRow::role)
			.containsExactly(ReviewerRole.DEPUTY_FOR_HEAD);
		ResultReport returned = as("commander.pa09",
				() -> this.results.returnForCorrection(this.memberReport, -1, "Bổ sung biên bản kiểm tra", Map.of()));
		assertThat(returned.getState()).isEqualTo(ReportState.RETURNED);
		assertThat(changes(this.memberReport, "RESULT_REPORT_RETURNED"))
			.contains("Cụm (Khối) phó " + DEPUTY + " thay Cụm (Khối) trưởng " + HEAD);
		// the head still reviews too, and its own actions are not marked
		assertThat(as("head.commander", () -> this.permissions.reviewerRole(this.queries.get(this.memberReport))))
			.isEqualTo(ReviewerRole.HEAD);
		// the delegation is in the cluster's history, with who turned it on
		var entry = this.audit.historyOf("CLUSTER", this.cluster)
			.stream()
			.filter(e -> e.action().equals("CLUSTER_DELEGATION_ON"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.actor()).isEqualTo("head.commander");
		assertThat(as("head.commander", () -> this.clusters.delegation(this.cluster)).orElseThrow().getChangedBy())
			.isEqualTo("head.commander");
		// withdrawn: the deputy no longer reviews the other members
		as("head.commander", () -> this.clusters.delegate(this.cluster, false));
		assertThat(as("commander.pa09",
				() -> this.permissions.reviewerRole(this.queries.getWithValues(this.memberReport))))
			.isNull();
	}

	@Test
	void onlyTheHeadUnitsCommanderDelegates() {
		for (String user : List.of("head.officer", "commander.pa09", "member.commander")) {
			assertThatThrownBy(() -> as(user, () -> this.clusters.delegate(this.cluster, true))).as(user)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> as("other.officer", () -> this.clusters.delegate(this.cluster, true)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.clusters.deputyActsForHead(this.cluster)).isFalse();
	}

	// ------------------------------------------------------------------ helpers

	/**
	 * A report of the unit for March, all figures entered, submitted by its commander.
	 */
	private long submitted(long campaign, String unitCode, String officer, String commander) {
		long unit = ResultTestData.unit(this.jdbc, unitCode);
		long id = as(officer, () -> this.results.open(campaign, unit, MARCH).getId());
		as("staff", () -> this.results.reopen(id, this.results.today().plusDays(10), "Kiểm thử"));
		ResultReport report = as(officer, () -> this.results.getWithValues(id));
		EntryForm form = EntryForm.of(report);
		form.setVersion(-1);
		form.getEntries().get(0).setNumerator("45");
		form.getEntries().get(0).setDenominator("50");
		form.getEntries().get(1).setAmount("19");
		form.getEntries().get(1).setLastYear("20");
		form.getEntries().get(2).setDone("true");
		form.getEntries().get(3).setAmount("3");
		as(officer, () -> this.results.save(id, form));
		as(commander, () -> this.results.submit(id, -1));
		return id;
	}

	private String state(long id) {
		return this.jdbc.sql("select state from result_report where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/** The new values of the changes of the report's last record of this action. */
	private List<String> changes(long report, String action) {
		return this.audit.historyOf(ResultReport.AUDIT_TYPE, report)
			.stream()
			.filter(e -> e.action().equals(action))
			.findFirst()
			.orElseThrow()
			.changes()
			.stream()
			.map(c -> c.newValue())
			.toList();
	}

	private <T> T as(String user, Supplier<T> action) {
		return TestUsers.runAs(this.users, user, action);
	}

}
