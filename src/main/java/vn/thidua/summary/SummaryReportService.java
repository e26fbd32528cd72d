package vn.thidua.summary;

import java.time.Clock;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * The text parts of the year-end summary: read by whoever may see the province's summary,
 * written by the organiser's staff only, each change in the history.
 */
@Service
@RequiredArgsConstructor
public class SummaryReportService {

	/** The most of each text the history keeps, before and after. */
	private static final int AUDIT_TEXT = 300;

	private final SummaryReportRepository reports;

	private final SummaryQueries queries;

	private final SummaryFreezeService freezes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The text of the province's summary of the scope, if written. */
	@Transactional(readOnly = true)
	public Optional<SummaryReport> of(SummaryScope scope) {
		return this.reports.findByOrganizerIdAndYear(scope.organizerId(), scope.year());
	}

	/**
	 * Saves the text parts of the current user's province summary of the year; refused to
	 * anybody but its staff, a 409 when somebody saved in between.
	 */
	@Transactional
	public SummaryReport write(int year, SummaryTextForm form) {
		SummaryScope scope = this.queries.scope(year, null, null);
		if (!scope.editable()) {
			throw new AccessDeniedException("Only the organiser's staff write the summary");
		}
		if (this.freezes.of(scope).isPresent()) {
			// the signed report keeps its text too: reopen it first
			throw new BusinessRuleException("results", "summary.freeze.textReadOnly");
		}
		SummaryReport report = this.reports.findByOrganizerIdAndYear(scope.organizerId(), year).orElse(null);
		if (report == null && blank(form.results()) && blank(form.shortcomings()) && blank(form.lessons())
				&& blank(form.direction())) {
			// nothing to keep: a first save of four empty parts is a mistake, not a
			// report
			throw new BusinessRuleException("results", "summary.text.empty");
		}
		boolean created = report == null;
		if (created) {
			if (form.version() != null) {
				throw new OptimisticLockingFailureException("Summary " + year + " deleted");
			}
			report = new SummaryReport(scope.organizerId(), year);
		}
		else if (form.version() == null || form.version() != report.getVersion()) {
			throw new OptimisticLockingFailureException("Summary " + year + " changed");
		}
		SummaryTextForm before = SummaryTextForm.of(created ? null : report);
		report.write(form, CurrentUser.get().getUsername(), this.clock.instant());
		report = this.reports.saveAndFlush(report);
		var audit = AuditRecord
			.of("SUMMARY_TEXT_SAVED", SummaryReport.AUDIT_TYPE, report.getId(), scope.organizerName() + " " + year)
			.change("summary.text.results", cut(before.results()), cut(report.getResults()))
			.change("summary.text.shortcomings", cut(before.shortcomings()), cut(report.getShortcomings()))
			.change("summary.text.lessons", cut(before.lessons()), cut(report.getLessons()))
			.change("summary.text.direction", cut(before.direction()), cut(report.getDirection()));
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		return report;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String cut(String text) {
		if (text == null || text.length() <= AUDIT_TEXT) {
			return text;
		}
		// the whole text stays in the summary; the history shows its beginning and length
		return text.substring(0, AUDIT_TEXT) + "… (" + text.length() + ")";
	}

}
