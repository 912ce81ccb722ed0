-- Whether agents of a site see what its visitors type before they send it (chat.draft); off until
-- an administrator turns it on, and the widget then says so in its privacy note.
ALTER TABLE site ADD COLUMN typing_preview BOOLEAN DEFAULT FALSE NOT NULL;
