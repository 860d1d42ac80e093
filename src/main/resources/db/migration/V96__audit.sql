-- The tamper-evident audit log: an append-only hash chain of entries, its head (the lock every append takes, so
-- concurrent transactions cannot fork the chain), signed checkpoints of the head, and the demo platform key.
-- The database refuses UPDATE and DELETE on entries and checkpoints (vendor trigger in db/vendor/{vendor}).
create table audit_entry (
    seq            bigint       primary key,
    recorded_at    timestamp with time zone not null,
    actor          varchar(200) not null,
    kind           varchar(64)  not null,
    subject        varchar(200) not null,
    content        varchar      not null,
    previous_hash  varchar(64)  not null,
    hash           varchar(64)  not null
);
create index audit_entry_hash_idx on audit_entry (hash);
create index audit_entry_kind_idx on audit_entry (kind, seq);
create index audit_entry_actor_idx on audit_entry (actor, seq);
create index audit_entry_subject_idx on audit_entry (subject, seq);
create index audit_entry_recorded_idx on audit_entry (recorded_at);

-- One row: the last entry's number and hash, and where the last checkpoint was. Updated by every append.
create table audit_chain_head (
    id                   int          primary key,
    last_seq             bigint       not null,
    last_hash            varchar(64)  not null,
    checkpoint_seq       bigint       not null,
    checkpoint_at        timestamp with time zone,
    constraint audit_chain_head_one_ck check (id = 1)
);
insert into audit_chain_head (id, last_seq, last_hash, checkpoint_seq, checkpoint_at)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0, null);

create table audit_checkpoint (
    seq          bigint       primary key,
    head_hash    varchar(64)  not null,
    signed_at    timestamp with time zone not null,
    key_id       varchar(64)  not null,
    algorithm    varchar(32)  not null,
    public_key   varchar      not null,
    signature    varchar      not null
);

-- The demo platform key pair (PKCS#8 and X.509, base64), used while no opendvc.audit.keystore is configured.
create table audit_demo_key (
    alias        varchar(64)  primary key,
    private_key  varchar      not null,
    public_key   varchar      not null,
    created_at   timestamp with time zone not null
);
