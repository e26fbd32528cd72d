-- What the campaign module publishes to the other modules: the visibility rule of
-- campaigns (ADR 0008) and read-only views of its tables. Inlinable like the
-- organisation's rules (LANGUAGE sql, STABLE, one select).

-- The campaign rule: a campaign is visible when it is organised within the user's subtree,
-- or, once launched, when its scope includes the user's unit directly or through one of
-- its clusters. A draft is the organiser's work in progress.
create function visible_campaign_ids(p_all boolean, p_prefix text, p_own_unit bigint)
    returns table (id bigint) language sql stable
as $$ select k.id from campaign k
      where p_all
         or k.organizer_id in (select s.id from subtree_unit_ids(p_prefix) s)
         or (k.state <> 'DRAFT'
             and (exists (select 1 from campaign_unit su where su.campaign_id = k.id and su.unit_id = p_own_unit)
                  or exists (select 1 from campaign_cluster sc
                             where sc.campaign_id = k.id
                               and sc.cluster_id in (select m.id from member_cluster_ids(p_own_unit) m)))) $$;

-- The campaign rule for one campaign, where a set cannot be used (JPQL): a lookup by id.
create function campaign_visible(p_campaign_id bigint, p_all boolean, p_prefix text, p_own_unit bigint)
    returns boolean language sql stable
as $$ select exists (select 1 from visible_campaign_ids(p_all, p_prefix, p_own_unit) v where v.id = p_campaign_id) $$;

-- Campaigns as other modules may read them.
create view campaign_v as
select id, organizer_id, name, kind, year, start_date, end_date, state, sort_key
from campaign;

-- The clusters a campaign covers.
create view campaign_cluster_v as
select campaign_id, cluster_id
from campaign_cluster;

-- The units a campaign covers directly.
create view campaign_unit_v as
select campaign_id, unit_id
from campaign_unit;

-- Indicators with their content and the unit kinds they apply to (comma-separated, all
-- kinds when null).
create view campaign_indicator_v as
select i.id, i.campaign_id, i.content_id, c.position as content_position, c.title as content_title,
       i.position, i.code, i.name, i.measure_unit, i.direction, i.input_shape, i.period, i.target, i.floor_value,
       (select string_agg(k.unit_kind, ',' order by k.unit_kind) from indicator_unit_kind k
        where k.indicator_id = i.id) as unit_kinds
from indicator i join campaign_content c on c.id = i.content_id;

-- Launch documents of a campaign (without their files).
create view campaign_document_v as
select id, campaign_id, title, created_at
from campaign_document;
