package vn.thidua.result;

import java.time.LocalDate;
import java.util.Set;

import vn.thidua.campaign.ReportingPeriod;

/**
 * Which months an indicator is reported in: the rule the opening of a report and the list
 * of a unit's months share.
 */
final class ReportCalendar {

	private ReportCalendar() {
	}

	static boolean anyDue(Set<ReportingPeriod> periods, LocalDate month, LocalDate lastMonth) {
		return periods.stream().anyMatch(p -> isDue(p, month, lastMonth));
	}

	/**
	 * Whether an indicator reported every {@code period} is reported in this month: the
	 * month closing its quarter, half-year or year, or the campaign's last month.
	 */
	static boolean isDue(ReportingPeriod period, LocalDate month, LocalDate lastMonth) {
		int m = month.getMonthValue();
		return switch (period) {
			case MONTH -> true;
			case QUARTER -> m % 3 == 0 || month.equals(lastMonth);
			case HALF_YEAR -> m % 6 == 0 || month.equals(lastMonth);
			case YEAR -> m == 12 || month.equals(lastMonth);
		};
	}

}
