-- Scheduled jobs that run once per cluster (vn.opendvc.ClusterScheduling): one row per job, held by the node running
-- it until lock_until (ShedLock's table; the times are the database's).
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
