-- Officers as other modules may read them (ADR 0008): the award records name the officer
-- they belong to and search and scope by the officer's current unit.
create view organization_officer_v as
select id, full_name, rank, position, unit_id, search_text, sort_key
from officer;

-- Officers' moves between units, for the officers of a unit in a given year.
create view organization_officer_assignment_v as
select officer_id, unit_id, position, valid_from, valid_to
from officer_assignment;
