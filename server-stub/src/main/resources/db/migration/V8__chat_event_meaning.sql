-- What an event line means (a ChatEvent as JSON: type and names), so clients word it in their
-- reader's language; the body keeps the English sentence. Null for other messages.
ALTER TABLE message ADD COLUMN event_json VARCHAR(1000);
