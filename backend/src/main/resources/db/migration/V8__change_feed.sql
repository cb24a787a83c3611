-- The change feed (GET /sync/changes): every committed change of the network's resources, in the order
-- the changes were committed. A transaction takes the feed's lock (a transaction-scoped advisory lock)
-- when it records its first change and keeps it until it ends, so positions are handed out in commit
-- order: a consumer that has seen a position has seen every change committed before it (no gaps, also
-- behind slow transactions), and the versions of one entity come in order.
CREATE SEQUENCE change_position_seq;

CREATE TABLE change (
    position    BIGINT      PRIMARY KEY,
    resource    VARCHAR(32) NOT NULL,
    resource_id VARCHAR(64) NOT NULL,
    op          VARCHAR(8)  NOT NULL,
    version     INTEGER     NOT NULL,
    -- the resource as the API served it after the change (JSON); none for a deletion
    data        TEXT,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT change_op_known CHECK (op IN ('upsert', 'delete')),
    CONSTRAINT change_data_with_upsert CHECK ((op = 'delete') = (data IS NULL))
);
CREATE INDEX change_resource_idx ON change (resource, position);
CREATE INDEX change_entity_idx ON change (resource, resource_id, position);

-- How far pruning has gone: a cursor before this position may have missed a deletion (410 Gone).
CREATE TABLE change_horizon (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE,
    position  BIGINT  NOT NULL,
    CONSTRAINT change_horizon_single CHECK (singleton)
);
INSERT INTO change_horizon (singleton, position) VALUES (TRUE, 0);
