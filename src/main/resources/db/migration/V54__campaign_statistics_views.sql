-- What the campaign module publishes for the national statistical form 0601.N (number of
-- emulation movements, Circular 02/2023/TT-BNV; ADR 0019): each campaign with when it was
-- launched and the size of its scope (clusters and single units taking part).
create view campaign_statistic_v as
select k.id, k.organizer_id, k.name, k.kind, k.year, k.start_date, k.end_date, k.state, k.launched_at,
       (select count(*) from campaign_cluster c where c.campaign_id = k.id) as clusters,
       (select count(*) from campaign_unit u where u.campaign_id = k.id) as units,
       k.sort_key
from campaign k;
