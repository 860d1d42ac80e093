-- Pre-submission rules of a procedure as an ADMIN set them (module catalog), by procedure code so that a re-import of
-- the catalog keeps them; a procedure without a row has the rules of the seed (catalog/check-rules.json).
create table procedure_check_rules (
    procedure_code  varchar(30)  primary key,
    rules           text         not null,
    updated_at      timestamp with time zone not null,
    updated_by      bigint       not null
);
