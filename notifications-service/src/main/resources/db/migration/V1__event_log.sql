-- The public event log and the durable cursors of the change feeds it is built from.

-- One row per feed read; its cursor moves in the same transaction that appends the feed's events,
-- so a restart resumes exactly where the last committed page ended.
create table feed_cursor (
    feed        text primary key,
    cursor      text,
    read_at     timestamptz,
    -- time of the newest change the feed reported, for the lag metric
    last_change_at timestamptz
);

-- The last state seen of each subject of a feed, so that an event can name the fields that changed.
create table subject_state (
    feed     text not null,
    subject  text not null,
    version  bigint not null,
    state    jsonb not null,
    primary key (feed, subject)
);

-- seq is the public cursor. Appends take an advisory lock (EventLog), so seq order is commit
-- order: a reader that has seen seq n never later finds a smaller one appearing.
create table event (
    seq         bigint generated always as identity primary key,
    id          text not null unique,
    feed        text not null,
    type        text not null,
    subject     text not null,
    sector      text,
    project     text,
    indicator   text,
    occurred_at timestamptz not null,
    recorded_at timestamptz not null default now(),
    -- the CloudEvent in its JSON format (application/cloudevents+json), as served
    body        text not null
);
create index event_type on event (type, seq);
create index event_project on event (project, seq);
create index event_sector on event (sector, seq);
create index event_indicator on event (indicator, seq);
