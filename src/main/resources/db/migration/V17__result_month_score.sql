-- The month score (điểm tháng) of an approved report: its reviewed points (indicator points
-- and bonuses above target), plus its bonus items, minus its penalty items, never below 0,
-- to 2 decimals: the rule of vn.thidua.campaign.scoring.UnitTotal, written once for the
-- rankings, trends, bulletin and Excel export, which aggregate many months of many units in
-- SQL. MonthScoreTests runs UnitTotal's examples through both, so that they cannot drift.
-- Immutable and plain SQL, so PostgreSQL inlines it into the ranking statements.
create function result_month_score(reviewed_points numeric, bonus_items numeric, penalties numeric)
    returns numeric
    language sql
    immutable
    parallel safe
as
$$
select round(greatest(0, reviewed_points + coalesce(bonus_items, 0) - coalesce(penalties, 0)), 2)
$$;
