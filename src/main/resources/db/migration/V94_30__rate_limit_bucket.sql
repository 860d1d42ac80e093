-- Rate-limit token buckets (module limits), shared by every node when the database is PostgreSQL: Bucket4j's
-- PostgreSQL proxy manager keeps each bucket's serialized state here and the time after which it is full again.
-- On the embedded H2 database the counters are kept in memory and this table stays empty.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(200) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
