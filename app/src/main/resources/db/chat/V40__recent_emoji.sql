-- The emoji each account picked last (the emoji picker's "Recently used"), newest first. Kept per
-- account (the server's address and the agent's id) rather than cleared when another account
-- signs in: colleagues who share a machine each find their own again, and nothing here is private.
-- (V40: the version issue 11 gave the workstation's remaining gaps; all cache folders share one sequence.)
CREATE TABLE recent_emoji (
    account   VARCHAR(2100) NOT NULL,
    position  INT           NOT NULL,
    emoji     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (account, position)
);
