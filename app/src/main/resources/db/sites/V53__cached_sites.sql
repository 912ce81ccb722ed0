-- The sites an administrator manages (issue 12): what the Sites section shows at once and offline,
-- kept from the change log (entity 'site', administrators only) and the list read on opening it.
CREATE TABLE cached_site (
    id      VARCHAR(64) PRIMARY KEY,
    version BIGINT      NOT NULL,
    -- the SiteSettings as the protocol's JSON
    data    CLOB        NOT NULL
);
