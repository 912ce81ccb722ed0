-- The internal chat between agents, for a workstation that starts at once and loses nothing typed:
-- each conversation with how far its messages are complete and read, its recent messages, and the
-- outbox of what the agent wrote that the server has not acknowledged yet. (V29: the version
-- issue 11 gave the internal chat; all cache folders share one sequence.)

CREATE TABLE team_chat_thread (
    id           BIGINT PRIMARY KEY,
    -- the TeamConversation as the protocol's JSON
    data         CLOB   NOT NULL,
    -- the messages are complete from first_seq up to applied_seq (the resume point)
    first_seq    BIGINT NOT NULL,
    applied_seq  BIGINT NOT NULL,
    read_seq     BIGINT NOT NULL
);

CREATE TABLE team_chat_message (
    conversation_id  BIGINT NOT NULL,
    seq              BIGINT NOT NULL,
    data             CLOB   NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);

-- Sent again after every reconnect and restart until acknowledged; the server stores a client id once.
CREATE TABLE team_chat_outbox (
    client_id        VARCHAR(64)  PRIMARY KEY,
    position         BIGINT       NOT NULL,
    conversation_id  BIGINT       NOT NULL,
    text             CLOB         NOT NULL,
    shared_chat_id   BIGINT,
    shared_label     VARCHAR(100),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the server's refusal; a refused message stays so that its text is not lost
    failure          VARCHAR(2000)
);
