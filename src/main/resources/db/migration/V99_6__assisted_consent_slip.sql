-- Assisted submission (module assistance): a citizen with neither phone nor e-mail consents by signing a printed
-- consent slip at the desk; the agent uploads its scan. Such a consent has no code: no hash, nowhere it was sent; its
-- expiry is the moment it was given (there is nothing to wait for). The scan is in the file store under slip_key.
alter table assisted_consent alter column code_hash drop not null;
alter table assisted_consent alter column sent_channel drop not null;
alter table assisted_consent alter column sent_to drop not null;
alter table assisted_consent add column slip_key varchar(200);
alter table assisted_consent add column slip_type varchar(100);
alter table assisted_consent drop constraint assisted_consent_method_ck;
alter table assisted_consent add constraint assisted_consent_method_ck check (
    (method = 'ONE_TIME_CODE' and code_hash is not null and sent_channel is not null and sent_to is not null)
    or (method = 'SIGNED_SLIP' and slip_key is not null and slip_type is not null));
create index assisted_consent_slip_idx on assisted_consent (slip_key);
