package vn.thidua.summary;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * The text parts of an organiser's year-end summary that staff write beside the figures:
 * results and effectiveness, shortcomings and their causes, lessons, next year's
 * direction.
 */
@Entity
@Table(name = "summary_report")
@Getter
public class SummaryReport {

	/** The type of its records in the history. */
	public static final String AUDIT_TYPE = "SUMMARY_REPORT";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long organizerId;

	private int year;

	private String results;

	private String shortcomings;

	private String lessons;

	private String direction;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected SummaryReport() {
	}

	SummaryReport(long organizerId, int year) {
		this.organizerId = organizerId;
		this.year = year;
	}

	void write(SummaryTextForm form, String by, Instant at) {
		this.results = blankToNull(form.results());
		this.shortcomings = blankToNull(form.shortcomings());
		this.lessons = blankToNull(form.lessons());
		this.direction = blankToNull(form.direction());
		this.updatedBy = by;
		this.updatedAt = at;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
