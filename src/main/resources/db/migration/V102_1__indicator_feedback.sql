-- Indicators (monitoring module) from the feedback module's events:
-- a complaint about a dossier, once accepted, counts in the satisfaction indicator of the agency that handled the
-- dossier (once per dossier, like a complaint flagged with the rating);
alter table indicator_dossier add column complaint_accepted_at timestamp with time zone;

-- each answer to a feedback, once (an event handed over twice is counted once): the answered-on-time rate and the
-- average answer time in working minutes, counted per agency on the day of the answer (no personal data).
create table indicator_feedback_answer (
    feedback_id      bigint        not null,
    answered_at      timestamp with time zone not null,
    agency_code      varchar(64)   not null,
    on_time          boolean       not null,
    working_minutes  bigint        not null,
    primary key (feedback_id, answered_at)
);
