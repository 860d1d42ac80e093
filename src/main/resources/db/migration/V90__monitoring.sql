-- Indicators (module monitoring), kept incrementally from domain events so reading them never scans dossiers.
-- indicator_dossier: what the indicators need to know about one dossier (its "track"), updated by each event;
-- indicator_counter: per agency x procedure x day (Asia/Ho_Chi_Minh) x metric, the sum of every track's contribution.
create table indicator_dossier (
    dossier_id     bigint      not null primary key,
    agency_code    varchar(64),
    procedure_id   bigint,
    channel        varchar(8),
    fee_applies    boolean     not null,
    submitted_at   timestamp with time zone,
    due_at         timestamp with time zone,
    last_event_at  timestamp with time zone,
    finished_at    timestamp with time zone,
    outcome        int,
    delivered_at   timestamp with time zone,
    paid           boolean     not null,
    rated_at       timestamp with time zone,
    rating_score   int,
    complaint      boolean     not null
);

create table indicator_counter (
    agency_code   varchar(64) not null,
    procedure_id  bigint      not null,
    on_day        date        not null,
    metric        varchar(32) not null,
    counted       bigint      not null,
    primary key (agency_code, on_day, procedure_id, metric)
);
