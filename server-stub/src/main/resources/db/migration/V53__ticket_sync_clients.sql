-- The offline ticket sync (issue 13, ADR 0034). Portable between H2 2.x and PostgreSQL 13+.
-- Per signed-in account and sync client (a workstation's cache), the last outbox mutation id the
-- backend has consumed: applied, merged or refused. It moves in the same transaction as the
-- mutation's effects, so a crash between the two cannot apply a mutation twice nor lose one; a push
-- locks the row for each mutation, so two pushes of one client on any node take turns.
CREATE TABLE ticket_sync_client (
    account_id       BIGINT       NOT NULL REFERENCES agent (id),
    client_id        VARCHAR(100) NOT NULL,
    last_mutation_id BIGINT       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, client_id)
);

-- The ticket versions a sync client's own changes made. A later change of the same outbox, made
-- offline from the same base version, does not collide with them: the agent made it on top of their
-- own earlier change (ADR 0034). Written in the transaction of the change that made the version.
CREATE TABLE ticket_sync_version (
    ticket_id  BIGINT       NOT NULL REFERENCES ticket (id),
    version    BIGINT       NOT NULL,
    account_id BIGINT       NOT NULL,
    client_id  VARCHAR(100) NOT NULL,
    PRIMARY KEY (ticket_id, version)
);
