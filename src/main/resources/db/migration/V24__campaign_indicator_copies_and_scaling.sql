-- An indicator copied with its campaign to another year remembers the indicator it was
-- copied from: "the same period last year" of a change indicator (giảm/tăng so với cùng
-- kỳ) is read from that indicator's reports, never from an indicator of an unrelated
-- campaign that happens to carry the same code.
alter table indicator add column copied_from_id bigint references indicator (id) on delete set null;

create index indicator_copied_from_idx on indicator (copied_from_id);

-- Copies made before the link existed: the indicator of the same code in the campaign the
-- copy was made from (campaign.copied_from_id), the only campaign a copy can come from.
update indicator i
set copied_from_id = s.id
from campaign k, indicator s
where k.id = i.campaign_id
  and k.copied_from_id is not null
  and s.campaign_id = k.copied_from_id
  and s.code = i.code;

-- Whether a unit's indicator points are scaled to the maximum of the indicators that apply
-- to its kind (quy đổi theo thang điểm): on by default, a cluster's rules may switch it off.
alter table scoring_table add column scales_to_applicable boolean not null default true;

-- The published view of indicators, with the indicator each one was copied from (added at
-- the end: the earlier columns keep their names and order).
create or replace view campaign_indicator_v as
select i.id, i.campaign_id, i.content_id, c.position as content_position, c.title as content_title,
       i.position, i.code, i.name, i.measure_unit, i.direction, i.input_shape, i.period, i.target, i.floor_value,
       (select string_agg(k.unit_kind, ',' order by k.unit_kind) from indicator_unit_kind k
        where k.indicator_id = i.id) as unit_kinds,
       i.copied_from_id
from indicator i join campaign_content c on c.id = i.content_id;
