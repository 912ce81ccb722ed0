-- Chat history search (docs/decisions/0014-history-search.md). Portable between H2 2.x and PostgreSQL 13+.

-- A chat's words, once it has ended: CJK text as single characters and pairs of neighbours
-- (bigrams), other text as lower-cased words, each once per chat. A search looks its words up
-- here and checks the chats found against their messages. Chats not indexed yet (open, or ended a
-- moment ago) are searched in their messages directly.
CREATE TABLE history_token (
    token           VARCHAR(64) NOT NULL,
    conversation_id BIGINT      NOT NULL REFERENCES conversation (id)
);
-- a word's chats from the newest: a search reads the first page and stops
CREATE UNIQUE INDEX history_token_postings ON history_token (token, conversation_id DESC);

-- Set, in the same transaction as the chat's tokens, by whichever node indexed the chat first.
ALTER TABLE conversation ADD COLUMN search_indexed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX conversation_search_pending ON conversation (search_indexed, id);

-- The history's other filters: chats of a group, chats an agent took part in.
CREATE INDEX conversation_by_group ON conversation (group_id, id);
CREATE INDEX conversation_participant_by_agent ON conversation_participant (agent_id, conversation_id);
