-- Connected module: the composition a connected procedure's dossier was submitted under, kept whole (JSON) so that
-- an ADMIN's later change of the composition does not change the members, hand-offs and legal time of a dossier
-- already under way. A dossier submitted before this table existed has no row: it follows the catalog.
create table connected_parent (
    parent_id        bigint        primary key,
    composition      text          not null,
    submitted_at     timestamp with time zone not null
);
