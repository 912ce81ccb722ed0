-- Chat at thousands of messages a second.

-- A routing decision lists every agent considered: kilobytes with a large team. In the
-- conversation's row it was copied with every change of the row (status, read receipts); in a
-- table of its own it is written once per decision.
CREATE TABLE conversation_routing (
    conversation_id BIGINT PRIMARY KEY REFERENCES conversation (id),
    routing         TEXT   NOT NULL
);
INSERT INTO conversation_routing (conversation_id, routing) SELECT id, routing FROM conversation WHERE routing IS NOT NULL;
ALTER TABLE conversation DROP COLUMN routing;

-- A conversation's last message seq changes with every message: in the conversation's row, each
-- change also updated every index of the table. Its own narrow table keeps the row lock that
-- gives concurrent senders consecutive numbers.
CREATE TABLE conversation_seq (
    conversation_id BIGINT PRIMARY KEY REFERENCES conversation (id),
    last_seq        BIGINT NOT NULL
);
INSERT INTO conversation_seq (conversation_id, last_seq) SELECT id, last_seq FROM conversation;
ALTER TABLE conversation DROP COLUMN last_seq;

-- Ids are handed out from a cache of 1000: H2 writes its store each time a cache runs out (every
-- 32 ids by default), which cost more than the messages' own commits. A cache lost in a crash
-- leaves a gap in ids, never a repeat; messages are ordered by their per-conversation seq.
ALTER TABLE message ALTER COLUMN id SET CACHE 1000;
ALTER TABLE conversation ALTER COLUMN id SET CACHE 1000;

-- A waiting chat's place in its group's queue (higher priority first, then the longest waiting).
CREATE INDEX conversation_queue ON conversation (status, group_id, priority, id);
-- Chats given out today, for least-load routing.
CREATE INDEX conversation_by_assigned ON conversation (assigned_at);
