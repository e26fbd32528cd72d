package vn.thidua.result;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.thidua.organization.ClusterService;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * Who may act on a report now: the unit's officer and commander enter while the report is
 * open to the unit; only its commander submits; provincial staff, or the commander or
 * officer of the head unit of the unit's cluster (for members other than itself), or of
 * the deputy unit (for the head unit's reports, and for the other members when the head
 * unit's commander delegated it) review; provincial staff reopen. Pages ask it to show
 * buttons; the workflow asks it before acting.
 */
@Component
@RequiredArgsConstructor
public class ReportPermissions {

	private final Clock clock;

	private final ClusterService clusters;

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether the current user may enter figures and evidence now. */
	public boolean canEdit(ResultReport report) {
		return isOwnUnit(report) && report.isEditableByUnit(today());
	}

	/** Whether the current user may submit now (the unit's commander). */
	public boolean canSubmit(ResultReport report) {
		return canEdit(report) && CurrentUser.get().is(Role.UNIT_COMMANDER)
				&& !today().isBefore(report.firstSubmissionDay());
	}

	/** Whether the current user reviews this report. */
	public boolean isReviewer(ResultReport report) {
		return reviewerRole(report) != null;
	}

	/**
	 * In which capacity the current user reviews this report, or {@code null}: provincial
	 * staff; the head unit of the report's cluster for the other members; the deputy unit
	 * for the head unit's own reports (the head never reviews itself), and for the other
	 * members while the head unit's commander has delegated the review to it. Nobody
	 * reviews its own unit's report.
	 */
	public ReviewerRole reviewerRole(ResultReport report) {
		CurrentUser user = CurrentUser.get();
		if (user.is(Role.PROVINCE_STAFF)) {
			return ReviewerRole.STAFF;
		}
		EmulationCluster cluster = report.getCluster();
		if (!user.role().isUnitLevel() || cluster == null || user.unitId() == null
				|| Objects.equals(report.getUnit().getId(), user.unitId())) {
			return null;
		}
		Long head = cluster.getHeadUnit() == null ? null : cluster.getHeadUnit().getId();
		Long deputy = cluster.getDeputyUnit() == null ? null : cluster.getDeputyUnit().getId();
		if (Objects.equals(head, user.unitId())) {
			return ReviewerRole.HEAD;
		}
		if (!Objects.equals(deputy, user.unitId())) {
			return null;
		}
		if (Objects.equals(report.getUnit().getId(), head)) {
			return ReviewerRole.DEPUTY;
		}
		return this.clusters.deputyActsForHead(cluster.getId()) ? ReviewerRole.DEPUTY_FOR_HEAD : null;
	}

	/** Whether the current user may review the report now. */
	public boolean canReview(ResultReport report) {
		return report.getState() == ReportState.SUBMITTED && isReviewer(report);
	}

	/**
	 * Whether the current user may reopen the report (provincial staff): a draft or
	 * returned report, or an approved one to correct it.
	 */
	public boolean canReopen(ResultReport report) {
		return (report.getState().isOpenToUnit() || report.getState() == ReportState.APPROVED)
				&& CurrentUser.get().is(Role.PROVINCE_STAFF);
	}

	/** Whether the report is of the current user's own unit. */
	boolean isOwnUnit(ResultReport report) {
		CurrentUser user = CurrentUser.get();
		return user.role().isUnitLevel() && Objects.equals(user.unitId(), report.getUnit().getId());
	}

}
