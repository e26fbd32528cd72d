-- What the award module publishes for the national statistical forms (0602.N, 0603.N,
-- Circular 02/2023/TT-BNV) and their checks (ADR 0008, ADR 0019): the records that
-- count, with their catalogue item, kind, authority and level, and the decisions with
-- their number of lines. Other modules read these views, never the tables.

-- The records that count: lines of recorded decisions that no later decision superseded.
-- "leader" is the one rule of who is a leader (lãnh đạo, chỉ huy) for form 0603.N: the
-- position copied onto the record when it was decided names a command post (trưởng, phó,
-- giám đốc, chỉ huy, chính ủy, chính trị viên as a word). A collective has none.
create view award_statistic_record_v as
select r.id as record_id, d.id as decision_id, d.number, d.decided_on, d.year, d.issuer_unit_id,
       d.authority, d.kind, d.campaign_id, r.unit_id, r.officer_id, r.recipient_name, r.unit_name, r.rank,
       r.position, r.amount, i.code as item_code, i.category as item_category, i.recipient as item_recipient,
       i.authority as item_authority, i.name_vi as item_name_vi, i.name_en as item_name_en,
       r.officer_id is null as collective,
       r.officer_id is not null and coalesce(r.position, '') ~*
           '(^|[[:space:],;(])(trưởng|phó|giám đốc|chỉ huy|chính ủy|chính trị viên)($|[[:space:],;)])' as leader
from award_record r
join award_decision d on d.id = r.decision_id and d.state = 'RECORDED' and d.superseded_by_id is null
join award_catalogue_item i on i.id = r.item_id;

-- Decisions with their number of lines, drafts and superseded ones included (the checks
-- before sending a form list what does not count and why).
create view award_statistic_decision_v as
select d.id as decision_id, d.number, d.decided_on, d.year, d.issuer_unit_id, d.authority, d.kind, d.state,
       d.superseded_by_id is not null as superseded, d.campaign_id,
       (select count(*) from award_record r where r.decision_id = d.id) as lines
from award_decision d;
