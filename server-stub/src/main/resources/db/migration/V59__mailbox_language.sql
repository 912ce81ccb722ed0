-- The language of the texts the backend writes into a mailbox's mails (issue 13, ADR 0041): the
-- subject's reply prefix and the footer. Simplified Chinese unless an administrator says English;
-- existing mailboxes get the default. Portable between H2 2.x and PostgreSQL 13+.
ALTER TABLE mailbox ADD COLUMN language VARCHAR(35) DEFAULT 'zh-CN' NOT NULL;
