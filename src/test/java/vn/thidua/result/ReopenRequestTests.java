package vn.thidua.result;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deadlines lead somewhere: PA04 (member of "Khối An ninh", head PA03) asks to reopen a
 * locked month of a throw-away campaign of its own per test (January to December 2026,
 * deadline the 5th of the next month); staff grant it, which opens the report if needed
 * and gives the unit {@code thidua.results.reopen-days} (5) days from today, or refuse it
 * with a reason; a report returned after its deadline gets the same days. The dates of
 * the rule are checked by hand on fixed days, the grants against the day the tests run.
 */
@SpringBootTest
class ReopenRequestTests {

	static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

	static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

	static final LocalDate MAY = LocalDate.of(2026, 5, 1);

	@Autowired
	ReopenRequestService requests;

	@Autowired
	ReportWorkflowService results;

	@Autowired
	ReportPermissions permissions;

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

	long pa04;

	@BeforeEach
	void aCampaignOfPa04() {
		this.campaign = ResultTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users,
				"Đợt thử mở lại " + UUID.randomUUID());
		this.pa04 = ResultTestData.unit(this.jdbc, "LS-PA04");
	}

	// ----------------------------------------------------------------- the rule, by hand

	@Test
	void aReopenedMonthGivesFiveWholeDaysAfterToday() {
		ResultProperties defaults = new ResultProperties(5, 5);
		assertThat(defaults.reopenedDeadline(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 10));
		// across a month, a year and a leap February
		assertThat(defaults.reopenedDeadline(LocalDate.of(2026, 4, 28))).isEqualTo(LocalDate.of(2026, 5, 3));
		assertThat(defaults.reopenedDeadline(LocalDate.of(2026, 12, 29))).isEqualTo(LocalDate.of(2027, 1, 3));
		assertThat(defaults.reopenedDeadline(LocalDate.of(2028, 2, 26))).isEqualTo(LocalDate.of(2028, 3, 2));
		assertThat(new ResultProperties(5, 10).reopenedDeadline(LocalDate.of(2026, 3, 25)))
			.isEqualTo(LocalDate.of(2026, 4, 4));
		assertThatThrownBy(() -> new ResultProperties(5, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRequestIsAnsweredOnceAndNeedsAReasonOfBoundedLength() {
		Instant at = Instant.parse("2026-12-05T02:00:00Z");
		assertThatThrownBy(() -> new ReopenRequest(1, 2, MARCH, "  ", "member.officer", at))
			.hasMessage("result.reopenRequest.error.reasonRequired");
		assertThatThrownBy(() -> new ReopenRequest(1, 2, MARCH, "x".repeat(1001), "member.officer", at))
			.hasMessage("result.reopenRequest.error.reasonTooLong");
		ReopenRequest request = new ReopenRequest(1, 2, MARCH, " Mất điện ", "member.officer", at);
		assertThat(request.getReason()).isEqualTo("Mất điện");
		assertThatThrownBy(() -> request.refuse(" ", "staff", at))
			.hasMessage("result.reopenRequest.error.reasonRequired");
		request.grant(7, LocalDate.of(2026, 12, 10), "staff", at);
		assertThat(request.getState()).isEqualTo(ReopenRequestState.GRANTED);
		assertThat(request.getGrantedUntil()).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThatThrownBy(() -> request.refuse("Muộn", "staff", at))
			.hasMessage("result.reopenRequest.error.answered.GRANTED");
		assertThatThrownBy(() -> request.grant(7, LocalDate.of(2026, 12, 11), "staff", at))
			.hasMessage("result.reopenRequest.error.answered.GRANTED");
	}

	// ----------------------------------------------------------------- the workflow

	@Test
	void theUnitAsksToReopenALockedMonthAndStaffGrantItWithANewDeadline() {
		PeriodRow march = as("member.officer", () -> this.requests.monthOfMyUnit(this.campaign, MARCH));
		// March's deadline is 05/04/2026 by the rule; never opened, so nobody can enter
		// it
		assertThat(march.deadline()).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(march.reportId()).isNull();
		assertThat(march.isLocked()).isTrue();
		assertThatThrownBy(() -> as("member.officer", () -> this.requests.request(this.campaign, MARCH, " ")))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("result.reopenRequest.error.reasonRequired");
		ReopenRequest request = as("member.officer",
				() -> this.requests.request(this.campaign, MARCH, "Mất kết nối mạng nội bộ trong tuần đầu tháng 4"));
		assertThat(request.getState()).isEqualTo(ReopenRequestState.REQUESTED);
		assertThat(request.getRequestedBy()).isEqualTo("member.officer");
		// one open request at a time, by the service and by the database
		assertThatThrownBy(() -> as("member.commander", () -> this.requests.request(this.campaign, MARCH, "Lần hai")))
			.hasMessage("result.reopenRequest.error.pending");
		assertThatThrownBy(() -> this.jdbc
			.sql("""
					insert into result_reopen_request (campaign_id, unit_id, period_month, reason, requested_by, requested_at)
					values (:c, :u, date '2026-03-01', 'Trùng', 'member.officer', now())
					""")
			.param("c", this.campaign)
			.param("u", this.pa04)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		// the unit sees its request on its months; staff see it waiting, leadership does
		// not answer
		assertThat(as("member.officer", () -> this.requests.latestOfMyUnit())
			.get(ReopenRequestService.key(this.campaign, MARCH))
			.isPending()).isTrue();
		assertThat(as("staff", () -> this.requests.pending())).extracting(ReopenRequestRow::id)
			.contains(request.getId());
		assertThat(as("leader", () -> this.requests.pending())).isEmpty();
		assertThatThrownBy(() -> as("leader", () -> this.requests.grant(request.getId(), -1)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("member.officer", () -> this.requests.grant(request.getId(), -1)))
			.isInstanceOf(AccessDeniedException.class);

		// staff grant: the report is opened and open to the unit for 5 days from today
		LocalDate today = this.results.today();
		ReopenRequest granted = as("staff", () -> this.requests.grant(request.getId(), request.getVersion()));
		assertThat(granted.getState()).isEqualTo(ReopenRequestState.GRANTED);
		assertThat(granted.getGrantedUntil()).isEqualTo(today.plusDays(5));
		assertThat(granted.getDecidedBy()).isEqualTo("staff");
		ResultReport report = as("member.officer", () -> this.results.getWithValues(granted.getReportId()));
		assertThat(report.getPeriodMonth()).isEqualTo(MARCH);
		assertThat(report.getState()).isEqualTo(ReportState.DRAFT);
		assertThat(report.getDeadline()).isEqualTo(today.plusDays(5));
		assertThat(report.getReopenedBy()).isEqualTo("staff");
		assertThat(report.getReopenReason()).isEqualTo("Mất kết nối mạng nội bộ trong tuần đầu tháng 4");
		assertThat(as("member.officer", () -> this.permissions.canEdit(report))).isTrue();
		assertThat(as("member.officer", () -> this.requests.monthOfMyUnit(this.campaign, MARCH)).isLocked()).isFalse();
		assertThat(as("staff", () -> this.requests.pending())).extracting(ReopenRequestRow::id)
			.doesNotContain(request.getId());
		assertThatThrownBy(() -> as("staff", () -> this.requests.refuse(request.getId(), -1, "Muộn")))
			.hasMessage("result.reopenRequest.error.answered.GRANTED");
		// who, when and why: in the request's history and in the report's
		assertThat(actions(ReopenRequest.AUDIT_TYPE, request.getId())).containsExactly("RESULT_REOPEN_REQUESTED",
				"RESULT_REOPEN_GRANTED");
		assertThat(actions(ResultReport.AUDIT_TYPE, report.getId())).containsSubsequence("RESULT_REPORT_OPENED",
				"RESULT_REPORT_REOPENED");
		// an open month is not asked to reopen
		assertThatThrownBy(() -> as("member.officer", () -> this.requests.request(this.campaign, MARCH, "Lại")))
			.hasMessage("result.reopenRequest.error.notLocked");
	}

	@Test
	void staffRefuseWithAReasonAndTheUnitMayAskAgain() {
		ReopenRequest request = as("member.commander",
				() -> this.requests.request(this.campaign, APRIL, "Chỉ huy đi công tác"));
		assertThatThrownBy(() -> as("staff", () -> this.requests.refuse(request.getId(), -1, "")))
			.hasMessage("result.reopenRequest.error.reasonRequired");
		ReopenRequest refused = as("staff",
				() -> this.requests.refuse(request.getId(), -1, "Đơn vị đã được nhắc hạn hai lần"));
		assertThat(refused.getState()).isEqualTo(ReopenRequestState.REFUSED);
		assertThat(refused.getRefusalReason()).isEqualTo("Đơn vị đã được nhắc hạn hai lần");
		ReopenRequestRow seen = as("member.commander", () -> this.requests.get(request.getId()));
		assertThat(seen.state()).isEqualTo(ReopenRequestState.REFUSED);
		assertThat(seen.reportId()).isNull();
		assertThat(as("member.officer", () -> this.requests.monthOfMyUnit(this.campaign, APRIL)).isLocked()).isTrue();
		ReopenRequest again = as("member.officer",
				() -> this.requests.request(this.campaign, APRIL, "Bổ sung công văn xin gia hạn"));
		assertThat(again.getId()).isNotEqualTo(request.getId());
		assertThat(actions(ReopenRequest.AUDIT_TYPE, request.getId())).containsExactly("RESULT_REOPEN_REQUESTED",
				"RESULT_REOPEN_REFUSED");
	}

	@Test
	void anotherUnitsMonthsAndRequestsAreNotFound() {
		ReopenRequest request = as("member.officer", () -> this.requests.request(this.campaign, MARCH, "Lý do"));
		assertThatThrownBy(() -> as("other.officer", () -> this.requests.monthOfMyUnit(this.campaign, MARCH)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("other.officer", () -> this.requests.request(this.campaign, MARCH, "Lý do")))
			.isInstanceOf(NotFoundException.class);
		for (String user : List.of("other.officer", "head.officer", "head.commander")) {
			assertThatThrownBy(() -> as(user, () -> this.requests.get(request.getId()))).as(user)
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> as(user, () -> this.requests.grant(request.getId(), -1))).as(user)
				.isInstanceOf(NotFoundException.class);
		}
		assertThatThrownBy(() -> as("staff", () -> this.requests.monthOfMyUnit(this.campaign, MARCH)))
			.as("staff have no months of their own")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as("leader", () -> this.requests.get(request.getId())).unitId()).isEqualTo(this.pa04);
	}

	@Test
	void aReportReturnedAfterItsDeadlineGivesTheUnitANewDeadline() {
		long may = as("member.officer", () -> this.results.open(this.campaign, this.pa04, MAY).getId());
		LocalDate today = this.results.today();
		as("staff", () -> this.results.reopen(may, today.plusDays(10), "Kiểm thử"));
		EntryForm form = as("member.officer", () -> EntryForm.of(this.results.getWithValues(may)));
		form.setVersion(-1);
		form.getEntries().get(0).setNumerator("45");
		form.getEntries().get(0).setDenominator("50");
		form.getEntries().get(1).setAmount("19");
		form.getEntries().get(1).setLastYear("20");
		form.getEntries().get(2).setDone("true");
		form.getEntries().get(3).setAmount("2");
		as("member.officer", () -> this.results.save(may, form));
		as("member.commander", () -> this.results.submit(may, -1));
		// the review takes long: the deadline passes while the report waits
		this.jdbc.sql("update result_report set deadline = date '2026-06-05' where id = :id").param("id", may).update();
		ResultReport waiting = as("head.commander", () -> this.results.getWithValues(may));
		assertThat(as("head.commander", () -> this.results.deadlineIfReturnedToday(waiting)))
			.isEqualTo(today.plusDays(5));
		ResultReport returned = as("head.commander",
				() -> this.results.returnForCorrection(may, -1, "Bổ sung minh chứng", Map.of()));
		assertThat(returned.getState()).isEqualTo(ReportState.RETURNED);
		assertThat(returned.getDeadline()).isEqualTo(today.plusDays(5));
		assertThat(as("member.officer", () -> this.permissions.canEdit(this.results.getWithValues(may)))).isTrue();
		String changes = this.jdbc.sql("""
				select changes::text from audit_event
				where object_type = 'RESULT_REPORT' and object_id = :id and action = 'RESULT_REPORT_RETURNED'
				""").param("id", may).query(String.class).single();
		assertThat(changes).contains("result.field.deadline", "05/06/2026");
	}

	@Test
	void aReportReturnedBeforeItsDeadlineKeepsIt() {
		long may = as("member.officer", () -> this.results.open(this.campaign, this.pa04, MAY).getId());
		LocalDate until = this.results.today().plusDays(20);
		as("staff", () -> this.results.reopen(may, until, "Kiểm thử"));
		this.jdbc.sql("update result_report set state = 'SUBMITTED' where id = :id").param("id", may).update();
		ResultReport waiting = as("staff", () -> this.results.getWithValues(may));
		assertThat(as("staff", () -> this.results.deadlineIfReturnedToday(waiting))).isNull();
		ResultReport returned = as("staff", () -> this.results.returnForCorrection(may, -1, "Sửa lại", Map.of()));
		assertThat(returned.getDeadline()).isEqualTo(until);
	}

	private List<String> actions(String type, long id) {
		return this.jdbc
			.sql("select action from audit_event where object_type = :t and object_id = :id"
					+ " order by occurred_at, id")
			.param("t", type)
			.param("id", id)
			.query(String.class)
			.list();
	}

	private <T> T as(String user, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, user, action);
	}

}
