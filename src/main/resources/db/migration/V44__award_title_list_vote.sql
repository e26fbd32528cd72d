-- The review session (bình xét) a unit's submitted yearly title list was sent to, for the
-- titles that need the council's vote (CSTĐCS and above): one session a list.

alter table award_title_list add column voting_session_id bigint references voting_session (id);
