-- The minutes (biên bản họp bình xét) of a review session: what the secretary fills in
-- (place, the chair's name as printed, the secretary's account and name, notes) and the
-- two signatures in the application, the chair's and the secretary's, each over the
-- SHA-256 of the minutes' canonical text. The minutes are frozen (minutes_hash) when
-- both have signed the same text.
alter table voting_session
    add column minutes_place          varchar(300),
    add column minutes_chair_name     varchar(200),
    add column minutes_secretary      varchar(100),
    add column minutes_secretary_name varchar(200),
    add column minutes_notes          varchar(4000),
    add column chair_signed_by        varchar(100),
    add column chair_signer_name      varchar(200),
    add column chair_signed_at        timestamptz,
    add column chair_signed_hash      varchar(64),
    add column secretary_signed_by    varchar(100),
    add column secretary_signer_name  varchar(200),
    add column secretary_signed_at    timestamptz,
    add column secretary_signed_hash  varchar(64),
    add column minutes_hash           varchar(64),
    add constraint voting_session_minutes_signers_ck
        check (chair_signed_by is null or secretary_signed_by is null or chair_signed_by <> secretary_signed_by),
    add constraint voting_session_chair_signature_ck
        check ((chair_signed_by is null) = (chair_signed_at is null) and (chair_signed_by is null) = (chair_signed_hash is null)),
    add constraint voting_session_secretary_signature_ck
        check ((secretary_signed_by is null) = (secretary_signed_at is null)
               and (secretary_signed_by is null) = (secretary_signed_hash is null));
