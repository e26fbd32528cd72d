package vn.thidua.result;

import java.math.BigDecimal;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.shared.storage.StoredFile;
import vn.thidua.shared.text.Formats;

/**
 * How a report's changes read in its history (lịch sử): the report's label, figures,
 * points, states and files as text, in Vietnamese whatever the reader's language, since
 * the history is a record.
 */
@Component
@RequiredArgsConstructor
class ReportHistoryText {

	private static final Locale RECORDS = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	/** "Phòng An ninh kinh tế · 02/2026 · Phong trào ..." for the history. */
	static String label(ResultReport report) {
		return report.getUnit().getName() + " · "
				+ String.format("%02d/%d", report.getPeriodMonth().getMonthValue(), report.getPeriodMonth().getYear())
				+ " · " + report.getCampaign().getName();
	}

	static String stateLabel(ReportState state) {
		return state == null ? null : "ReportState." + state;
	}

	/** Why a later month was scored again, for its history. */
	String rescoreReason() {
		return this.messages.getMessage("result.history.rescored", null, RECORDS);
	}

	String points(BigDecimal points) {
		return points == null ? null : Formats.RECORDS.number(points);
	}

	/** The figures as the history shows them: "45/50", "12 (cùng kỳ: 15)", "Có". */
	String describe(EntryKind kind, Entry entry) {
		return switch (kind) {
			case VALUE -> entry.amount() == null ? null : Formats.RECORDS.number(entry.amount());
			case RATIO -> entry.numerator() == null && entry.denominator() == null ? null
					: text(entry.numerator()) + "/" + text(entry.denominator());
			case CHANGE -> entry.amount() == null && entry.lastYear() == null ? null : this.messages.getMessage(
					"result.history.change", new Object[] { text(entry.amount()), text(entry.lastYear()) }, RECORDS);
			case DONE ->
				entry.done() == null ? null : this.messages.getMessage("result.done." + entry.done(), null, RECORDS);
		};
	}

	String describe(StoredFile file) {
		return file.originalName() + " (" + Formats.RECORDS.fileSize(file.size()) + ")";
	}

	/** "1.1: 45/50": an indicator's text in the history, {@code null} for nothing. */
	static String coded(ResultValue value, String text) {
		return text == null ? null : value.getIndicator().getCode() + ": " + text;
	}

	/**
	 * An indicator as approved: the reviewed figures and points, "45/50 — 42 điểm", for
	 * the history of a report reopened after its approval.
	 */
	String approvedLine(ResultValue value) {
		String figures = describe(value.kind(), value.reviewedEntry());
		return this.messages.getMessage("result.history.approvedLine", new Object[] { figures == null ? "—" : figures,
				value.reviewedTotal() == null ? "—" : points(value.reviewedTotal()) }, RECORDS);
	}

	/**
	 * The capacity of a reviewer who is not the head unit or staff, as the history reads
	 * it: "Cụm (Khối) phó Phòng X thay Cụm (Khối) trưởng Phòng Y"; {@code null} for the
	 * head unit and staff.
	 */
	String reviewedAs(ResultReport report, ReviewerRole role) {
		if (role != ReviewerRole.DEPUTY && role != ReviewerRole.DEPUTY_FOR_HEAD) {
			return null;
		}
		var cluster = report.getCluster();
		return this.messages.getMessage("result.history.reviewedAs." + role,
				new Object[] { cluster.getDeputyUnit().getName(), cluster.getHeadUnit().getName() }, RECORDS);
	}

	private String text(Number number) {
		return number == null ? "—" : Formats.RECORDS.number(number);
	}

}
