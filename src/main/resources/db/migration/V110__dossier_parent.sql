-- Connected procedures (liên thông): a member dossier names the dossier of the connected procedure it belongs to.
-- The member is an ordinary dossier of its own agency; the parent coordinates the members and is processed by no one.
alter table dossier add column parent_id bigint references dossier (id);
create index dossier_parent_ix on dossier (parent_id);
