-- Transcripts the agent opened in the History page, for reading them offline: the newest few
-- hundred are kept (TranscriptCache), as the protocol's JSON.
CREATE TABLE history_transcript (
    id         BIGINT PRIMARY KEY,
    data       CLOB   NOT NULL,
    cached_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
