-- Feed items already handled, so that polling a feed again fetches only what is new. An item is recorded
-- under each of its keys (guid and canonical link); seen_at is an ISO-8601 instant.

CREATE TABLE feed_items (
    source  TEXT NOT NULL,
    key     TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (source, key)
);
