package vn.thidua.result;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of periodic reports ({@code thidua.results.*}).
 *
 * @param deadlineDay the day of the month after the period by which a unit submits its
 * report (default the 5th); a shorter month takes its last day
 */
@ConfigurationProperties("thidua.results")
record ResultProperties(@DefaultValue("5") int deadlineDay) {

	ResultProperties {
		if (deadlineDay < 1 || deadlineDay > 31) {
			throw new IllegalArgumentException("thidua.results.deadline-day must be between 1 and 31");
		}
	}

	/** The deadline of the report on the month starting {@code month}. */
	LocalDate deadlineOf(LocalDate month) {
		LocalDate next = month.withDayOfMonth(1).plusMonths(1);
		return next.withDayOfMonth(Math.min(this.deadlineDay, next.lengthOfMonth()));
	}

}
