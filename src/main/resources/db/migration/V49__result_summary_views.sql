-- What the result module publishes for the year-end summary (ADR 0008, ADR 0018): the
-- outcome of each indicator in each approved report, met or not as the review scored it
-- (the unit's own scoring where the reviewer did not change it). An indicator without an
-- outcome (no value reported) is left out.

create view result_indicator_outcome_v as
select r.id as report_id, r.campaign_id, r.unit_id, r.cluster_id, r.period_month, v.indicator_id,
       coalesce(v.reviewed_reason, v.self_reason) = 'MET' as met
from result_report r
join result_value v on v.report_id = r.id
where r.state = 'APPROVED' and coalesce(v.reviewed_reason, v.self_reason) is not null;
