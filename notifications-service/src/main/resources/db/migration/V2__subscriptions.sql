-- Webhook subscriptions: each belongs to the subject of the token that created it.

create table subscription (
    -- the public cursor of an owner's list
    seq          bigint generated always as identity primary key,
    id           text not null unique,
    owner        text not null,
    url          text not null,
    -- a null filter does not filter, as in the event log's query parameters
    filter_type      text,
    filter_sector    text,
    filter_project   text,
    filter_indicator text,
    -- the whsec_ secret signs deliveries; the previous one also signs until previous_secret_until
    secret                text not null,
    previous_secret       text,
    previous_secret_until timestamptz,
    enabled         boolean not null default true,
    disabled_reason text,
    disabled_at     timestamptz,
    -- events after this seq of the log are delivered: none from before the subscription existed
    start_seq    bigint not null,
    version      bigint not null default 1,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index subscription_owner on subscription (owner, seq);
