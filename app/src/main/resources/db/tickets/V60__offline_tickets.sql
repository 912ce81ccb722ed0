-- Offline ticket work (issue 13, ADR 0038). Server copies of the tickets the agent works and their
-- comments, kept from the change log and from reads; the outbox of local edits not yet synced; the
-- map from a ticket made here to the number the backend gave it; the conflicts and rejections the
-- agent has not decided on yet; and what is being typed. Everything local (outbox, problems, drafts)
-- names the account it belongs to, so another account signing in on this machine never pushes it
-- and clearing the server copies never loses it.

-- The ticket as the backend last said it (Ticket as the protocol's JSON). What the agent sees is this
-- with the outbox's pending changes on top, computed when read.
CREATE TABLE offline_ticket (
    id          BIGINT PRIMARY KEY,
    version     BIGINT        NOT NULL,
    -- the client id of the create made on this machine, once it synced (ties outbox entries to it)
    local_key   VARCHAR(64),
    updated_at  TIMESTAMP WITH TIME ZONE,
    data        CLOB          NOT NULL
);
CREATE INDEX offline_ticket_local_key ON offline_ticket (local_key);

CREATE TABLE offline_ticket_comment (
    id         BIGINT PRIMARY KEY,
    ticket_id  BIGINT NOT NULL,
    data       CLOB   NOT NULL
);
CREATE INDEX offline_ticket_comment_ticket ON offline_ticket_comment (ticket_id);

-- Statuses and categories as last read (one JSON list each), for the page offline.
CREATE TABLE offline_ticket_terms (
    kind  VARCHAR(16) PRIMARY KEY,
    data  CLOB        NOT NULL
);

-- One sync client per account and device: the id the backend remembers mutation ids under, and the
-- next mutation id (never reused, also after its entry is gone).
CREATE TABLE ticket_sync_client (
    account           VARCHAR(2200) PRIMARY KEY,
    client_id         VARCHAR(64)   NOT NULL,
    next_mutation_id  BIGINT        NOT NULL
);

-- Local edits, pushed in mutation_id order. ticket_id names a synced ticket, local_key one made here
-- (the create's client id); body is the TicketMutation's create, patch or comment as JSON;
-- base_version is null for a change to a ticket made here, resolved from ticket_local_key when pushed.
CREATE TABLE ticket_outbox (
    mutation_id   BIGINT PRIMARY KEY,
    account       VARCHAR(2200) NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    ticket_id     BIGINT,
    local_key     VARCHAR(64),
    body          CLOB          NOT NULL,
    base_version  BIGINT,
    made_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ticket_outbox_account ON ticket_outbox (account, mutation_id);

-- A ticket made here and numbered by the backend: its id, number and the version its create made; the
-- create's mutation id names the provisional id the views knew it by before (its negative).
CREATE TABLE ticket_local_key (
    local_key        VARCHAR(64) PRIMARY KEY,
    create_mutation  BIGINT      NOT NULL,
    ticket_id        BIGINT      NOT NULL,
    number           VARCHAR(64) NOT NULL,
    created_version  BIGINT      NOT NULL
);

-- A pushed entry the backend did not take as it was: CONFLICT (the fields that kept the backend's value,
-- the ticket as it was then) or REJECTED (the problem). The entry itself (what the agent did) is kept
-- whole, until the agent re-applies or dismisses it.
CREATE TABLE ticket_sync_problem (
    mutation_id  BIGINT PRIMARY KEY,
    account      VARCHAR(2200) NOT NULL,
    outcome      VARCHAR(16)   NOT NULL,
    ticket_id    BIGINT,
    mutation     CLOB          NOT NULL,
    conflicts    CLOB,
    theirs       CLOB,
    problem      CLOB,
    reported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Text being typed (a reply, a note, the new-ticket form), saved while typing and cleared when sent.
CREATE TABLE ticket_draft (
    account    VARCHAR(2200) NOT NULL,
    draft_key  VARCHAR(100)  NOT NULL,
    body       CLOB          NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account, draft_key)
);

-- A committed outbox entry or draft must survive the workstation being killed: H2 writes commits
-- out after half a second by default, which a kill -9 within that time would lose. Persistent.
SET WRITE_DELAY 0;
