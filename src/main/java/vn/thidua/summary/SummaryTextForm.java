package vn.thidua.summary;

import jakarta.validation.constraints.Size;

/**
 * The text parts of the year-end summary as staff write them; {@code version} is the
 * version they started from ({@code null} for the first writing).
 */
public record SummaryTextForm(@Size(max = SummaryTextForm.MAX) String results,
		@Size(max = SummaryTextForm.MAX) String shortcomings, @Size(max = SummaryTextForm.MAX) String lessons,
		@Size(max = SummaryTextForm.MAX) String direction, Long version) {

	/** The longest text part, in characters (a few printed pages). */
	public static final int MAX = 20_000;

	static SummaryTextForm of(SummaryReport report) {
		if (report == null) {
			return new SummaryTextForm(null, null, null, null, null);
		}
		return new SummaryTextForm(report.getResults(), report.getShortcomings(), report.getLessons(),
				report.getDirection(), report.getVersion());
	}

}
