-- Identity assurance as authorization (issue 12): an ID number is proven by the national e-ID or in person at a
-- desk (an officer or a post-office agent), and who verified it and when is kept with the account.
alter table account drop constraint account_assurance_ck;
alter table account add constraint account_assurance_ck check (assurance_level in ('LOCAL', 'IN_PERSON', 'EID'));
alter table account add column verified_by bigint references account (id);
alter table account add column verified_at timestamp with time zone;
-- Sessions signed in and tokens issued before this moment are no longer accepted (e.g. the e-ID proved the
-- number of an account someone else had created with a password).
alter table account add column credentials_changed_at timestamp with time zone;
