-- The workstation's local cache. Everything here can be rebuilt from the server, except the
-- settings, which are cheap to choose again.

-- The last account signed in on this machine; the token is cleared on sign-out or when the
-- server ends the session, while server and login stay for the login form.
CREATE TABLE cached_session (
    id          TINYINT PRIMARY KEY CHECK (id = 1),
    server_url  VARCHAR(2048) NOT NULL,
    login       VARCHAR(64)   NOT NULL,
    token       VARCHAR(512),
    agent_json  CLOB          NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Synced entities, stored as the protocol's JSON so that new fields need no migration here.
CREATE TABLE cached_agent (
    id       BIGINT PRIMARY KEY,
    version  BIGINT NOT NULL,
    data     CLOB   NOT NULL
);

CREATE TABLE cached_group (
    id       BIGINT PRIMARY KEY,
    version  BIGINT NOT NULL,
    data     CLOB   NOT NULL
);

-- The change-log position up to which the rows above are complete.
CREATE TABLE sync_state (
    id         TINYINT PRIMARY KEY CHECK (id = 1),
    after_seq  BIGINT NOT NULL
);
INSERT INTO sync_state (id, after_seq) VALUES (1, 0);

CREATE TABLE app_setting (
    name           VARCHAR(100)  PRIMARY KEY,
    setting_value  VARCHAR(4096) NOT NULL
);
