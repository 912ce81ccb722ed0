-- Where this machine stands with each account's settings on the server (ADR 0025): the document
-- last agreed with the server, and whether the agent changed anything here since (offline) that
-- the server has not stored yet. The settings in effect stay in app_setting, as before.
CREATE TABLE settings_sync (
    account   VARCHAR(2200) PRIMARY KEY,
    base_json CLOB,
    dirty     BOOLEAN NOT NULL
);
