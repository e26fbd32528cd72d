/**
 * Periodic results (báo cáo kết quả): for each launched campaign, unit and month, what
 * the unit achieved on every indicator that applies to it, with notes and evidence files;
 * the unit's own score (tự chấm điểm) computed by the campaign's scoring function against
 * the unit's own targets; and the review workflow (draft → submitted by the unit's
 * commander → approved, or returned with comments by the cluster's head unit or
 * provincial staff → corrected and resubmitted), with deadlines after which the unit may
 * no longer change its report unless staff reopen it. The state machine is owned by
 * {@link vn.thidua.result.ResultReport}; every step is in the audit trail.
 * <p>
 * Where things are:
 * <ul>
 * <li>report workflow: {@link vn.thidua.result.ReportWorkflowService} (open, enter,
 * submit, approve, return, adjust, reopen), asking
 * {@link vn.thidua.result.ReportPermissions} who may act and {@code ReportScoring} to
 * check and score figures; {@link vn.thidua.result.PastReportService} records months that
 * are over as history;</li>
 * <li>report queries: {@link vn.thidua.result.ReportQueries} (one report, lists) and
 * {@link vn.thidua.result.ReportApiService} (what the API reads and writes);</li>
 * <li>evidence: {@link vn.thidua.result.EvidenceService};</li>
 * <li>bonus and penalty items, ranking, trend and bulletin:
 * {@link vn.thidua.result.ScoreItemService}, {@link vn.thidua.result.RankingService}
 * (with the month score rule), {@link vn.thidua.result.TrendService},
 * {@link vn.thidua.result.BulletinService};</li>
 * <li>Excel: {@code ResultEntryTemplate} (entry template), the {@code ResultImport*}
 * classes (import with preview), {@link vn.thidua.result.ResultExport} (cluster export),
 * served by {@code ResultWorkbookController};</li>
 * <li>pages and API: {@code vn.thidua.result.web}.</li>
 * </ul>
 */
package vn.thidua.result;
