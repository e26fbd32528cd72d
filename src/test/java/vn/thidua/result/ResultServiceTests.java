package vn.thidua.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.shared.storage.FileRejectedException;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reports of PA04 (member of "Khối An ninh", head PA03) in a throw-away campaign of its
 * own per test, for March 2026, reopened by staff so that the deadline does not depend on
 * the day the tests run.
 */
@SpringBootTest
class ResultServiceTests {

	static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

	static final byte[] PDF = "%PDF-1.4 bien ban".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@Autowired
	ReportWorkflowService results;

	@Autowired
	EvidenceService evidence;

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

	long reportId;

	@BeforeEach
	void openMarchForPa04() {
		this.campaign = ResultTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users,
				"Đợt thử báo cáo " + UUID.randomUUID());
		this.pa04 = ResultTestData.unit(this.jdbc, "LS-PA04");
		this.reportId = as("member.officer", () -> this.results.open(this.campaign, this.pa04, MARCH).getId());
		as("staff", () -> this.results.reopen(this.reportId, this.results.today().plusDays(10), "Kiểm thử"));
	}

	@Test
	void aReportHasALineForEveryIndicatorAndTheDeadlineOfTheRule() {
		ResultReport report = as("member.officer", () -> this.results.getWithValues(this.reportId));
		assertThat(report.getValues()).extracting(v -> v.getIndicator().getCode())
			.containsExactly("R.1", "R.2", "R.3", "R.4");
		assertThat(report.getState()).isEqualTo(ReportState.DRAFT);
		assertThat(report.getCluster().getName()).isEqualTo("Khối An ninh");
		long again = as("member.commander",
				() -> this.results.open(this.campaign, this.pa04, MARCH.plusDays(9)).getId());
		assertThat(again).as("one report per campaign, unit and month").isEqualTo(this.reportId);
	}

	@Test
	void theSelfScoreEqualsTheHandComputedExample() {
		// R.1 45/50 = 90% ≥ 75%: 40 + min(0.5 × 15, 2) = 42; R.2 19 against 20 = −5%: 30;
		// R.3 done: 20; R.4 3 against ≤ 2: 10 × 2/3 = 6.67; total 98.67
		ResultReport report = save("member.officer", fullForm("45", "50", "19", "20", "true", "3"));
		assertThat(points(report, "R.1")).isEqualByComparingTo("42.00");
		assertThat(points(report, "R.2")).isEqualByComparingTo("30.00");
		assertThat(points(report, "R.3")).isEqualByComparingTo("20.00");
		assertThat(points(report, "R.4")).isEqualByComparingTo("6.67");
		assertThat(report.getSelfPoints()).isEqualByComparingTo("98.67");
		ResultValue rate = line(report, "R.1");
		assertThat(rate.getSelfMeasured()).isEqualByComparingTo("90.00");
		assertThat(rate.getSelfReason()).isEqualTo(vn.thidua.campaign.scoring.ScoreReason.MET);
	}

	@Test
	void figuresThatAreNotNumbersNegativeOrImpossibleAreRefusedOnTheirFieldsAndNothingChanges() {
		save("member.officer", fullForm("45", "50", "19", "20", "true", "3"));
		long version = versionOf();
		assertRefused(fullForm("abc", "50", "19", "20", "true", "3"), "entries[0].numerator",
				"result.error.notANumber");
		assertRefused(fullForm("-3", "50", "19", "20", "true", "3"), "entries[0].numerator",
				"scoring.error.negativeValue");
		assertRefused(fullForm("51", "50", "19", "20", "true", "3"), "entries[0].numerator",
				"scoring.error.numeratorAboveDenominator");
		assertRefused(fullForm("4,5", "50", "19", "20", "true", "3"), "entries[0].numerator",
				"result.error.notWholeCount");
		assertRefused(fullForm("45", "50", "19", "-1", "true", "3"), "entries[1].lastYear",
				"scoring.error.negativeValue");
		assertRefused(fullForm("45", "50", "19", "20", "true", "-2"), "entries[3].amount",
				"scoring.error.negativeValue");
		ResultReport after = as("member.officer", () -> this.results.getWithValues(this.reportId));
		assertThat(after.getVersion()).isEqualTo(version);
		assertThat(line(after, "R.1").getNumerator()).isEqualTo(45L);
		assertThat(after.getSelfPoints()).isEqualByComparingTo("98.67");
	}

	@Test
	void everyProblemOfTheFormIsReportedAtOnce() {
		EntryForm form = fullForm("abc", "50", "19", "20", "true", "-2");
		EntryRefusedException ex = (EntryRefusedException) catchRefusal(() -> save("member.officer", form));
		assertThat(ex.problems()).extracting(BusinessRuleException::field)
			.containsExactly("entries[0].numerator", "entries[3].amount");
	}

	@Test
	void evidenceOfAWrongTypeOrTooLargeIsRefusedAndNothingIsKept() {
		long files = count();
		assertThatThrownBy(() -> as("member.officer",
				() -> this.evidence.addEvidence(this.reportId, null,
						new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", "GIF89a....".getBytes()))))
			.isInstanceOf(FileRejectedException.class)
			.hasMessage("storage.error.unknownType");
		byte[] large = new byte[(int) this.evidence.evidenceRules().maxBytes() + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThatThrownBy(() -> as("member.officer",
				() -> this.evidence.addEvidence(this.reportId, null,
						new MockMultipartFile("file", "lon.pdf", "application/pdf", large))))
			.isInstanceOf(FileRejectedException.class)
			.hasMessage("storage.error.tooLarge");
		assertThat(count()).isEqualTo(files);
		ResultReport report = as("member.officer", () -> this.results.getWithValues(this.reportId));
		long valueId = line(report, "R.1").getId();
		Evidence evidence = as("member.officer", () -> this.evidence.addEvidence(this.reportId, valueId,
				new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", PDF)));
		assertThat(evidence.valueId()).isEqualTo(valueId);
		assertThat(as("head.commander", () -> this.evidence.evidence(this.reportId, evidence.id())).file().size())
			.isEqualTo(PDF.length);
		assertThatThrownBy(() -> as("other.officer", () -> this.evidence.evidence(this.reportId, evidence.id())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theWholeWorkflowFromDraftToApprovalWithAReturnOnOneIndicator() {
		save("member.officer", fullForm("45", "50", "19", "20", "true", "3"));
		assertThatThrownBy(() -> as("member.officer", () -> this.results.submit(this.reportId, -1)))
			.as("only the commander submits")
			.isInstanceOf(AccessDeniedException.class);
		as("member.commander", () -> this.results.submit(this.reportId, -1));
		assertThatThrownBy(() -> save("member.officer", fullForm("46", "50", "19", "20", "true", "3")))
			.hasMessage("result.error.notEditable.SUBMITTED");
		assertThatThrownBy(() -> as("member.commander", () -> this.results.approve(this.reportId, -1)))
			.as("a unit does not review itself")
			.isInstanceOf(AccessDeniedException.class);
		long r4 = line(as("head.commander", () -> this.results.getWithValues(this.reportId)), "R.4").getId();
		as("head.commander", () -> this.results.returnForCorrection(this.reportId, -1, null,
				Map.of(r4, "Số vụ việc chưa khớp với báo cáo tuần")));
		ResultReport returned = as("member.officer", () -> this.results.getWithValues(this.reportId));
		assertThat(returned.getState()).isEqualTo(ReportState.RETURNED);
		assertThat(line(returned, "R.4").getReturnComment()).isEqualTo("Số vụ việc chưa khớp với báo cáo tuần");
		save("member.officer", fullForm("45", "50", "19", "20", "true", "2"));
		as("member.commander", () -> this.results.submit(this.reportId, -1));
		ResultReport approved = as("head.commander", () -> this.results.approve(this.reportId, -1));
		assertThat(approved.getState()).isEqualTo(ReportState.APPROVED);
		assertThat(approved.getReviewedPoints()).isEqualByComparingTo("102.00");
		assertThat(approved.getSelfPoints()).isEqualByComparingTo("102.00");
		assertThatThrownBy(() -> save("member.officer", fullForm("45", "50", "19", "20", "true", "2")))
			.hasMessage("result.error.notEditable.APPROVED");
		// only staff reopen an approved report to correct it (see ReportCorrectionTests)
		assertThatThrownBy(
				() -> as("head.commander", () -> this.results.reopen(this.reportId, LocalDate.of(2099, 1, 1), "x")))
			.isInstanceOf(AccessDeniedException.class);
		List<String> actions = this.jdbc
			.sql("select action from audit_event where object_type = 'RESULT_REPORT' and object_id = :id"
					+ " order by occurred_at, id")
			.param("id", this.reportId)
			.query(String.class)
			.list();
		assertThat(actions).containsSubsequence("RESULT_REPORT_OPENED", "RESULT_REPORT_REOPENED", "RESULT_REPORT_SAVED",
				"RESULT_REPORT_SUBMITTED", "RESULT_REPORT_RETURNED", "RESULT_REPORT_SAVED", "RESULT_REPORT_SUBMITTED",
				"RESULT_REPORT_APPROVED");
	}

	@Test
	void theReviewerAdjustsWithAReasonAndBothScoresAreKept() {
		save("member.officer", fullForm("45", "50", "19", "20", "true", "3"));
		as("member.commander", () -> this.results.submit(this.reportId, -1));
		long r1 = line(as("staff", () -> this.results.getWithValues(this.reportId)), "R.1").getId();
		EntryLine adjusted = new EntryLine();
		adjusted.setNumerator("30");
		adjusted.setDenominator("50");
		assertThatThrownBy(() -> as("staff", () -> this.results.adjust(this.reportId, r1, adjusted, " ")))
			.hasMessage("result.error.reasonRequired");
		as("staff", () -> this.results.adjust(this.reportId, r1, adjusted, "3 vụ chưa đủ hồ sơ khám phá"));
		ResultReport approved = as("staff", () -> this.results.approve(this.reportId, -1));
		ResultValue value = line(approved, "R.1");
		assertThat(value.getSelfPoints()).isEqualByComparingTo("40.00");
		// 60% against 75%: 40 × 60/75 = 32
		assertThat(value.getReviewedPoints()).isEqualByComparingTo("32.00");
		assertThat(value.getAdjustReason()).isEqualTo("3 vụ chưa đủ hồ sơ khám phá");
		assertThat(approved.getSelfPoints()).isEqualByComparingTo("98.67");
		assertThat(approved.getReviewedPoints()).isEqualByComparingTo("88.67");
	}

	@Test
	void anotherUnitNeitherSeesNorChangesTheReport() {
		assertThatThrownBy(() -> as("other.officer", () -> this.queries.get(this.reportId)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> save("other.officer", fullForm("45", "50", "19", "20", "true", "3")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("other.officer", () -> this.results.open(this.campaign, this.pa04, MARCH)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("head.officer", () -> this.results.submit(this.reportId, -1)))
			.as("the head unit sees the report but does not enter it")
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void afterTheDeadlineTheUnitCannotChangeTheReportUntilStaffReopenIt() {
		long january = as("member.officer",
				() -> this.results.open(this.campaign, this.pa04, LocalDate.of(2026, 1, 1)).getId());
		EntryForm form = as("member.officer", () -> EntryForm.of(this.results.getWithValues(january)));
		form.setVersion(-1);
		form.getEntries().get(0).setNumerator("5");
		assertThatThrownBy(() -> as("member.officer", () -> this.results.save(january, form)))
			.hasMessage("result.error.locked");
		assertThatThrownBy(() -> as("member.commander",
				() -> this.results.reopen(january, this.results.today().plusDays(3), "Xin gia hạn")))
			.isInstanceOf(AccessDeniedException.class);
		as("staff", () -> this.results.reopen(january, this.results.today().plusDays(3), "Mất kết nối mạng"));
		as("member.officer", () -> this.results.save(january, form));
		assertThat(line(as("member.officer", () -> this.results.getWithValues(january)), "R.1").getNumerator())
			.isEqualTo(5L);
	}

	@Test
	void theUnitsListShowsTheMonthsOfItsCampaignsWithTheirMarkers() {
		List<PeriodRow> rows = as("member.officer", () -> this.queries.periodsOfMyUnit());
		PeriodRow march = rows.stream()
			.filter(r -> r.campaignId() == this.campaign && r.month().equals(MARCH))
			.findFirst()
			.orElseThrow();
		assertThat(march.reportId()).isEqualTo(this.reportId);
		assertThat(march.marker()).isEqualTo(PeriodRow.Marker.DUE);
		PeriodRow february = rows.stream()
			.filter(r -> r.campaignId() == this.campaign && r.month().equals(LocalDate.of(2026, 2, 1)))
			.findFirst()
			.orElseThrow();
		assertThat(february.reportId()).isNull();
		assertThat(february.marker()).isEqualTo(PeriodRow.Marker.OVERDUE);
		save("member.officer", fullForm("45", "50", "19", "20", "true", "3"));
		as("member.commander", () -> this.results.submit(this.reportId, -1));
		assertThat(as("head.commander", () -> this.queries.waitingForMyReview())).extracting(ReviewRow::reportId)
			.contains(this.reportId);
		assertThat(as("other.officer", () -> this.queries.waitingForMyReview())).extracting(ReviewRow::reportId)
			.doesNotContain(this.reportId);
	}

	// ------------------------------------------------------------------ helpers

	private EntryForm fullForm(String numerator, String denominator, String thisPeriod, String lastYear, String done,
			String incidents) {
		ResultReport report = as("member.officer", () -> this.results.getWithValues(this.reportId));
		EntryForm form = EntryForm.of(report);
		form.setVersion(-1);
		form.getEntries().get(0).setNumerator(numerator);
		form.getEntries().get(0).setDenominator(denominator);
		form.getEntries().get(1).setAmount(thisPeriod);
		form.getEntries().get(1).setLastYear(lastYear);
		form.getEntries().get(2).setDone(done);
		form.getEntries().get(3).setAmount(incidents);
		return form;
	}

	private ResultReport save(String user, EntryForm form) {
		return as(user, () -> this.results.save(this.reportId, form));
	}

	private void assertRefused(EntryForm form, String field, String key) {
		BusinessRuleException ex = catchRefusal(() -> save("member.officer", form));
		assertThat(ex.field()).isEqualTo(field);
		assertThat(ex.messageKey()).isEqualTo(key);
	}

	private BusinessRuleException catchRefusal(Runnable action) {
		try {
			action.run();
		}
		catch (EntryRefusedException ex) {
			return ex;
		}
		throw new AssertionError("not refused");
	}

	private long versionOf() {
		return this.jdbc.sql("select version from result_report where id = :id")
			.param("id", this.reportId)
			.query(Long.class)
			.single();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from stored_file").query(Long.class).single();
	}

	private static ResultValue line(ResultReport report, String code) {
		return report.getValues()
			.stream()
			.filter(v -> v.getIndicator().getCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static BigDecimal points(ResultReport report, String code) {
		return line(report, code).selfTotal();
	}

	private <T> T as(String user, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, user, action);
	}

}
