-- A waiting ticket's pending reminder (issue 13, time events for triggers): the agent sets
-- pending_until when choosing a waiting status; when it comes, the triggers of the PENDING_REMINDER
-- event run once. pending_reminded_until is the pending_until whose reminder was run: the sweep of
-- every node claims a reminder by setting it, under the ticket's row lock, so a reminder runs once
-- per value of pending_until however many nodes look. Portable between H2 2.x and PostgreSQL 13+.
ALTER TABLE ticket ADD COLUMN pending_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN pending_reminded_until TIMESTAMP WITH TIME ZONE;

CREATE INDEX ticket_pending_until ON ticket (pending_until);
