-- Wrap-up categories edited in the workstation's Administration page: each change of a category
-- (name, on or off, its place) must carry the version it was read with, so that two
-- administrators never overwrite each other unseen. Categories stored before start at 1.
ALTER TABLE wrapup_category ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
