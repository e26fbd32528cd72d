package vn.thidua.result;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of periodic reports ({@code thidua.results.*}).
 *
 * @param deadlineDay the day of the month after the period by which a unit submits its
 * report (default the 5th); a shorter month takes its last day
 * @param reopenDays how many days a unit has again when staff grant its request to reopen
 * a locked month, or when a reviewer returns a report after its deadline (default 5)
 */
@ConfigurationProperties("thidua.results")
record ResultProperties(@DefaultValue("5") int deadlineDay, @DefaultValue("5") int reopenDays) {

	ResultProperties {
		if (deadlineDay < 1 || deadlineDay > 31) {
			throw new IllegalArgumentException("thidua.results.deadline-day must be between 1 and 31");
		}
		if (reopenDays < 1 || reopenDays > 90) {
			throw new IllegalArgumentException("thidua.results.reopen-days must be between 1 and 90");
		}
	}

	/**
	 * The new deadline of a month reopened, or of a report returned late, on
	 * {@code today}: the unit has {@code reopenDays} whole days after today.
	 */
	LocalDate reopenedDeadline(LocalDate today) {
		return today.plusDays(this.reopenDays);
	}

	/** The deadline of the report on the month starting {@code month}. */
	LocalDate deadlineOf(LocalDate month) {
		LocalDate next = month.withDayOfMonth(1).plusMonths(1);
		return next.withDayOfMonth(Math.min(this.deadlineDay, next.lengthOfMonth()));
	}

}
