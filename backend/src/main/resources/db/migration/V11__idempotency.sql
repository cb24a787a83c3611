-- Idempotency keys of bulk upserts (POST /sync/projects): a caller's key, the SHA-256 of the body it came
-- with, and the answer given. The row is inserted in the transaction of the writes, first: a repeat of the
-- same key waits on the uncommitted row until the first request ends, then finds its answer (committed) or
-- no row (rolled back: nothing was written, it goes ahead). Kept 24 hours, then pruned.
CREATE TABLE idempotency_key (
    caller     VARCHAR(255) NOT NULL,
    key        VARCHAR(255) NOT NULL,
    body_hash  CHAR(64)     NOT NULL,
    status     INTEGER,
    response   TEXT,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
