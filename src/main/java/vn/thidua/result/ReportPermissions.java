package vn.thidua.result;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.thidua.organization.EmulationCluster;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * Who may act on a report now: the unit's officer and commander enter while the report is
 * open to the unit; only its commander submits; the commander or officer of the head unit
 * of the unit's cluster (for members other than itself) or provincial staff review;
 * provincial staff reopen. Pages ask it to show buttons; the workflow asks it before
 * acting.
 */
@Component
@RequiredArgsConstructor
public class ReportPermissions {

	private final Clock clock;

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether the current user may enter figures and evidence now. */
	public boolean canEdit(ResultReport report) {
		return isOwnUnit(report) && report.isEditableByUnit(today());
	}

	/** Whether the current user may submit now (the unit's commander). */
	public boolean canSubmit(ResultReport report) {
		return canEdit(report) && CurrentUser.get().is(Role.UNIT_COMMANDER);
	}

	/** Whether the current user reviews this report. */
	public boolean isReviewer(ResultReport report) {
		CurrentUser user = CurrentUser.get();
		if (user.is(Role.PROVINCE_STAFF)) {
			return true;
		}
		EmulationCluster cluster = report.getCluster();
		return user.role().isUnitLevel() && cluster != null && cluster.getHeadUnit() != null
				&& Objects.equals(cluster.getHeadUnit().getId(), user.unitId())
				&& !Objects.equals(report.getUnit().getId(), user.unitId());
	}

	/** Whether the current user may review the report now. */
	public boolean canReview(ResultReport report) {
		return report.getState() == ReportState.SUBMITTED && isReviewer(report);
	}

	/** Whether the current user may reopen the report (provincial staff). */
	public boolean canReopen(ResultReport report) {
		return report.getState().isOpenToUnit() && CurrentUser.get().is(Role.PROVINCE_STAFF);
	}

	/** Whether the report is of the current user's own unit. */
	boolean isOwnUnit(ResultReport report) {
		CurrentUser user = CurrentUser.get();
		return user.role().isUnitLevel() && Objects.equals(user.unitId(), report.getUnit().getId());
	}

}
