-- A unit to whom some indicators do not apply has its indicator points scaled to the
-- table (quy đổi theo thang điểm, vn.thidua.campaign.scoring.Scaling): the report keeps
-- the two maxima it was scaled with, so that its page can show "68/85 → 80,00" and its
-- totals (self_points, reviewed_points, which the rankings read) are the scaled points
-- plus the unscaled bonuses. Both null when the report is not scaled.
alter table result_report add column scale_full numeric(10, 2);
alter table result_report add column scale_applicable numeric(10, 2);

alter table result_report add constraint result_report_scale_ck
    check ((scale_full is null) = (scale_applicable is null)
        and (scale_applicable is null or (scale_applicable > 0 and scale_applicable < scale_full)));
