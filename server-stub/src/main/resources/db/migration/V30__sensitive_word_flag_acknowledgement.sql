-- A supervisor acknowledges a visitor's flagged message (issue 11): who and when, kept with the flag
-- so that every workstation, node and restart agrees on which flags still wait for a look.
ALTER TABLE sensitive_word_flag ADD COLUMN acknowledged_by BIGINT REFERENCES agent (id);
ALTER TABLE sensitive_word_flag ADD COLUMN acknowledged_at TIMESTAMP WITH TIME ZONE;
-- the flags still waiting, newest first, are what a supervisor's workstation asks for when it connects
CREATE INDEX sensitive_word_flag_waiting ON sensitive_word_flag (acknowledged_at, created_at);
