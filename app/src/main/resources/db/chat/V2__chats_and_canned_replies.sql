-- Chats for a workstation that starts at once and works offline: conversations with this agent's
-- marks, their messages, the outbox of what the agent sent that the server has not stored yet,
-- drafts, and the canned replies synced from the change log.

CREATE TABLE chat_conversation (
    id                BIGINT PRIMARY KEY,
    -- the Conversation as the protocol's JSON
    data              CLOB        NOT NULL,
    -- OPEN, ENDED, LEFT (ChatPhase)
    phase             VARCHAR(16) NOT NULL,
    ended_by          VARCHAR(100),
    -- the messages below are complete up to here (the resume point)
    applied_seq       BIGINT      NOT NULL,
    read_seq          BIGINT      NOT NULL,
    visitor_read_seq  BIGINT      NOT NULL,
    draft             CLOB,
    -- the agent closed the tab of this ended chat; it stays for history until pruned
    dismissed_at      TIMESTAMP WITH TIME ZONE,
    -- the order chats were opened in, which is the order of their tabs
    opened_order      BIGINT      NOT NULL
);

CREATE TABLE chat_message (
    conversation_id  BIGINT NOT NULL,
    seq              BIGINT NOT NULL,
    data             CLOB   NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);

-- What the agent sent, kept until the server acknowledges it; sent again after every reconnect
-- and restart. The server stores a client_id once, so sending twice is harmless.
CREATE TABLE chat_outbox (
    client_id        VARCHAR(64)  PRIMARY KEY,
    position         BIGINT       NOT NULL,
    conversation_id  BIGINT       NOT NULL,
    text             CLOB         NOT NULL,
    note             BOOLEAN      NOT NULL,
    attachment       CLOB,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the server's refusal; a refused message stays so that its text is not lost
    failure          VARCHAR(2000)
);

CREATE TABLE cached_canned_reply (
    id       BIGINT PRIMARY KEY,
    version  BIGINT NOT NULL,
    data     CLOB   NOT NULL
);

-- Earlier versions skipped canned_reply changes but moved the cursor past them: sync again from
-- the start (agents and groups are upserts, so repeating them is harmless).
UPDATE sync_state SET after_seq = 0 WHERE id = 1;
