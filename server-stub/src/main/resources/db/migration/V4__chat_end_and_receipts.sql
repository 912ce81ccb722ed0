-- Who ended a chat, and how far each side has read.
ALTER TABLE conversation ADD COLUMN ended_by VARCHAR(100);
ALTER TABLE conversation ADD COLUMN visitor_read_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE conversation_participant ADD COLUMN read_seq BIGINT DEFAULT 0 NOT NULL;
