-- Tallies (ADR 0021): the counts the year-end summary adds up, kept beside the records
-- they count by triggers, in the same transaction as every write, so that the summary
-- reads a few thousand tally rows instead of every value and every award record of four
-- years. A tally row holds what its records add up to now; rows that fall to zero are
-- removed. The counts have no check of their own: a change is added as a signed delta
-- (an insert with a negative count that meets its row), and the sums are checked by tests
-- against the views instead. The views the summary reads (award_record_v, result_indicator_outcome_v) stay
-- what they were: the lists behind each figure and the checks still read them, and a test
-- compares every tally with the same count made from the views.

-- ------------------------------------------------------------------- results

-- The outcomes of the indicators in approved reports, by campaign, unit, cluster and
-- indicator: met or not as the review scored it (the unit's own scoring where the
-- reviewer did not change it); a value without an outcome is not counted.
create table result_outcome_tally (
    campaign_id  bigint not null,
    unit_id      bigint not null,
    cluster_id   bigint,
    indicator_id bigint not null,
    met          bigint not null,
    not_met      bigint not null
);

create unique index result_outcome_tally_key
    on result_outcome_tally (campaign_id, unit_id, indicator_id, coalesce(cluster_id, 0));
-- a province's summary reads its units' rows from the index alone
create index result_outcome_tally_unit_idx on result_outcome_tally (unit_id)
    include (campaign_id, cluster_id, indicator_id, met, not_met);

create index result_outcome_tally_zero_idx on result_outcome_tally (campaign_id) where met = 0 and not_met = 0;

-- Values written, changed or removed (given as parallel arrays, +1 for a value that came,
-- -1 for one that went): what approved reports gain and lose.
create function result_outcome_tally_add(reports bigint[], indicators bigint[], reasons varchar[], signs int[])
returns void
language plpgsql as $$
begin
    insert into result_outcome_tally as t (campaign_id, unit_id, cluster_id, indicator_id, met, not_met)
    select r.campaign_id, r.unit_id, r.cluster_id, c.indicator_id,
           coalesce(sum(c.sign) filter (where c.reason = 'MET'), 0),
           coalesce(sum(c.sign) filter (where c.reason <> 'MET'), 0)
    from unnest(reports, indicators, reasons, signs) as c(report_id, indicator_id, reason, sign)
    join result_report r on r.id = c.report_id and r.state = 'APPROVED'
    where c.reason is not null
    group by r.campaign_id, r.unit_id, r.cluster_id, c.indicator_id
    order by 1, 2, 4, coalesce(r.cluster_id, 0)
    on conflict (campaign_id, unit_id, indicator_id, coalesce(cluster_id, 0))
    do update set met = t.met + excluded.met, not_met = t.not_met + excluded.not_met;
    delete from result_outcome_tally where met = 0 and not_met = 0;
end $$;

create function result_value_tally_insert() returns trigger
language plpgsql as $$
declare
    reports bigint[]; indicators bigint[]; reasons varchar[]; signs int[];
begin
    select array_agg(n.report_id), array_agg(n.indicator_id), array_agg(coalesce(n.reviewed_reason, n.self_reason)),
           array_agg(1)
    into reports, indicators, reasons, signs from new_values n;
    perform result_outcome_tally_add(reports, indicators, reasons, signs);
    return null;
end $$;

create function result_value_tally_update() returns trigger
language plpgsql as $$
declare
    reports bigint[]; indicators bigint[]; reasons varchar[]; signs int[];
begin
    select array_agg(x.report_id), array_agg(x.indicator_id), array_agg(x.reason), array_agg(x.sign)
    into reports, indicators, reasons, signs
    from (select n.report_id, n.indicator_id, coalesce(n.reviewed_reason, n.self_reason) as reason, 1 as sign
          from new_values n
          union all
          select o.report_id, o.indicator_id, coalesce(o.reviewed_reason, o.self_reason), -1
          from old_values o) x;
    perform result_outcome_tally_add(reports, indicators, reasons, signs);
    return null;
end $$;

create function result_value_tally_delete() returns trigger
language plpgsql as $$
declare
    reports bigint[]; indicators bigint[]; reasons varchar[]; signs int[];
begin
    select array_agg(o.report_id), array_agg(o.indicator_id), array_agg(coalesce(o.reviewed_reason, o.self_reason)),
           array_agg(-1)
    into reports, indicators, reasons, signs from old_values o;
    perform result_outcome_tally_add(reports, indicators, reasons, signs);
    return null;
end $$;

-- Reports approved, reopened or moved to another cluster (by statement): their values
-- come into or out of the tally.
create function result_report_tally() returns trigger
language plpgsql as $$
begin
    with changed as (
        select n.id, n.campaign_id, n.unit_id, n.cluster_id, 1 as sign
        from new_reports n join old_reports o on o.id = n.id
        where n.state = 'APPROVED'
          and (o.state <> 'APPROVED' or (o.campaign_id, o.unit_id, coalesce(o.cluster_id, 0))
                                        <> (n.campaign_id, n.unit_id, coalesce(n.cluster_id, 0)))
        union all
        select o.id, o.campaign_id, o.unit_id, o.cluster_id, -1
        from old_reports o join new_reports n on n.id = o.id
        where o.state = 'APPROVED'
          and (n.state <> 'APPROVED' or (o.campaign_id, o.unit_id, coalesce(o.cluster_id, 0))
                                        <> (n.campaign_id, n.unit_id, coalesce(n.cluster_id, 0))))
    insert into result_outcome_tally as t (campaign_id, unit_id, cluster_id, indicator_id, met, not_met)
    select c.campaign_id, c.unit_id, c.cluster_id, v.indicator_id,
           coalesce(sum(c.sign) filter (where coalesce(v.reviewed_reason, v.self_reason) = 'MET'), 0),
           coalesce(sum(c.sign) filter (where coalesce(v.reviewed_reason, v.self_reason) <> 'MET'), 0)
    from changed c join result_value v on v.report_id = c.id
    where coalesce(v.reviewed_reason, v.self_reason) is not null
    group by c.campaign_id, c.unit_id, c.cluster_id, v.indicator_id
    order by 1, 2, 4, coalesce(c.cluster_id, 0)
    on conflict (campaign_id, unit_id, indicator_id, coalesce(cluster_id, 0))
    do update set met = t.met + excluded.met, not_met = t.not_met + excluded.not_met;
    delete from result_outcome_tally where met = 0 and not_met = 0;
    return null;
end $$;

-- A report removed (its values go with it, after it): what it counted goes first.
create function result_report_untally() returns trigger
language plpgsql as $$
begin
    if old.state = 'APPROVED' then
        update result_outcome_tally t
        set met = t.met - x.met, not_met = t.not_met - x.not_met
        from (select v.indicator_id,
                     count(*) filter (where coalesce(v.reviewed_reason, v.self_reason) = 'MET') as met,
                     count(*) filter (where coalesce(v.reviewed_reason, v.self_reason) <> 'MET') as not_met
              from result_value v
              where v.report_id = old.id and coalesce(v.reviewed_reason, v.self_reason) is not null
              group by v.indicator_id) x
        where t.campaign_id = old.campaign_id and t.unit_id = old.unit_id and t.indicator_id = x.indicator_id
          and coalesce(t.cluster_id, 0) = coalesce(old.cluster_id, 0);
        delete from result_outcome_tally where met = 0 and not_met = 0;
    end if;
    return old;
end $$;

create trigger result_value_tally_insert after insert on result_value
    referencing new table as new_values for each statement execute function result_value_tally_insert();
create trigger result_value_tally_update after update on result_value
    referencing old table as old_values new table as new_values for each statement
    execute function result_value_tally_update();
create trigger result_value_tally_delete after delete on result_value
    referencing old table as old_values for each statement execute function result_value_tally_delete();
create trigger result_report_tally_update after update on result_report
    referencing old table as old_reports new table as new_reports for each statement
    execute function result_report_tally();
create trigger result_report_untally before delete on result_report
    for each row execute function result_report_untally();

insert into result_outcome_tally (campaign_id, unit_id, cluster_id, indicator_id, met, not_met)
select o.campaign_id, o.unit_id, o.cluster_id, o.indicator_id, count(*) filter (where o.met),
       count(*) filter (where not o.met)
from result_indicator_outcome_v o
group by o.campaign_id, o.unit_id, o.cluster_id, o.indicator_id;

-- What the summary reads (it joins the campaign's year and organiser from campaign_v).
create view result_outcome_tally_v as
select t.campaign_id, t.unit_id, t.cluster_id, t.indicator_id, t.met, t.not_met
from result_outcome_tally t;

-- -------------------------------------------------------------------- awards

-- The one rule of who is a leader (lãnh đạo, chỉ huy) for form 0603.N, so far written in
-- award_statistic_record_v: the position copied onto an officer's record when it was
-- decided names a command post (trưởng, phó, giám đốc, chỉ huy, chính ủy, chính trị viên
-- as a word). A collective has none. The view and the tally below both call it.
create function award_record_leader(officer bigint, post varchar) returns boolean
language sql immutable as $$
    select officer is not null and coalesce(post, '') ~*
        '(^|[[:space:],;(])(trưởng|phó|giám đốc|chỉ huy|chính ủy|chính trị viên)($|[[:space:],;)])'
$$;

create or replace view award_statistic_record_v as
select r.id as record_id, d.id as decision_id, d.number, d.decided_on, d.year, d.issuer_unit_id,
       d.authority, d.kind, d.campaign_id, r.unit_id, r.officer_id, r.recipient_name, r.unit_name, r.rank,
       r.position, r.amount, i.code as item_code, i.category as item_category, i.recipient as item_recipient,
       i.authority as item_authority, i.name_vi as item_name_vi, i.name_en as item_name_en,
       r.officer_id is null as collective,
       award_record_leader(r.officer_id, r.position) as leader
from award_record r
join award_decision d on d.id = r.decision_id and d.state = 'RECORDED' and d.superseded_by_id is null
join award_catalogue_item i on i.id = r.item_id;

-- The award records that count (lines of recorded decisions no later decision has
-- superseded), by unit, year of the decision, catalogue item, kind of decision, and
-- whether the recipient is a collective or a leader (what the statistical forms tell
-- apart): how many and the cash.
create table award_record_tally (
    unit_id       bigint      not null,
    year          int         not null,
    item_id       bigint      not null,
    decision_kind varchar(32) not null,
    collective    boolean     not null,
    leader        boolean     not null,
    records       bigint      not null,
    amount        bigint      not null,
    primary key (unit_id, year, item_id, decision_kind, collective, leader)
);

create index award_record_tally_year_idx on award_record_tally (year);
-- a province's summary and forms read their units' rows from the index alone
create index award_record_tally_unit_idx on award_record_tally (unit_id, year)
    include (item_id, decision_kind, collective, leader, records, amount);

create index award_record_tally_zero_idx on award_record_tally (unit_id) where records = 0 and amount = 0;

-- Records written, changed or removed (given as parallel arrays, +1 for a record that
-- came, -1 for one that went), in decisions that count.
create function award_record_tally_add(decisions bigint[], units bigint[], items bigint[], officers bigint[],
                                       positions varchar[], amounts bigint[], signs int[])
returns void
language plpgsql as $$
begin
    insert into award_record_tally as t (unit_id, year, item_id, decision_kind, collective, leader, records, amount)
    select c.unit_id, d.year, c.item_id, d.kind, c.officer_id is null, award_record_leader(c.officer_id, c.position),
           sum(c.sign), sum(c.sign * c.amount)
    from unnest(decisions, units, items, officers, positions, amounts, signs)
        as c(decision_id, unit_id, item_id, officer_id, position, amount, sign)
    join award_decision d on d.id = c.decision_id and d.state = 'RECORDED' and d.superseded_by_id is null
    group by 1, 2, 3, 4, 5, 6
    order by 1, 2, 3, 4, 5, 6
    on conflict (unit_id, year, item_id, decision_kind, collective, leader)
    do update set records = t.records + excluded.records, amount = t.amount + excluded.amount;
    delete from award_record_tally where records = 0 and amount = 0;
end $$;

create function award_record_tally_insert() returns trigger
language plpgsql as $$
declare
    decisions bigint[]; units bigint[]; items bigint[]; officers bigint[]; positions varchar[]; amounts bigint[];
    signs int[];
begin
    select array_agg(n.decision_id), array_agg(n.unit_id), array_agg(n.item_id), array_agg(n.officer_id),
           array_agg(n.position), array_agg(n.amount), array_agg(1)
    into decisions, units, items, officers, positions, amounts, signs from new_records n;
    perform award_record_tally_add(decisions, units, items, officers, positions, amounts, signs);
    return null;
end $$;

create function award_record_tally_update() returns trigger
language plpgsql as $$
declare
    decisions bigint[]; units bigint[]; items bigint[]; officers bigint[]; positions varchar[]; amounts bigint[];
    signs int[];
begin
    select array_agg(x.decision_id), array_agg(x.unit_id), array_agg(x.item_id), array_agg(x.officer_id),
           array_agg(x.position), array_agg(x.amount), array_agg(x.sign)
    into decisions, units, items, officers, positions, amounts, signs
    from (select n.decision_id, n.unit_id, n.item_id, n.officer_id, n.position, n.amount, 1 as sign
          from new_records n
          union all
          select o.decision_id, o.unit_id, o.item_id, o.officer_id, o.position, o.amount, -1
          from old_records o) x;
    perform award_record_tally_add(decisions, units, items, officers, positions, amounts, signs);
    return null;
end $$;

create function award_record_tally_delete() returns trigger
language plpgsql as $$
declare
    decisions bigint[]; units bigint[]; items bigint[]; officers bigint[]; positions varchar[]; amounts bigint[];
    signs int[];
begin
    select array_agg(o.decision_id), array_agg(o.unit_id), array_agg(o.item_id), array_agg(o.officer_id),
           array_agg(o.position), array_agg(o.amount), array_agg(-1)
    into decisions, units, items, officers, positions, amounts, signs from old_records o;
    perform award_record_tally_add(decisions, units, items, officers, positions, amounts, signs);
    return null;
end $$;

-- Decisions recorded, superseded, or their year or kind changed (by statement): their
-- records come into or out of the tally.
create function award_decision_tally() returns trigger
language plpgsql as $$
begin
    with changed as (
        select n.id, n.year, n.kind, 1 as sign
        from new_decisions n join old_decisions o on o.id = n.id
        where n.state = 'RECORDED' and n.superseded_by_id is null
          and not (o.state = 'RECORDED' and o.superseded_by_id is null and o.year = n.year and o.kind = n.kind)
        union all
        select o.id, o.year, o.kind, -1
        from old_decisions o join new_decisions n on n.id = o.id
        where o.state = 'RECORDED' and o.superseded_by_id is null
          and not (n.state = 'RECORDED' and n.superseded_by_id is null and o.year = n.year and o.kind = n.kind))
    insert into award_record_tally as t (unit_id, year, item_id, decision_kind, collective, leader, records, amount)
    select r.unit_id, c.year, r.item_id, c.kind, r.officer_id is null, award_record_leader(r.officer_id, r.position),
           sum(c.sign), sum(c.sign * r.amount)
    from changed c join award_record r on r.decision_id = c.id
    group by 1, 2, 3, 4, 5, 6
    order by 1, 2, 3, 4, 5, 6
    on conflict (unit_id, year, item_id, decision_kind, collective, leader)
    do update set records = t.records + excluded.records, amount = t.amount + excluded.amount;
    delete from award_record_tally where records = 0 and amount = 0;
    return null;
end $$;

-- A decision removed (its records go with it, after it): what it counted goes first.
create function award_decision_untally() returns trigger
language plpgsql as $$
begin
    if old.state = 'RECORDED' and old.superseded_by_id is null then
        update award_record_tally t
        set records = t.records - x.records, amount = t.amount - x.amount
        from (select r.unit_id, r.item_id, r.officer_id is null as collective,
                     award_record_leader(r.officer_id, r.position) as leader, count(*) as records,
                     sum(r.amount) as amount
              from award_record r where r.decision_id = old.id
              group by 1, 2, 3, 4) x
        where t.unit_id = x.unit_id and t.year = old.year and t.item_id = x.item_id
          and t.decision_kind = old.kind and t.collective = x.collective and t.leader = x.leader;
        delete from award_record_tally where records = 0 and amount = 0;
    end if;
    return old;
end $$;

create trigger award_record_tally_insert after insert on award_record
    referencing new table as new_records for each statement execute function award_record_tally_insert();
create trigger award_record_tally_update after update on award_record
    referencing old table as old_records new table as new_records for each statement
    execute function award_record_tally_update();
create trigger award_record_tally_delete after delete on award_record
    referencing old table as old_records for each statement execute function award_record_tally_delete();
create trigger award_decision_tally_update after update on award_decision
    referencing old table as old_decisions new table as new_decisions for each statement
    execute function award_decision_tally();
create trigger award_decision_untally before delete on award_decision
    for each row execute function award_decision_untally();

insert into award_record_tally (unit_id, year, item_id, decision_kind, collective, leader, records, amount)
select r.unit_id, d.year, r.item_id, d.kind, r.officer_id is null, award_record_leader(r.officer_id, r.position),
       count(*), sum(r.amount)
from award_record r
join award_decision d on d.id = r.decision_id and d.state = 'RECORDED' and d.superseded_by_id is null
group by 1, 2, 3, 4, 5, 6;

-- What the summary and the statistical forms read: the tally with the catalogue item's
-- code, category, recipient kind, names and order.
create view award_record_tally_v as
select t.unit_id, t.year, t.decision_kind, t.collective, t.leader, i.code as item_code, i.category, i.recipient,
       i.name_vi, i.name_en, i.sort_order, t.records, t.amount
from award_record_tally t
join award_catalogue_item i on i.id = t.item_id;

-- The good deeds of a year in a province's units (the summary's last section): the year
-- as award_good_deed_v computes it, indexed, so that the planner knows how many deeds a
-- year holds instead of guessing one and looking each deed's unit up.
create index award_good_deed_year_idx on award_good_deed ((cast(extract(year from happened_on) as int)), unit_id)
    include (kind);
