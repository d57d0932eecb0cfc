-- Creates that carry an Idempotency-Key (IdempotencyStore, in common): the key is claimed in the
-- same transaction as the create, so concurrent replays wait for the first and then return its
-- stored response. Shared by every service that takes creates, as the Flyway location
-- db/idempotency next to db/migration. "if not exists": databases created before this file
-- existed got the same table from their own V3.
create table if not exists idempotency_record (
    principal        varchar(200) not null,
    idempotency_key  varchar(200) not null,
    operation        varchar(300) not null,     -- method and path
    request_hash     varchar(64)  not null,     -- SHA-256 of the body
    response_status  int,
    response_headers text,
    response_body    bytea,
    created_at       timestamptz  not null default now(),
    primary key (principal, idempotency_key)
);

create index if not exists idempotency_record_created_at on idempotency_record (created_at);
