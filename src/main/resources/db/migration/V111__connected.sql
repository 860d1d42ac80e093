-- Connected module: one row per member of a submitted connected procedure, kept by the coordinator from the member
-- dossiers' events. Dossier ids carry no foreign keys: the dossier's tables belong to another module.
create table connected_member (
    parent_id        bigint       not null,
    member_code      varchar(32)  not null,
    position         int          not null,
    child_id         bigint       not null,
    agency_code      varchar(64)  not null,
    -- WAITING for the results it depends on, STARTED (submitted to its agency), STOPPED because a member before it
    -- was refused or stopped
    state            varchar(10)  not null,
    -- when the last result it waited for was issued (the hand-off), and when the member was submitted to its agency
    handed_off_at    timestamp with time zone,
    started_at       timestamp with time zone,
    stop_reason      varchar(2000),
    primary key (parent_id, member_code),
    constraint connected_member_state_ck check (state in ('WAITING', 'STARTED', 'STOPPED'))
);
create unique index connected_member_child_ix on connected_member (child_id);
