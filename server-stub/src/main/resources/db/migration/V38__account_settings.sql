-- Per-account settings (issue 12, ADR 0025): language, theme, sounds and notification choices that
-- follow the agent to any workstation. One JSON document per account, replaced whole; the version
-- is compared on every write so that a workstation writing over a newer document gets 409 instead
-- (on every node alike: the check is the UPDATE's own WHERE, not anything kept in memory).
CREATE TABLE account_settings (
    agent_id   BIGINT  NOT NULL PRIMARY KEY REFERENCES agent (id),
    document   TEXT    NOT NULL,
    version    BIGINT  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
