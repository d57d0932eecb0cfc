-- Deliveries: one row per event and matching subscription, made from the log by a durable cursor,
-- so an event logged before a crash is still delivered after it.

-- one row: the seq of the log up to which deliveries were made
create table delivery_cursor (
    id  int primary key check (id = 1),
    seq bigint not null
);
insert into delivery_cursor (id, seq) values (1, 0);

create table delivery (
    id              bigint generated always as identity primary key,
    subscription_id text not null references subscription (id) on delete cascade,
    event_seq       bigint not null references event (seq),
    -- pending, delivered, failed (given up)
    status          text not null default 'pending',
    -- when it is due; a worker that claims it moves this by its lease, so a dead worker's claim lapses
    next_attempt_at timestamptz not null default now(),
    -- when it first became due since it was made or redelivered: the retry window counts from here
    due_since       timestamptz not null default now(),
    attempts        int not null default 0,
    last_status     int,
    last_error      text,
    delivered_at    timestamptz,
    created_at      timestamptz not null default now(),
    unique (subscription_id, event_seq)
);
create index delivery_due on delivery (next_attempt_at) where status = 'pending';

-- every attempt, for the subscription's delivery log
create table delivery_attempt (
    id             bigint generated always as identity primary key,
    delivery_id    bigint not null references delivery (id) on delete cascade,
    attempted_at   timestamptz not null,
    -- null when the callback could not be reached
    status_code    int,
    error          text,
    latency_millis bigint not null
);
create index delivery_attempt_delivery on delivery_attempt (delivery_id, id);
