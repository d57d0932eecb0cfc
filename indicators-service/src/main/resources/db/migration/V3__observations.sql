-- Annual monitoring (第六十章: annual monitoring, mid-term and final evaluation).
-- A new value for a year is a new revision, never an overwrite: every row stays, and the
-- current value of a year is its highest revision. asOf queries read recorded_at.
create table observation (
    id             bigint generated always as identity primary key,
    indicator_code varchar(40)  not null references indicator (code),
    year           int          not null check (year between 2021 and 2025),
    revision       int          not null check (revision >= 1),
    value          numeric(20, 6) not null,
    status         varchar(12)  not null check (status in ('provisional', 'final')),
    source         varchar(500),
    note           varchar(2000),
    reason         varchar(2000),            -- why a revision replaced the previous value
    recorded_by    varchar(200) not null,    -- the token's subject
    recorded_at    timestamptz  not null default now(),
    unique (indicator_code, year, revision)
);

create index observation_current on observation (indicator_code, year, revision desc);
create index observation_recorded_at on observation (recorded_at);

create index indicator_updated_at on indicator (updated_at);
