-- The client address each chat was started from: the chats one address may have waiting are
-- capped, and the queue takes turns between addresses (docs/decisions/0007).
ALTER TABLE conversation ADD COLUMN client_address VARCHAR(64);
CREATE INDEX conversation_address_status ON conversation (client_address, status);
