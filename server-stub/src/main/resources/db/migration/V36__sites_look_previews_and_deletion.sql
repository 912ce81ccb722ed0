-- Sites as administrators manage them in the workstation (issue 12, ADR 0023): the widget's look
-- (a WidgetLook as JSON: colours, corner, offsets, greeting and offline texts; NULL for the
-- widget's own), deletion that keeps the site's row for the visitors and chats that name it, and
-- previews of settings not saved yet, which any node may be asked to show.

ALTER TABLE site ADD COLUMN look TEXT;
-- set when an administrator deleted the site: its widget stops, its key is not given again
ALTER TABLE site ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE site_preview (
    -- 128 random bits, URL-safe base64: whoever has the link sees the preview, nobody guesses one
    id         VARCHAR(32) PRIMARY KEY,
    site       VARCHAR(64) NOT NULL REFERENCES site (id),
    -- the SiteSettings as previewed (look and pre-chat form)
    settings   TEXT        NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX site_preview_expiry ON site_preview (expires_at);
