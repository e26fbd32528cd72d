-- The award record search at national size (about 300,000 titles a year): the words typed
-- are found anywhere in the folded search text (like '%…%'), which a b-tree cannot serve;
-- a trigram index (pg_trgm, a trusted extension that the database owner may create) finds
-- the matching records without reading the table. The decision number is searched the same
-- way. The results are listed newest decision first: the index on the decisions' order lets
-- the first page of a broad search (or of no criteria at all) stop after fifty lines.
create extension if not exists pg_trgm;

create index award_record_search_trgm_idx on award_record using gin (search_text gin_trgm_ops);
create index award_decision_number_trgm_idx on award_decision using gin (number_key gin_trgm_ops);
create index award_decision_listed_idx on award_decision (decided_on desc, id desc)
    where state = 'RECORDED' and superseded_by_id is null;
