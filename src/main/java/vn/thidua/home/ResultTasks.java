package vn.thidua.home;

import java.time.YearMonth;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.thidua.result.PeriodRow;
import vn.thidua.result.ReportQueries;
import vn.thidua.result.ReportState;
import vn.thidua.result.ReviewRow;
import vn.thidua.result.ReviewerRole;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * What needs doing about periodic reports (báo cáo kết quả), for the dashboard, as lists
 * of the actual months and reports with their action: for a unit, its months due, overdue
 * and returned, and for its commander the drafts to submit; for the head or deputy unit
 * of a cluster and for provincial staff, the reports waiting for their review. Two
 * statements whatever the number of units (the results service's own lists).
 */
@Component
@RequiredArgsConstructor
class ResultTasks {

	private final ReportQueries results;

	/**
	 * @param due months to enter before their deadline (not opened, or drafts)
	 * @param overdue months past their deadline and not submitted (locked)
	 * @param returned reports returned for correction, still open
	 * @param toSubmit opened drafts and corrected reports the commander may submit now
	 * (the month has ended)
	 * @param waiting reports waiting for the user's review, oldest submission first
	 * @param unit whether the user's unit reports
	 * @param reviewer whether the user reviews reports (staff, or a cluster's head or
	 * deputy unit with reports waiting)
	 * @param roles in which capacities a cluster's unit reviews the reports waiting
	 */
	record Tasks(List<PeriodRow> due, List<PeriodRow> overdue, List<PeriodRow> returned, List<PeriodRow> toSubmit,
			List<ReviewRow> waiting, boolean unit, boolean reviewer, List<ReviewerRole> roles) {

	}

	Tasks ofCurrentUser() {
		CurrentUser user = CurrentUser.get();
		List<PeriodRow> periods = this.results.periodsOfMyUnit();
		List<ReviewRow> waiting = this.results.waitingForMyReview();
		// the capacities a cluster's unit reviews in (head, deputy, deputy for the head)
		List<ReviewerRole> roles = waiting.stream()
			.map(ReviewRow::role)
			.filter(r -> r != ReviewerRole.STAFF)
			.distinct()
			.sorted()
			.toList();
		// the commander submits an opened report once its month has ended
		List<PeriodRow> toSubmit = user.is(Role.UNIT_COMMANDER) ? periods.stream()
			.filter(p -> p.reportId() != null && p.state() != null && p.state() != ReportState.SUBMITTED
					&& p.state() != ReportState.APPROVED && !p.isLocked()
					&& !YearMonth.from(p.month()).isAfter(this.results.reportingMonth()))
			.toList() : List.of();
		return new Tasks(of(periods, PeriodRow.Marker.DUE), of(periods, PeriodRow.Marker.OVERDUE),
				of(periods, PeriodRow.Marker.RETURNED), toSubmit, waiting, !periods.isEmpty(),
				user.is(Role.PROVINCE_STAFF) || !waiting.isEmpty(), roles);
	}

	private static List<PeriodRow> of(List<PeriodRow> periods, PeriodRow.Marker marker) {
		return periods.stream().filter(p -> p.marker() == marker).toList();
	}

}
