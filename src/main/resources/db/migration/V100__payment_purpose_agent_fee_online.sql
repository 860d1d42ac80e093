-- A payment pays for a purpose of a reference: a dossier's legal fee (DOSSIER_FEE, every payment so far) or the
-- assisting organisation's service fee of an assisted dossier (AGENT_FEE). One open and one credited payment per
-- purpose and reference: the two fees of one dossier are paid apart, to different payees.
alter table payment add column purpose varchar(12) default 'DOSSIER_FEE' not null;
alter table payment add constraint payment_purpose_ck check (purpose in ('DOSSIER_FEE', 'AGENT_FEE'));
alter table payment drop constraint payment_one_open_uq;
alter table payment drop constraint payment_one_credited_uq;
alter table payment add constraint payment_one_open_uq unique (purpose, open_reference);
alter table payment add constraint payment_one_credited_uq unique (purpose, credited_reference);

-- The agent's service fee may also be paid online by the citizen (PAID_ONLINE): the receipt number is given when the
-- gateway's confirmation arrives, and the payment is named.
alter table assisted_fee alter column status set data type varchar(12);
alter table assisted_fee add column payment_id bigint;
alter table assisted_fee drop constraint assisted_fee_status_ck;
alter table assisted_fee drop constraint assisted_fee_paid_ck;
alter table assisted_fee add constraint assisted_fee_status_ck
    check (status in ('DUE', 'PAID_CASH', 'PAID_ONLINE', 'WAIVED'));
alter table assisted_fee add constraint assisted_fee_paid_ck check (
    (status = 'PAID_CASH' and paid_at is not null and receipt_no is not null and payment_id is null)
    or (status = 'PAID_ONLINE' and paid_at is not null and receipt_no is not null and payment_id is not null)
    or (status in ('DUE', 'WAIVED') and paid_at is null and receipt_no is null and payment_id is null));
