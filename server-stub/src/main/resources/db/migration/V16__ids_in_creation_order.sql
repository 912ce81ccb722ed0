-- Conversation and message ids follow the order in which they were created: a waiting chat's place
-- in its queue, a visitor's earlier chats and the widget's "is this a newer chat" compare ids.
-- V10 gave both a cache of 1000 ids to save H2 a store write every 32 ids; H2's cache is the
-- database's, so its ids stay in order. PostgreSQL caches per session: two pooled connections
-- handed out 1, 2, ... and 1001, 1002, ... side by side, and a later chat could sort first. It
-- writes no store when a sequence advances, so there it takes no cache (${idCache} is 1).
ALTER TABLE message ALTER COLUMN id SET CACHE ${idCache};
ALTER TABLE conversation ALTER COLUMN id SET CACHE ${idCache};
