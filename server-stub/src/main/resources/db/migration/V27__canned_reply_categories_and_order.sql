-- Canned replies get a category (a label the manager groups them by) and a place among the
-- replies of their scope (an owner's personal replies, or one group's), which agents reorder.
-- Replies stored before keep the order they were created in.
ALTER TABLE canned_reply ADD COLUMN category VARCHAR(40);
ALTER TABLE canned_reply ADD COLUMN position INT DEFAULT 0 NOT NULL;
UPDATE canned_reply SET position = CAST(id AS INT);
