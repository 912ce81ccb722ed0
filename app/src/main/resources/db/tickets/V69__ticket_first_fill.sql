-- The tickets' first fill through the snapshot (ADR 0038, amendment "the first fill"). One row per
-- account while its cache holds the backend's tickets: the change log's seq read before the first
-- snapshot page (the socket is asked not to send ticket entries up to it: the pages, all read after
-- it, hold those tickets as they were then or newer), the last ticket id written, how many were
-- written, and whether the last page is in. Each page is written in one transaction with this row, so
-- a restart resumes after last_id. A cache filled before this table existed gets a row with
-- snapshot_seq 0 and done (its tickets came from the change log itself); see TicketFill.
CREATE TABLE offline_ticket_fill (
    account       VARCHAR(2200) PRIMARY KEY,
    snapshot_seq  BIGINT        NOT NULL,
    last_id       BIGINT        NOT NULL,
    written       BIGINT        NOT NULL,
    done          BOOLEAN       NOT NULL
);
