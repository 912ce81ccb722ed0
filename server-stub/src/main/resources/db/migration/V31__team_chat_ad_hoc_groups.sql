-- Ad-hoc groups in the internal chat (issue 11, ADR 17): conversations of kind AD_HOC that agents
-- make themselves, with a name, their members in team_member and an owner who adds and removes
-- them. A member reads the messages after the one before they joined (joined_seq); changes of the
-- group (made, members added or removed, someone left, renamed) are messages of kind EVENT.

-- the name an AD_HOC group was given (a GROUP conversation is named by its agent group)
ALTER TABLE team_conversation ADD COLUMN title VARCHAR(60);
-- who adds and removes an AD_HOC group's members: its creator, then its longest member; null once empty
ALTER TABLE team_conversation ADD COLUMN owner_id BIGINT REFERENCES agent (id);

-- the member reads the messages after this seq: an AD_HOC group's history from when they joined (0 otherwise)
ALTER TABLE team_member ADD COLUMN joined_seq BIGINT DEFAULT 0 NOT NULL;

-- an EVENT's TeamEvent as the protocol's JSON: {"type","agentIds","title"}
ALTER TABLE team_message ADD COLUMN event TEXT;
