-- PostgreSQL: entries and checkpoints are append-only. The trigger refuses UPDATE, DELETE and TRUNCATE even for the
-- table's owner; in production the application role is also granted only SELECT and INSERT on these tables (README).
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit log is append-only: % on % refused', tg_op, tg_table_name
        using errcode = '42501';
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();
