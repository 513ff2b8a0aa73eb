-- Alerts of `sitrep serve`: saved watches, and an outbox of webhook deliveries that outlives restarts.
CREATE TABLE watches (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT             NOT NULL,
    kind           TEXT             NOT NULL,
    latitude       DOUBLE PRECISION,
    longitude      DOUBLE PRECISION,
    radius_km      DOUBLE PRECISION,
    polygon        TEXT,
    country        TEXT,
    admin1         TEXT,
    event_types    TEXT             NOT NULL,
    min_fatalities INTEGER          NOT NULL,
    webhook_url    TEXT             NOT NULL,
    created_at     TEXT             NOT NULL
);

CREATE TABLE alert_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    watch_id        BIGINT  NOT NULL,
    dedupe_key      TEXT    NOT NULL,
    webhook_url     TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TEXT    NOT NULL,
    delivered_at    TEXT,
    last_error      TEXT,
    created_at      TEXT    NOT NULL,
    UNIQUE (watch_id, dedupe_key)
);
-- Due deliveries are found by time; delivered rows stay as the record of what was sent.
CREATE INDEX alert_outbox_due ON alert_outbox (delivered_at, next_attempt_at);
