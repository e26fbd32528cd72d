-- What the pledge module publishes for the year-end summary (ADR 0008, ADR 0018): whether
-- a covenant has come into force, and the parties of the version of each covenant last
-- opened for signature, with whether they have signed it.

create view pledge_covenant_v as
select c.id, c.campaign_id, c.cluster_id,
       exists (select 1 from covenant_version v where v.covenant_id = c.id and v.state in ('IN_FORCE', 'SUPERSEDED'))
           as in_force
from covenant c;

create view pledge_covenant_party_v as
select v.covenant_id, v.number as version_number, v.state as version_state, p.unit_id, p.signed_at
from covenant_version v
join covenant_party p on p.version_id = v.id
where v.state <> 'DRAFT'
  and v.number = (select max(w.number) from covenant_version w where w.covenant_id = v.covenant_id and w.state <> 'DRAFT');
