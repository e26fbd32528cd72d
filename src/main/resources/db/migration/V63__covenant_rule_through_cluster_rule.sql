-- A covenant is visible when its cluster is (V62): the covenant rule asks the cluster
-- rule instead of repeating it, so that the two cannot drift apart.
-- VisibilityRuleTests compares it with visible_covenant_ids for every covenant and scope.

create or replace function covenant_visible(p_covenant_id bigint, p_all boolean, p_prefix text, p_own_unit bigint)
    returns boolean language sql stable
as $$
select exists (
    select 1 from covenant v
    where v.id = p_covenant_id
      and cluster_visible(v.cluster_id, p_all, p_prefix, p_own_unit)) $$;
