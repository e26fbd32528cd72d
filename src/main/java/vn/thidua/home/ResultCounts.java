package vn.thidua.home;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.thidua.result.PeriodRow;
import vn.thidua.result.ReportQueries;
import vn.thidua.result.ReviewRow;
import vn.thidua.result.ReviewerRole;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * What needs doing about periodic reports (báo cáo kết quả), for the dashboard: for a
 * unit, its months due, overdue and returned; for the head unit of a cluster and for
 * provincial staff, the reports waiting for their review. A few statements, whatever the
 * number of units (the results service's own lists).
 */
@Component
@RequiredArgsConstructor
class ResultCounts {

	private final ReportQueries results;

	/**
	 * @param due months to enter and submit before their deadline
	 * @param overdue months past their deadline and not submitted
	 * @param returned reports returned for correction, still open
	 * @param waiting reports waiting for the user's review
	 * @param reviewer whether the user reviews reports (staff, or a cluster's head or
	 * deputy unit with reports waiting)
	 * @param roles in which capacities a cluster's unit reviews the reports waiting
	 */
	record Counts(long due, long overdue, long returned, long waiting, boolean unit, boolean reviewer,
			List<ReviewerRole> roles) {

	}

	Counts ofCurrentUser() {
		CurrentUser user = CurrentUser.get();
		List<PeriodRow> periods = this.results.periodsOfMyUnit();
		List<ReviewRow> rows = this.results.waitingForMyReview();
		long waiting = rows.size();
		// the capacities a cluster's unit reviews in (head, deputy, deputy for the head)
		List<ReviewerRole> roles = rows.stream()
			.map(ReviewRow::role)
			.filter(r -> r != ReviewerRole.STAFF)
			.distinct()
			.sorted()
			.toList();
		return new Counts(count(periods, PeriodRow.Marker.DUE), count(periods, PeriodRow.Marker.OVERDUE),
				count(periods, PeriodRow.Marker.RETURNED), waiting, !periods.isEmpty(),
				user.is(Role.PROVINCE_STAFF) || waiting > 0, roles);
	}

	private static long count(List<PeriodRow> periods, PeriodRow.Marker marker) {
		return periods.stream().filter(p -> p.marker() == marker).count();
	}

}
