-- pgbench script of bench/submission.sh: what a dossier submission leaves in the dossier tables, written in one
-- transaction (5 rows): the dossier row as it stands once submitted (code, status, dates, the form's JSON), its 3 file
-- rows and its history row (draft -> submitted). Values are copied from the API's own rows of the birth registration
-- at Hải Châu; codes PGB-<transaction id> never clash with real ones (agency, date, number) or synthetic ones (SYN-).
-- Not written here: what else a submission writes (the draft inserted then updated, the code sequence, events,
-- audit, notification, counters; see the per-table row writes bench/submission.sh prints).
begin;
insert into dossier (code, procedure_id, procedure_name, agency_code, channel, status, applicant_id, applicant_name,
    applicant_phone, created_by, form_data, processing_days, fee_due_vnd, current_step, created_at, submitted_at,
    version)
values ('PGB-' || txid_current(), 2825, 'Thủ tục đăng ký khai sinh', 'DNG-HAICHAU', 'ONLINE', 1, 1, 'Nguyễn Văn An',
    '0905123456', 1, '{"hoTenTre":"Nguyễn Minh Khang","ngaySinh":"2026-11-10","gioiTinh":"Nam","noiSinh":"Bệnh viện Phụ sản - Nhi Đà Nẵng","queQuan":"Hải Châu, Đà Nẵng","danToc":"Kinh","soDienThoai":"0905123456"}',
    1.0, 0, 1, now(), now(), 1)
returning id \gset
insert into dossier_file (dossier_id, kind, document_name, file_name, media_type, size_bytes, sha256, storage_key,
    source, created_at, created_by)
values (:id, 'ATTACHMENT', 'Giấy chứng sinh', 'giay-to.pdf', 'application/pdf', 186, md5(random()::text) || md5(random()::text),
    'dossiers/' || :id || '/' || md5(random()::text), 'UPLOADED', now(), 1);
insert into dossier_file (dossier_id, kind, document_name, file_name, media_type, size_bytes, sha256, storage_key,
    source, created_at, created_by)
values (:id, 'ATTACHMENT', 'Tờ khai đăng ký khai sinh', 'giay-to.pdf', 'application/pdf', 186, md5(random()::text) || md5(random()::text),
    'dossiers/' || :id || '/' || md5(random()::text), 'UPLOADED', now(), 1);
insert into dossier_file (dossier_id, kind, document_name, file_name, media_type, size_bytes, sha256, storage_key,
    source, created_at, created_by)
values (:id, 'ATTACHMENT', 'Giấy tờ tùy thân của người đi khai sinh', 'giay-to.pdf', 'application/pdf', 186, md5(random()::text) || md5(random()::text),
    'dossiers/' || :id || '/' || md5(random()::text), 'UPLOADED', now(), 1);
insert into dossier_history (dossier_id, at, from_status, to_status, action, actor_id, actor_name, note)
values (:id, now(), 0, 1, 'SUBMIT', 1, 'Nguyễn Văn An', null);
commit;
