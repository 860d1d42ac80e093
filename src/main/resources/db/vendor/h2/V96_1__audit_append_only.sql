-- H2: entries and checkpoints are append-only; the trigger class refuses every UPDATE and DELETE.
create trigger audit_entry_append_only before update, delete on audit_entry for each row
    call 'vn.opendvc.audit.internal.AppendOnlyTrigger';
create trigger audit_checkpoint_append_only before update, delete on audit_checkpoint for each row
    call 'vn.opendvc.audit.internal.AppendOnlyTrigger';
