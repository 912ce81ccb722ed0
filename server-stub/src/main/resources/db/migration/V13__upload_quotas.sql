-- Upload quotas count a visitor's files of the last day and a chat's files on every upload.
CREATE INDEX attachment_uploader_created ON attachment (uploader, created_at);
CREATE INDEX attachment_conversation ON attachment (conversation_id);
