-- What the account module publishes to the other modules (ADR 0008): accounts without
-- their credentials.
create view account_user_v as
select id, username, full_name, role, unit_id, enabled
from app_user;
