-- What the voting module publishes for the year-end summary (ADR 0008, ADR 0018): review
-- sessions without their ballots, the outcome of each question and what passed.

create view voting_session_v as
select id, cluster_id, year, campaign_id, electorate_kind, round, state, tallied_at
from voting_session;

create view voting_question_v as
select id, session_id, award, outcome, places
from voting_question;

create view voting_proposal_v as
select id, session_id, question_id, unit_id, officer_id, award, year
from voting_proposal;
