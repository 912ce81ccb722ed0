-- Files and images sent in chats. The bytes live in the data folder; the database knows who may read them.
CREATE TABLE attachment (
    id              VARCHAR(32)  PRIMARY KEY,
    conversation_id BIGINT       NOT NULL REFERENCES conversation (id),
    uploader        VARCHAR(64)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    media_type      VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    width           INT,
    height          INT,
    has_thumbnail   BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE message ADD COLUMN attachment_id VARCHAR(32) REFERENCES attachment (id);
