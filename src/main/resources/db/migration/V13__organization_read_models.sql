-- What the organisation publishes to the other modules: the visibility rules of units and
-- clusters (ADR 0004, ADR 0008) and read-only views of its tables. Other modules use these,
-- never the tables. The rules are LANGUAGE sql STABLE functions with a single select, so
-- the planner inlines them into the calling query (the set-returning ones where they are
-- used in a from clause) and a subtree stays one indexed prefix match on unit.path
-- (text_pattern_ops).
--
-- Every rule takes the three scope parameters of vn.thidua.shared.security.Scope:
-- p_all (administrators), p_prefix (a like pattern of the visible subtree) and
-- p_own_unit (the user's own unit).

-- The unit rule: a unit is visible when it is in the user's subtree or is the user's own
-- unit. A scalar expression without sub-selects, so it is inlined into any query over
-- unit and a subtree is one indexed prefix match.
create function unit_visible(p_unit_id bigint, p_unit_path text, p_all boolean, p_prefix text, p_own_unit bigint)
    returns boolean language sql stable
as $$ select p_all or p_unit_path like p_prefix or p_unit_id = p_own_unit $$;

-- The ids of the visible units, for modules that hold only unit ids. Set-returning SQL
-- functions are inlined where they are used in a from clause:
-- "x.unit_id in (select id from visible_unit_ids(:all, :prefix, :unitId))".
create function visible_unit_ids(p_all boolean, p_prefix text, p_own_unit bigint)
    returns table (id bigint) language sql stable
as $$ select u.id from unit u where unit_visible(u.id, u.path, p_all, p_prefix, p_own_unit) $$;

-- The units of the subtree a scope's prefix matches, without the own-unit part of the
-- rule: where campaigns and clusters visible to the organiser's staff are organised.
create function subtree_unit_ids(p_prefix text)
    returns table (id bigint) language sql stable
as $$ select u.id from unit u where unit_visible(u.id, u.path, false, p_prefix, null) $$;

-- The clusters a unit is a member of.
create function member_cluster_ids(p_unit_id bigint)
    returns table (id bigint) language sql stable
as $$ select m.cluster_id from cluster_member m where m.unit_id = p_unit_id $$;

-- The cluster rule: a cluster is visible when it is organised within the user's subtree
-- or the user's unit is one of its members.
create function visible_cluster_ids(p_all boolean, p_prefix text, p_own_unit bigint)
    returns table (id bigint) language sql stable
as $$ select c.id from emulation_cluster c
      where p_all
         or c.organizer_id in (select s.id from subtree_unit_ids(p_prefix) s)
         or c.id in (select m.id from member_cluster_ids(p_own_unit) m) $$;

-- The cluster rule for one cluster, where a set cannot be used (JPQL). PostgreSQL does not
-- inline a scalar function with a sub-select, so this runs per row, as a lookup by id.
create function cluster_visible(p_cluster_id bigint, p_all boolean, p_prefix text, p_own_unit bigint)
    returns boolean language sql stable
as $$ select exists (select 1 from visible_cluster_ids(p_all, p_prefix, p_own_unit) v where v.id = p_cluster_id) $$;

-- Units as other modules may read them.
create view organization_unit_v as
select id, code, name, short_name, kind, parent_id, path, depth, headcount, valid_from, valid_to, sort_key
from unit;

-- Clusters as other modules may read them.
create view organization_cluster_v as
select id, organizer_id, year, name, head_unit_id, deputy_unit_id, sort_key
from emulation_cluster;

-- Memberships of units in clusters.
create view organization_cluster_member_v as
select cluster_id, unit_id, organizer_id, year
from cluster_member;
