-- The agency tree: ministries, provinces, their departments and service centres, communes and wards.
create table agency (
    code         varchar(64)  not null primary key,
    name         varchar(255) not null,
    level        varchar(8)   not null,
    kind         varchar(64)  not null,
    parent_code  varchar(64)  references agency (code),
    updated_at   timestamp with time zone not null
);
create index agency_parent_idx on agency (parent_code);
create index agency_kind_idx on agency (kind);
