-- The assistant's conversations: what the last answer was about, so that "còn lệ phí thì sao?" needs no procedure.
-- Kept in the database (every node sees the same conversation); rows idle longer than the expiry are deleted.
create table assistant_conversation (
    id varchar(36) primary key,
    procedure_id bigint,
    options varchar(200),
    updated_at timestamp not null
);
create index assistant_conversation_updated on assistant_conversation (updated_at);
