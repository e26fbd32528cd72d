package vn.thidua.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.document.DocumentHeading;
import vn.thidua.shared.document.Signature;
import vn.thidua.shared.text.Formats;

/**
 * The printed year-end summary (báo cáo tổng kết) in the Decree 30 layout: the heading of
 * the organiser, the four text parts staff wrote, each with the figures that belong to it
 * (results: the figures of the year beside the three before), the signature block, and
 * the figures' tables as an annex.
 */
@Component
@RequiredArgsConstructor
class SummaryPrint {

	/** Room for the number, written by the records office. */
	static final String BLANK_NUMBER = "\u00a0".repeat(8);

	private final SummaryQueries queries;

	private final SummaryReportService reports;

	private final SummaryFreezeService freezes;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Everything the printed summary shows; {@code figuresDate} is the day the figures
	 * were marked final (in Vietnam's time) when they were, else the day it is printed.
	 */
	record Document(SummaryFigures figures, List<Part> parts, DocumentHeading heading, String subject, String who,
			Signature signature, List<String> recipients, SummaryFreezeService.Snapshot snapshot,
			LocalDate figuresDate) {

		/** Whether it prints the figures stored when the summary was marked final. */
		public boolean frozen() {
			return this.snapshot != null;
		}

		/**
		 * The message of the line under the title: "Số liệu chốt ngày …" or "Số liệu tính
		 * đến ngày …".
		 */
		public String figuresDateKey() {
			return frozen() ? "summary.print.asOf.frozen" : "summary.print.asOf.today";
		}

	}

	/**
	 * One text part ({@code summary.text.<key>}) in paragraphs as staff typed them; none
	 * when not written.
	 */
	record Part(String key, List<String> paragraphs) {

	}

	@Transactional(readOnly = true)
	Document document(int year, Long clusterId, Long unitId, Locale locale) {
		return document(year, null, clusterId, unitId, locale);
	}

	/** The printed summary, possibly of an organiser chosen from above it. */
	@Transactional(readOnly = true)
	Document document(int year, Long organizerId, Long clusterId, Long unitId, Locale locale) {
		SummaryScope scope = this.queries.scope(year, organizerId, clusterId, unitId);
		// the province's report marked final prints the figures stored then, never
		// the records' figures of today; a cluster's or a unit's prints today's
		SummaryFreezeService.Snapshot snapshot = scope.level() == SummaryScope.Level.PROVINCE
				? this.freezes.of(scope).orElse(null) : null;
		SummaryFigures figures = snapshot != null ? snapshot.figures() : this.queries.figures(scope);
		SummaryReport report = this.reports.of(scope).orElse(null);
		String[] organiser = this.jdbc.sql("""
				select u.code, p.name, u.kind from organization_unit_v u
				left join organization_unit_v p on p.id = u.parent_id
				where u.id = :id""")
			.param("id", scope.organizerId())
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		// the ministry itself has no governing authority above it and writes from Hà Nội
		boolean ministry = "MINISTRY".equals(organiser[2]);
		String authority = ministry ? null
				: organiser[1] != null ? organiser[1] : text(locale, "document.authority.ministry");
		String place = ministry ? text(locale, "document.place.ministry")
				: DocumentHeading.placeOf(scope.organizerName());
		DocumentHeading heading = new DocumentHeading(authority, scope.organizerName(),
				BLANK_NUMBER + "/BC-" + organiser[0], place, LocalDate.now(this.clock));
		String who = switch (scope.level()) {
			case PROVINCE -> scope.organizerName();
			case CLUSTER -> scope.clusterName();
			case UNIT -> scope.unitName();
		};
		String subject = text(locale, "summary.print.subject", who, String.valueOf(year));
		Signature signature = new Signature(null, text(locale, "summary.print.signer"), "");
		List<String> recipients = List.of(text(locale, "summary.print.recipient.above"),
				text(locale, "summary.print.recipient.archive"));
		// the text parts are the province's; a cluster's or a unit's summary prints the
		// figures alone
		SummaryReport text = scope.level() == SummaryScope.Level.PROVINCE ? report : null;
		List<Part> parts = List.of(part("results", text == null ? null : text.getResults()),
				part("shortcomings", text == null ? null : text.getShortcomings()),
				part("lessons", text == null ? null : text.getLessons()),
				part("direction", text == null ? null : text.getDirection()));
		LocalDate figuresDate = snapshot != null ? LocalDate.ofInstant(snapshot.frozenAt(), Formats.ZONE)
				: LocalDate.now(this.clock);
		return new Document(figures, parts, heading, subject, who, signature, recipients, snapshot, figuresDate);
	}

	/** The file name of the PDF or DOCX: "bao-cao-tong-ket-2026.pdf". */
	static String fileName(SummaryScope scope, String extension) {
		String narrowed = scope.unitId() != null ? "-don-vi-" + scope.unitId()
				: scope.clusterId() != null ? "-cum-" + scope.clusterId() : "";
		return "bao-cao-tong-ket-" + scope.year() + narrowed + "." + extension;
	}

	private static Part part(String key, String text) {
		if (text == null || text.isBlank()) {
			return new Part(key, List.of());
		}
		return new Part(key, text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
