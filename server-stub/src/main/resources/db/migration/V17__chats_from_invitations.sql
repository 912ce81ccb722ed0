-- A chat a visitor started by accepting an invitation remembers it: the invitation starts one chat
-- at most, its text is the chat's first line, and routing gives the chat to the inviting agent
-- when they can take it (invited_by; null for a rule's invitation, which names no agent).
ALTER TABLE conversation ADD COLUMN invitation_id BIGINT REFERENCES invitation (id);
ALTER TABLE conversation ADD COLUMN invited_by BIGINT REFERENCES agent (id);
CREATE INDEX conversation_by_invitation ON conversation (invitation_id);
