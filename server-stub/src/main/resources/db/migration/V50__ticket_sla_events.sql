-- The SLA warnings and breaches fired for each ticket (issue 13, ADR 0029): one row per ticket and
-- event key (target:kind:cycleStart), written in the transaction that announces the event with the
-- ticket's row locked, so that every node together fires each event exactly once.
CREATE TABLE ticket_sla_event (
    ticket_id  BIGINT      NOT NULL REFERENCES ticket (id),
    event_key  VARCHAR(80) NOT NULL,
    target     VARCHAR(16) NOT NULL,
    kind       VARCHAR(8)  NOT NULL,
    -- the instant the event was due (inside business hours) and the instant it was announced
    event_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the policy that applied then (no reference: a policy may be deleted, the record stays)
    policy_id  BIGINT,
    PRIMARY KEY (ticket_id, event_key)
);
