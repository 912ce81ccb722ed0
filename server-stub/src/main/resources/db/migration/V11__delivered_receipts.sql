-- Delivered receipts: how far each side's client holds the messages (chat.delivered).

-- An agent's mark sits next to their read mark: the participant row is written only by joins,
-- leaves and receipts.
ALTER TABLE conversation_participant ADD COLUMN delivered_seq BIGINT DEFAULT 0 NOT NULL;

-- The visitor's mark moves with nearly every agent message (up to four times a second per chat).
-- In the conversation's row each move would rewrite the whole row (pre-chat answers included),
-- wait on the row lock that routing and the queue drain take, and add to the row versions that
-- every reader of that busy row passes; here it rewrites two numbers under its own lock.
CREATE TABLE conversation_visitor_receipt (
    conversation_id BIGINT PRIMARY KEY REFERENCES conversation (id),
    delivered_seq   BIGINT NOT NULL
);
INSERT INTO conversation_visitor_receipt (conversation_id, delivered_seq) SELECT id, 0 FROM conversation;
