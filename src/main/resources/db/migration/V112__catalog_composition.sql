-- Catalog module: the connected procedures (thủ tục liên thông) as data an ADMIN edits. One row per connected
-- procedure, named as the shipped file names it: by national code, or by exact name where it has none. The members
-- (code, agency kind, dependencies, field and document mappings, hand-offs) are one JSON document: they are read and
-- written whole, checked against the catalog before they are stored. Seeded from catalog/connected-procedures.json.
create table catalog_composition (
    procedure_key    varchar(600)  primary key,
    members          text          not null,
    updated_at       timestamp with time zone not null,
    -- the ADMIN's account; null for the shipped seed
    updated_by       bigint
);
