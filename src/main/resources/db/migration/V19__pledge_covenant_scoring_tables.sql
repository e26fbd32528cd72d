-- The scoring table a covenant version signs: its canonical text, frozen with the rest of
-- the content when the version is opened for signature, and part of the signed text and
-- its SHA-256. Null for versions opened before the scoring table was part of a covenant.
alter table covenant_version add column scoring_table_text text;
