package vn.thidua.result;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's state machine, without a database. */
class ResultReportTests {

	static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 1);

	static final LocalDate DEADLINE = LocalDate.of(2026, 3, 5);

	static final LocalDate BEFORE = LocalDate.of(2026, 3, 1);

	static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

	/** A campaign of 2026 that allows no early submission (the default). */
	static final Campaign CAMPAIGN = new Campaign(null, "Đợt thử", CampaignKind.THEMATIC, 2026,
			LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

	private static ResultReport draft() {
		return new ResultReport(CAMPAIGN, null, null, FEBRUARY, DEADLINE, "member.officer");
	}

	@Test
	void aDraftIsSubmittedThenApproved() {
		ResultReport report = draft();
		assertThat(report.isEditableByUnit(BEFORE)).isTrue();
		report.submit("member.commander", NOW, BEFORE);
		assertThat(report.getState()).isEqualTo(ReportState.SUBMITTED);
		assertThat(report.getSubmittedBy()).isEqualTo("member.commander");
		assertThat(report.isEditableByUnit(BEFORE)).isFalse();
		report.approve("head.commander", NOW);
		assertThat(report.getState()).isEqualTo(ReportState.APPROVED);
		assertThat(report.getReviewedBy()).isEqualTo("head.commander");
	}

	@Test
	void aSubmittedReportRefusesEntriesAndASecondSubmission() {
		ResultReport report = draft();
		report.submit("member.commander", NOW, BEFORE);
		assertThatThrownBy(() -> report.enter(Map.of(), BEFORE)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("result.error.notEditable.SUBMITTED");
		assertThatThrownBy(() -> report.submit("member.commander", NOW, BEFORE))
			.hasMessage("result.error.notEditable.SUBMITTED");
	}

	@Test
	void anApprovedReportRefusesEverything() {
		ResultReport report = draft();
		report.submit("member.commander", NOW, BEFORE);
		report.approve("head.commander", NOW);
		assertThatThrownBy(() -> report.enter(Map.of(), BEFORE)).hasMessage("result.error.notEditable.APPROVED");
		assertThatThrownBy(() -> report.approve("head.commander", NOW)).hasMessage("result.error.notSubmitted");
		assertThatThrownBy(() -> report.returnForCorrection("x", Map.of(), "head.commander", NOW))
			.hasMessage("result.error.notSubmitted");
	}

	@Test
	void anApprovedReportReopenedToBeCorrectedGoesBackToTheUnitAsReturned() {
		ResultReport report = draft();
		report.submit("member.commander", NOW, BEFORE);
		report.approve("head.commander", NOW);
		assertThatThrownBy(() -> report.reopen(BEFORE.plusDays(9), " ", "staff", NOW, BEFORE))
			.hasMessage("result.error.reasonRequired");
		assertThat(report.getState()).isEqualTo(ReportState.APPROVED);
		report.reopen(BEFORE.plusDays(9), "Sai số vụ án", "staff", NOW, BEFORE);
		assertThat(report.getState()).as("no longer approved, so out of the ranking").isEqualTo(ReportState.RETURNED);
		assertThat(report.getReturnComment()).isEqualTo("Sai số vụ án");
		assertThat(report.getReviewedPoints()).isNull();
		assertThat(report.getDeadline()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(report.isEditableByUnit(BEFORE)).isTrue();
	}

	@Test
	void reopeningNeverBringsTheDeadlineForward() {
		ResultReport report = draft();
		// deadline 05/03/2026; on 01/03 a reopening until 04/03 would shorten it
		assertThatThrownBy(() -> report.reopen(DEADLINE.minusDays(1), "Gia hạn", "staff", NOW, BEFORE))
			.hasMessage("result.error.reopenUntilEarlier");
		assertThat(report.getDeadline()).isEqualTo(DEADLINE);
		assertThat(report.getReopenedAt()).isNull();
		report.reopen(DEADLINE, "Giữ nguyên hạn", "staff", NOW, BEFORE);
		assertThat(report.getDeadline()).isEqualTo(DEADLINE);
		report.reopen(DEADLINE.plusDays(3), "Gia hạn", "staff", NOW, BEFORE);
		assertThat(report.getDeadline()).isEqualTo(LocalDate.of(2026, 3, 8));
	}

	@Test
	void aMonthIsSubmittedOnlyOnceItHasEnded() {
		ResultReport report = draft();
		LocalDate lastDay = LocalDate.of(2026, 2, 28);
		assertThatThrownBy(() -> report.submit("member.commander", NOW, lastDay))
			.hasMessage("result.error.monthNotEnded");
		assertThat(report.getState()).isEqualTo(ReportState.DRAFT);
		// February ends on the 28th: the first day is 01/03
		assertThat(report.firstSubmissionDay()).isEqualTo(LocalDate.of(2026, 3, 1));
		report.submit("member.commander", NOW, LocalDate.of(2026, 3, 1));
		assertThat(report.getState()).isEqualTo(ReportState.SUBMITTED);
	}

	@Test
	void aReturnNeedsACommentAndTheUnitResubmits() {
		ResultReport report = draft();
		report.submit("member.commander", NOW, BEFORE);
		assertThatThrownBy(() -> report.returnForCorrection("  ", Map.of(1L, " "), "head.commander", NOW))
			.hasMessage("result.error.commentRequired");
		assertThat(report.getState()).isEqualTo(ReportState.SUBMITTED);
		report.returnForCorrection("Bổ sung minh chứng", Map.of(), "head.commander", NOW);
		assertThat(report.getState()).isEqualTo(ReportState.RETURNED);
		assertThat(report.getReturnComment()).isEqualTo("Bổ sung minh chứng");
		assertThat(report.isEditableByUnit(BEFORE)).isTrue();
		report.submit("member.commander", NOW, BEFORE);
		assertThat(report.getState()).isEqualTo(ReportState.SUBMITTED);
	}

	@Test
	void aReviewerCannotApproveOrReturnADraft() {
		ResultReport report = draft();
		assertThatThrownBy(() -> report.approve("head.commander", NOW)).hasMessage("result.error.notSubmitted");
		assertThatThrownBy(() -> report.returnForCorrection("x", Map.of(), "head.commander", NOW))
			.hasMessage("result.error.notSubmitted");
	}

	@Test
	void afterTheDeadlineTheUnitIsLockedOutUntilStaffReopenWithAReason() {
		ResultReport report = draft();
		LocalDate after = DEADLINE.plusDays(1);
		assertThat(report.isEditableByUnit(DEADLINE)).isTrue();
		assertThat(report.isEditableByUnit(after)).isFalse();
		assertThatThrownBy(() -> report.submit("member.commander", NOW, after)).hasMessage("result.error.locked");
		assertThatThrownBy(() -> report.reopen(after.plusDays(7), " ", "staff", NOW, after))
			.hasMessage("result.error.reasonRequired");
		assertThatThrownBy(() -> report.reopen(after.minusDays(1), "Mất điện", "staff", NOW, after))
			.hasMessage("result.error.reopenUntilPast");
		report.reopen(after.plusDays(7), "Mất điện kéo dài", "staff", NOW, after);
		assertThat(report.getDeadline()).isEqualTo(after.plusDays(7));
		assertThat(report.getReopenReason()).isEqualTo("Mất điện kéo dài");
		assertThat(report.isEditableByUnit(after)).isTrue();
	}

	@Test
	void aSubmittedReportIsNotReopened() {
		ResultReport report = draft();
		report.submit("member.commander", NOW, BEFORE);
		assertThatThrownBy(() -> report.reopen(BEFORE.plusDays(9), "lý do", "staff", NOW, BEFORE))
			.hasMessage("result.error.reopenState.SUBMITTED");
	}

	@Test
	void aPeriodIsAMonth() {
		assertThatThrownBy(() -> new ResultReport(null, null, null, LocalDate.of(2026, 2, 3), DEADLINE, "x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theDeadlineRuleTakesTheConfiguredDayOfTheNextMonth() {
		assertThat(new ResultProperties(5, 5).deadlineOf(FEBRUARY)).isEqualTo(DEADLINE);
		assertThat(new ResultProperties(31, 5).deadlineOf(LocalDate.of(2026, 1, 1)))
			.isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(new ResultProperties(5, 5).deadlineOf(LocalDate.of(2026, 12, 1)))
			.isEqualTo(LocalDate.of(2027, 1, 5));
	}

	@Test
	void indicatorsReportedLessOftenAppearInTheMonthClosingTheirPeriod() {
		LocalDate december = LocalDate.of(2026, 12, 1);
		assertThat(ReportCalendar.isDue(vn.thidua.campaign.ReportingPeriod.QUARTER, LocalDate.of(2026, 3, 1), december))
			.isTrue();
		assertThat(ReportCalendar.isDue(vn.thidua.campaign.ReportingPeriod.QUARTER, FEBRUARY, december)).isFalse();
		assertThat(
				ReportCalendar.isDue(vn.thidua.campaign.ReportingPeriod.HALF_YEAR, LocalDate.of(2026, 6, 1), december))
			.isTrue();
		assertThat(ReportCalendar.isDue(vn.thidua.campaign.ReportingPeriod.YEAR, LocalDate.of(2026, 6, 1), december))
			.isFalse();
		assertThat(ReportCalendar.isDue(vn.thidua.campaign.ReportingPeriod.YEAR, LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 10, 1)))
			.as("the campaign's last month closes every period")
			.isTrue();
	}

}
