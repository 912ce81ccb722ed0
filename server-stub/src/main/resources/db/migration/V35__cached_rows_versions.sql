-- Routing rules, invitation rules and blocks are read on every chat, every second and every widget
-- connection, so each node keeps a copy in memory (ADR 0008: a cache of database rows). A change
-- bumps its kind's number here in the change's own transaction; a node compares the number with its
-- copy's before using it and reloads when another node changed the rows. The row lock taken by the
-- bump also makes changes of one kind take turns across nodes (the rules' order, a new rule's place).
CREATE TABLE cached_rows_version (
    name    VARCHAR(40) PRIMARY KEY,
    version BIGINT      NOT NULL
);

INSERT INTO cached_rows_version (name, version) VALUES ('routing_rule', 0);
INSERT INTO cached_rows_version (name, version) VALUES ('invitation_rule', 0);
INSERT INTO cached_rows_version (name, version) VALUES ('visitor_block', 0);
