-- The rules for one cluster, campaign or covenant (the JPQL lookups by id: every page that
-- opens a campaign, a cluster or a covenant asks one of them), written for one id. They
-- were "exists (select 1 from visible_..._ids(...) v where v.id = :id)": PostgreSQL does
-- not inline a scalar function whose body holds a sub-select, so the body was planned as
-- its own statement on each execution, with the whole set-returning rule inlined into it
-- (the subtree's units, the user's clusters), about 1-2 ms for a province's staff where
-- the row itself takes 0.3 ms. Same rules as the set-returning functions, which stay
-- (VisibilityRuleTests compares both for every object and every unit's scopes):
-- - a cluster is visible when it is organised within the subtree or the user's unit is
--   one of its members;
-- - a campaign when it is organised within the subtree, or it is not a draft and covers
--   the user's unit directly or one of the user's clusters;
-- - a covenant when its cluster is.

create or replace function cluster_visible(p_cluster_id bigint, p_all boolean, p_prefix text, p_own_unit bigint)
    returns boolean language sql stable
as $$
select exists (
    select 1 from emulation_cluster c
    where c.id = p_cluster_id
      and (p_all
           or exists (select 1 from unit u where u.id = c.organizer_id and u.path like p_prefix)
           or exists (select 1 from cluster_member m where m.cluster_id = c.id and m.unit_id = p_own_unit))) $$;

create or replace function campaign_visible(p_campaign_id bigint, p_all boolean, p_prefix text, p_own_unit bigint)
    returns boolean language sql stable
as $$
select exists (
    select 1 from campaign k
    where k.id = p_campaign_id
      and (p_all
           or exists (select 1 from unit u where u.id = k.organizer_id and u.path like p_prefix)
           or (k.state <> 'DRAFT'
               and (exists (select 1 from campaign_unit su where su.campaign_id = k.id and su.unit_id = p_own_unit)
                    or exists (select 1 from campaign_cluster sc
                               join cluster_member m on m.cluster_id = sc.cluster_id
                               where sc.campaign_id = k.id and m.unit_id = p_own_unit))))) $$;

create or replace function covenant_visible(p_covenant_id bigint, p_all boolean, p_prefix text, p_own_unit bigint)
    returns boolean language sql stable
as $$
select exists (
    select 1 from covenant v join emulation_cluster c on c.id = v.cluster_id
    where v.id = p_covenant_id
      and (p_all
           or exists (select 1 from unit u where u.id = c.organizer_id and u.path like p_prefix)
           or exists (select 1 from cluster_member m where m.cluster_id = c.id and m.unit_id = p_own_unit))) $$;
