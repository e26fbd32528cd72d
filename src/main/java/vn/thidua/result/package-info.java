/**
 * Periodic results (báo cáo kết quả): for each launched campaign, unit and month, what
 * the unit achieved on every indicator that applies to it, with notes and evidence files;
 * the unit's own score (tự chấm điểm) computed by the campaign's scoring function against
 * the unit's own targets; and the review workflow (draft → submitted by the unit's
 * commander → approved, or returned with comments by the cluster's head unit or
 * provincial staff → corrected and resubmitted), with deadlines after which the unit may
 * no longer change its report unless staff reopen it. The state machine is owned by
 * {@link vn.thidua.result.ResultReport}; every step is in the audit trail.
 */
package vn.thidua.result;
