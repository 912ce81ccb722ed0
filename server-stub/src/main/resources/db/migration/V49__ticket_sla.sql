-- Each ticket's SLA as last evaluated (issue 13, ADR 0029): derived data, recomputed on every
-- change of the ticket and by the SLA scheduler, stored so that queues sort and filter "SLA at risk"
-- over many tickets without evaluating each. Portable between H2 2.x and PostgreSQL 13+.

-- the evaluation shown to clients: JSON of dev.switchboard.shared.sla.TicketSlaStatus (NULL: never evaluated)
ALTER TABLE ticket ADD COLUMN sla TEXT;
-- the ticket's overall state (RUNNING, WARNING, BREACHED, PAUSED, MET; NULL: no policy applies)
ALTER TABLE ticket ADD COLUMN sla_state VARCHAR(16);
-- the earliest due time of the clocks that count now (NULL: none counts): what "SLA at risk" sorts by
ALTER TABLE ticket ADD COLUMN sla_next_due_at TIMESTAMP WITH TIME ZONE;
-- when the scheduler must look at the ticket again: its next warning or breach, or one not yet fired
ALTER TABLE ticket ADD COLUMN sla_next_check_at TIMESTAMP WITH TIME ZONE;
-- TicketSla.settingsVersion() the evaluation was made with; another number means policies or hours changed
ALTER TABLE ticket ADD COLUMN sla_settings_version BIGINT;

CREATE INDEX ticket_sla_next_due ON ticket (sla_next_due_at);
CREATE INDEX ticket_sla_next_check ON ticket (sla_next_check_at);
