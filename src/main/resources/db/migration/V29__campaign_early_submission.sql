-- How many of the last days of a month a report of that month may already be submitted
-- (gửi sớm): by default none, a month is submitted once it has ended. A rule of each
-- campaign, set by its organiser, 0 to 10 days.
alter table campaign add column early_submission_days integer not null default 0;
alter table campaign add constraint campaign_early_submission_ck check (early_submission_days between 0 and 10);
