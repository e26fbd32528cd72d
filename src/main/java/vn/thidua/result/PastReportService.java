package vn.thidua.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignContent;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.scoring.ScoringTable;
import vn.thidua.organization.Unit;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.storage.FileStorage;
import vn.thidua.shared.storage.StoredFile;
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.web.NotFoundException;

/**
 * Records months whose reporting is over as history (e.g. the months before the
 * application was used, or the demonstration data): the same rules as a report opened now
 * (the unit takes part in the launched campaign, the indicators due that month and
 * applying to its kind, its own targets), the same checks and scoring of the figures as
 * the entry page, and the same state machine, driven at the dates the history gives
 * instead of today, so that deadlines long past do not refuse it.
 * <p>
 * Administrators only. The steps are not written to the audit history one by one: that
 * history says what happened in the application, and these months happened elsewhere.
 */
@Service
@RequiredArgsConstructor
public class PastReportService {

	private final ReportWorkflowService workflow;

	private final ReportScoring scoring;

	private final EvidenceService evidence;

	private final ResultReportRepository reports;

	private final CampaignService campaigns;

	private final FileStorage storage;

	private final EntityManager entityManager;

	/** Whether any report of the campaign exists, so that history is recorded once. */
	@Transactional(readOnly = true)
	public boolean anyReportOf(long campaignId) {
		return this.reports.anyOfCampaign(campaignId);
	}

	/**
	 * Records the reports in order, all or nothing, and answers how many; the campaign's
	 * contents, scoring tables and units' own targets are read once for all of them.
	 */
	@Transactional
	public int record(List<PastReport> history) {
		if (!CurrentUser.get().is(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators record past months");
		}
		Map<Long, Campaign> campaignsById = new HashMap<>();
		Map<Long, List<CampaignContent>> contents = new HashMap<>();
		Map<String, ScoringTable> tables = new HashMap<>();
		Map<String, Map<Long, BigDecimal>> targets = new HashMap<>();
		for (PastReport past : history) {
			Campaign campaign = campaignsById.computeIfAbsent(past.campaignId(), this.campaigns::get);
			Unit unit = this.entityManager.find(Unit.class, past.unitId());
			if (unit == null) {
				throw new NotFoundException();
			}
			LocalDate month = past.month().atDay(1);
			if (this.reports.findId(campaign.getId(), unit.getId(), month).isPresent()) {
				throw new IllegalStateException("A report of " + unit.getCode() + " for " + past.month() + " exists");
			}
			ResultReport report = this.workflow.newReport(campaign, unit, month,
					contents.computeIfAbsent(campaign.getId(), this.campaigns::contents), past.opened().by());
			report.openedAt(past.opened().at());
			Map<Long, BigDecimal> own = targets.computeIfAbsent(campaign.getId() + "/" + unit.getId(),
					key -> this.scoring.ownTargets(campaign.getId(), unit.getId()));
			enter(report, past.figures());
			Long clusterId = report.getCluster() == null ? null : report.getCluster().getId();
			this.scoring.scoreSelf(report,
					tables.computeIfAbsent(campaign.getId() + "/" + clusterId, key -> this.scoring.table(report)), own);
			review(report, past);
			this.reports.save(report);
			// history is usually recorded in month order, but need not be
			this.scoring.rescoreLaterMonths(report);
			attach(report, past.evidence());
		}
		this.reports.flush();
		return history.size();
	}

	/** Checks every figure as the entry page does, then enters them. */
	private static void enter(ResultReport report, Map<String, Entry> figures) {
		Map<String, ResultValue> byCode = new HashMap<>();
		report.getValues().forEach(v -> byCode.put(v.getIndicator().getCode(), v));
		figures.forEach((code, entry) -> {
			ResultValue value = byCode.get(code);
			if (value == null) {
				throw new IllegalArgumentException("Indicator " + code + " is not reported by this unit this month");
			}
			ReportScoring.measure(value, entry, code + ".");
			value.enter(entry);
		});
	}

	/** Moves the report through the workflow at the dates of the history. */
	private static void review(ResultReport report, PastReport past) {
		if (past.state() == ReportState.DRAFT) {
			return;
		}
		report.submit(past.submitted().by(), past.submitted().at(), day(past.submitted()));
		switch (past.state()) {
			case APPROVED -> report.approve(past.reviewed().by(), past.reviewed().at());
			case RETURNED -> {
				report.returnForCorrection(past.returnComment(),
						value -> past.indicatorComments().get(value.getIndicator().getCode()), past.reviewed().by(),
						past.reviewed().at());
				if (past.reopening() != null) {
					PastReport.Reopening reopening = past.reopening();
					report.reopen(reopening.until(), reopening.reason(), reopening.by(), reopening.at(),
							LocalDate.ofInstant(reopening.at(), ZONE));
				}
			}
			default -> {
			}
		}
	}

	private void attach(ResultReport report, List<PastReport.Attachment> files) {
		for (PastReport.Attachment file : files) {
			ResultValue value = null;
			if (file.indicatorCode() != null) {
				if (report.getValues().stream().anyMatch(v -> v.getId() == null)) {
					this.reports.flush();
				}
				value = report.getValues()
					.stream()
					.filter(v -> v.getIndicator().getCode().equals(file.indicatorCode()))
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException("No indicator " + file.indicatorCode()));
			}
			StoredFile stored = this.storage.store(file.fileName(), file.content(), this.evidence.evidenceRules());
			this.evidence.attachToHistory(report.getId(), value == null ? null : value.getId(), stored);
		}
	}

	private static final ZoneId ZONE = Formats.ZONE;

	private static LocalDate day(PastReport.Act act) {
		return LocalDate.ofInstant(act.at(), ZONE);
	}

}
