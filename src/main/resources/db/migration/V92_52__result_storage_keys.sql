-- The orphan-file sweeper asks, for batches of stored keys, which ones a result or a stored document still uses;
-- the document store's quota sums the sizes of one owner's documents (owner_id is indexed already).
create index result_document_storage_key_idx on result_document (storage_key);
create index citizen_document_storage_key_idx on citizen_document (storage_key);
