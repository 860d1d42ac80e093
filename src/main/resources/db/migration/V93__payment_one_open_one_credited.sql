-- One open payment per reference and one credited payment per reference, kept by the database itself so that
-- concurrent requests and callbacks cannot break them: open_reference is the reference while the payment is open
-- (CREATED, PENDING) and null otherwise; credited_reference is the reference while the payment is the one that paid
-- the fee (SUCCEEDED) and null otherwise. A unique constraint allows any number of nulls (H2 and PostgreSQL alike).
-- A second payment the gateway confirms for a fee already paid is REFUND_DUE: money to give back, never credited.
alter table payment drop constraint payment_status_ck;
alter table payment add constraint payment_status_ck
    check (status in ('CREATED', 'PENDING', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'REFUND_DUE', 'REFUNDED'));
alter table payment add column open_reference bigint;
alter table payment add column credited_reference bigint;

-- Existing rows: the newest open payment of a reference stays its open one, the first succeeded payment its credited
-- one (older duplicates were recorded as DUPLICATE_PAYMENT anomalies when they happened).
update payment p set open_reference = p.reference
    where p.status in ('CREATED', 'PENDING')
      and p.id = (select max(o.id) from payment o where o.reference = p.reference and o.status in ('CREATED', 'PENDING'));
update payment p set credited_reference = p.reference
    where p.status = 'SUCCEEDED'
      and p.id = (select min(s.id) from payment s where s.reference = p.reference and s.status = 'SUCCEEDED');

alter table payment add constraint payment_one_open_uq unique (open_reference);
alter table payment add constraint payment_one_credited_uq unique (credited_reference);
create index payment_refund_due_idx on payment (status, settled_at);
