-- What the pledge module publishes: the visibility rule of covenants (ADR 0008). A covenant
-- is visible to whoever sees its cluster.
create function visible_covenant_ids(p_all boolean, p_prefix text, p_own_unit bigint)
    returns table (id bigint) language sql stable
as $$ select c.id from covenant c
      where c.cluster_id in (select v.id from visible_cluster_ids(p_all, p_prefix, p_own_unit) v) $$;

-- The covenant rule for one covenant, where a set cannot be used (JPQL): a lookup by id.
create function covenant_visible(p_covenant_id bigint, p_all boolean, p_prefix text, p_own_unit bigint)
    returns boolean language sql stable
as $$ select exists (select 1 from visible_covenant_ids(p_all, p_prefix, p_own_unit) v where v.id = p_covenant_id) $$;
