-- Accounts administered in the workstation (issue 12): the version editors compare, and pictures.

-- Raised by every change of what administrators and the agent set, not by status changes
-- (which raise version, the sync's): an editor's save is refused as stale only for the former.
ALTER TABLE agent ADD COLUMN account_version BIGINT DEFAULT 1 NOT NULL;
-- The tag of the agent's current picture (new with every picture), null while there is none.
ALTER TABLE agent ADD COLUMN avatar VARCHAR(32);

-- The picture: a PNG the backend made of what the agent sent, at most a few dozen kilobytes.
-- Kept in the database, not the data folder, so every backend node serves it (ADR 0008).
CREATE TABLE agent_avatar (
    agent_id   BIGINT      PRIMARY KEY REFERENCES agent (id),
    tag        VARCHAR(32) NOT NULL,
    content    BYTEA       NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
