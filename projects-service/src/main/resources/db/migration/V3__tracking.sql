-- Status tracking: append-only status updates, a change feed, idempotency keys.

create table status_update (
    id                        bigint generated always as identity primary key,
    project_code              varchar(80)   not null references project (code),
    status                    varchar(20)   not null,
    previous_status           varchar(20)   not null,
    progress_percent          int           not null check (progress_percent between 0 and 100),
    previous_progress_percent int           not null,
    note                      varchar(2000),
    reported_at               timestamptz   not null,   -- when the reporter observed this state
    evidence_url              varchar(2000),
    recorded_by               varchar(200)  not null,   -- the token's subject
    recorded_at               timestamptz   not null default now(),
    project_version           bigint        not null    -- the project's version after this update
);

create index status_update_project on status_update (project_code, id desc);
create index status_update_recorded_at on status_update (recorded_at);

-- What changed, in commit order. Writers take one advisory lock before inserting here, so
-- sequence order equals commit order and a reader never sees seq n+1 before seq n: a client
-- that keeps the last seq it read never misses or double-counts a change.
create table change_event (
    seq              bigint generated always as identity primary key,
    project_code     varchar(80)  not null references project (code),
    kind             varchar(20)  not null check (kind in ('status_update', 'edit', 'removal')),
    project_version  bigint       not null,
    status_update_id bigint references status_update (id),
    occurred_at      timestamptz  not null default now(),
    payload          jsonb        not null     -- the project as it stood after this change (a tombstone for removals)
);

create index project_updated_at on project (updated_at);
create index project_listing on project (sort_order, code);
