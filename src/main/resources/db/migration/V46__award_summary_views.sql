-- What the award module publishes for the year-end summary (ADR 0008, ADR 0018): the
-- records that count (lines of recorded decisions no later decision has superseded), with
-- the decision's year, kind and authority and the catalogue item's code, category and
-- recipient kind; and the good-deed book without its texts and files.

create view award_record_v as
select r.id, r.decision_id, d.year, d.decided_on, d.kind as decision_kind, d.authority, d.issuer_unit_id,
       d.campaign_id, r.unit_id, r.officer_id, i.code as item_code, i.category, i.recipient, i.name_vi, i.name_en,
       i.sort_order, r.amount
from award_record r
join award_decision d on d.id = r.decision_id and d.state = 'RECORDED' and d.superseded_by_id is null
join award_catalogue_item i on i.id = r.item_id;

create view award_good_deed_v as
select g.id, g.unit_id, g.kind, g.happened_on, cast(extract(year from g.happened_on) as int) as year
from award_good_deed g;

-- the summary counts a province's decisions of a year
create index award_decision_year_idx on award_decision (year) where state = 'RECORDED' and superseded_by_id is null;
