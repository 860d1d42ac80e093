-- The orphan-file sweeper asks, for batches of stored keys, which ones a dossier file still uses.
create index dossier_file_storage_key_idx on dossier_file (storage_key);
