-- Every change of any group's business hours bumps this number (issue 13, SLA): the SLA
-- calendars are the groups' hours, and the ticket core recomputes its stored due times when the
-- policies' or the hours' number moved (ADR 0029).
INSERT INTO cached_rows_version (name, version) VALUES ('business_hours', 0);
