-- The SLA scheduler evaluates open tickets in batches without locking them (ADR 0040): it stores a
-- batch's results only on the rows whose SLA was not stored again since it read them. Every store of
-- a ticket's SLA (a change of the ticket, a comment, an announcement, a batch) moves sla_revision on;
-- the batch's UPDATE names the revision (and the ticket's version) it read, so a ticket changed
-- meanwhile keeps its newer SLA and is evaluated again. Portable between H2 2.x and PostgreSQL 13+.
ALTER TABLE ticket ADD COLUMN sla_revision BIGINT DEFAULT 0 NOT NULL;
