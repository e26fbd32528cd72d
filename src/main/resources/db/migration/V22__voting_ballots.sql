-- The ballot box. Secrecy is a property of this schema (see docs/adr/0009-secret-ballot.md):
-- no table here holds a voter's id, a time, or a sequence number, and nothing joins a
-- participation to a ballot.

-- Who has voted: one row per elector, its primary key refusing a second vote even from
-- another application instance. Deliberately no id and no time.
create table voting_participation (
    session_id bigint not null references voting_session (id),
    elector_id bigint not null references voting_elector (id),
    constraint voting_participation_pk primary key (session_id, elector_id)
);

-- Ballots while the session is open: encrypted with a key derived from an application
-- secret that is not in the database, under a random id. Deleted at the tally.
create table voting_sealed_ballot (
    id         uuid   primary key,
    session_id bigint not null references voting_session (id),
    sealed     bytea  not null
);

create index voting_sealed_ballot_session_idx on voting_sealed_ballot (session_id);

-- Ballots published at the tally, in random order, all in one transaction, chained:
-- hash = SHA-256(previous hash, canonical encoding of position, receipt and content).
-- No unique constraint on the position: verification must be able to name a row added
-- by hand.
create table voting_ballot (
    id         uuid        primary key,
    session_id bigint      not null references voting_session (id),
    position   integer     not null,
    receipt    varchar(20) not null,
    content    text        not null,
    hash       varchar(64) not null
);

create index voting_ballot_session_idx on voting_ballot (session_id, position);
