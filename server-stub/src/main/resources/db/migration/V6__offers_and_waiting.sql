-- Chats offered to agents who accept by hand, how long offers and waits last per group, and
-- agents' own chat preferences.
ALTER TABLE agent_group ADD COLUMN accept_timeout_seconds INT DEFAULT 30 NOT NULL;
ALTER TABLE agent_group ADD COLUMN max_wait_seconds INT DEFAULT 300 NOT NULL;
ALTER TABLE conversation ADD COLUMN offered_to BIGINT REFERENCES agent (id);
ALTER TABLE conversation ADD COLUMN offered_at TIMESTAMP WITH TIME ZONE;
-- agents who let the offer time out or declined it, as ",12,15,": they are not offered it again
ALTER TABLE conversation ADD COLUMN declined_by VARCHAR(2000) DEFAULT ',' NOT NULL;
ALTER TABLE conversation ADD COLUMN leave_message_offered BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE agent_preference (
    agent_id    BIGINT  PRIMARY KEY REFERENCES agent (id),
    auto_accept BOOLEAN NOT NULL
);
