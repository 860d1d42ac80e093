-- Idempotency keys of the dossier API (POST /api/v1/dossiers and POST /api/v1/dossiers/{id}/submit). A client that
-- sends a request again under the same Idempotency-Key (its answer was lost: a timeout, a node that died after the
-- commit) gets the dossier of the first call instead of a second draft or a 409. The key is written in the
-- transaction of the write itself, so it exists exactly when the write does, on every node; the primary key lets one
-- of two concurrent calls with one key win. A key is its caller's: the same text from another account is another key.
-- request_hash is the SHA-256 of what was asked (operation and input): the same key for another request is refused.
create table dossier_request_key (
    account_id       bigint       not null,
    idempotency_key  varchar(100) not null,
    request_hash     varchar(64)  not null,
    dossier_id       bigint       not null references dossier (id),
    created_at       timestamp with time zone not null,
    primary key (account_id, idempotency_key)
);
