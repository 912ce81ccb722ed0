-- How far the visitor's page holds each chat (the widget's chat.delivered), next to how far they read.
ALTER TABLE chat_conversation ADD COLUMN visitor_delivered_seq BIGINT DEFAULT 0 NOT NULL;
