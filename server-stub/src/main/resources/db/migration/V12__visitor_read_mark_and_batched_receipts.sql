-- The visitor's read mark joins their delivered mark (V11 says why it does not belong in the
-- conversation's row). Receipts are now written many to a transaction: in the conversation's row
-- a batch of them would also hold the locks that routing and the queue drain take.
ALTER TABLE conversation_visitor_receipt ADD COLUMN read_seq BIGINT DEFAULT 0 NOT NULL;
UPDATE conversation_visitor_receipt r
   SET read_seq = (SELECT c.visitor_read_seq FROM conversation c WHERE c.id = r.conversation_id);
ALTER TABLE conversation DROP COLUMN visitor_read_seq;
