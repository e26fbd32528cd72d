-- Sign-in slow-down (làm chậm đăng nhập) after repeated failures, kept per username and client
-- address, and per address alone (username ''), so that failures sent from one machine never
-- lock the account out for its owner elsewhere. Rows of unknown usernames are kept here, not in
-- the audit trail, and are purged once a day old, so the table stays small whatever is tried.
create table login_throttle (
    username      varchar(64)  not null,
    address       varchar(64)  not null,
    failures      integer      not null,
    last_failure  timestamptz  not null,
    blocked_until timestamptz,
    primary key (username, address)
);

create index login_throttle_last_failure_idx on login_throttle (last_failure);

-- app_user.failed_attempts and locked_until now mirror the worst slow-down of the account (for the
-- administrators' list and filter); they no longer refuse a correct password.
update app_user set failed_attempts = 0, locked_until = null;
