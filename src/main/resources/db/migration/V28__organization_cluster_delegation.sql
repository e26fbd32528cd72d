-- Delegation of the head unit's review to the deputy unit (ủy quyền cho Cụm phó / Khối phó).
-- The head unit's commander turns it on or off for a cluster; a cluster is formed for one
-- year, so the cluster is the "cluster and year" and copying a year's clusters does not copy
-- it: the next head decides for its own year.
--
-- Kept by the organisation, beside the head and deputy it qualifies: who acts for the head of
-- a cluster is a fact about the cluster's leadership, which reviewing reports (results) and,
-- later, signing minutes (voting) read, not a rule of one of them. One row per cluster, the
-- current state with who changed it last and when; every change is also in the cluster's
-- history (audit).
create table cluster_delegation (
    cluster_id bigint       primary key references emulation_cluster (id) on delete cascade,
    active     boolean      not null,
    changed_by varchar(100) not null,
    changed_at timestamptz  not null,
    version    bigint       not null default 0
);

-- Published to the other modules: the delegations in force and their last change.
create view organization_cluster_delegation_v as
select cluster_id, active, changed_by, changed_at
from cluster_delegation;
