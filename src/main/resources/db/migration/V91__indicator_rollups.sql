-- Indicators (module monitoring): what a dossier's documents are (digitised, reused from the document store), its
-- code for drill-down lists, and the counters rolled up per agency x day and per agency x month, so a province or the
-- whole country over a quarter sums a few thousand rows whatever the number of dossiers.
alter table indicator_dossier add column code varchar(64);
alter table indicator_dossier add column digitized boolean default false not null;
alter table indicator_dossier add column reused boolean default false not null;

create index indicator_dossier_agency_finished_idx on indicator_dossier (agency_code, finished_at);
create index indicator_dossier_agency_submitted_idx on indicator_dossier (agency_code, submitted_at);

create table indicator_agency_day (
    agency_code   varchar(64) not null,
    on_day        date        not null,
    metric        varchar(32) not null,
    counted       bigint      not null,
    primary key (agency_code, on_day, metric)
);

create table indicator_agency_month (
    agency_code   varchar(64) not null,
    in_month      date        not null, -- the first day of the month
    metric        varchar(32) not null,
    counted       bigint      not null,
    primary key (agency_code, in_month, metric)
);

-- The per-procedure counters are read by procedure within an agency (drill-down) and by day range.
create index indicator_counter_day_idx on indicator_counter (on_day, agency_code);

-- Counters kept before this version are rolled up once; later they move together.
insert into indicator_agency_day (agency_code, on_day, metric, counted)
select agency_code, on_day, metric, sum(counted) from indicator_counter group by agency_code, on_day, metric;
insert into indicator_agency_month (agency_code, in_month, metric, counted)
select agency_code, cast(date_trunc('month', on_day) as date), metric, sum(counted) from indicator_counter
group by agency_code, cast(date_trunc('month', on_day) as date), metric;
