-- The event store on PostgreSQL. Dates are ISO-8601 text; *_day columns are days since 1970-01-01.

CREATE TABLE articles (
    seq          BIGSERIAL PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    url          TEXT    UNIQUE,
    content_hash TEXT    NOT NULL UNIQUE,
    minhash      BYTEA   NOT NULL,
    band0        BIGINT  NOT NULL,
    band1        BIGINT  NOT NULL,
    band2        BIGINT  NOT NULL,
    band3        BIGINT  NOT NULL,
    band4        BIGINT  NOT NULL,
    band5        BIGINT  NOT NULL,
    band6        BIGINT  NOT NULL,
    band7        BIGINT  NOT NULL,
    title        TEXT,
    source       TEXT,
    published    TEXT,
    body         TEXT    NOT NULL,
    ingested_at  TEXT    NOT NULL,
    duplicate_of TEXT    REFERENCES articles (id)
);
-- MinHash bands: near-duplicate texts share at least one band with high probability.
CREATE INDEX articles_band0 ON articles (band0);
CREATE INDEX articles_band1 ON articles (band1);
CREATE INDEX articles_band2 ON articles (band2);
CREATE INDEX articles_band3 ON articles (band3);
CREATE INDEX articles_band4 ON articles (band4);
CREATE INDEX articles_band5 ON articles (band5);
CREATE INDEX articles_band6 ON articles (band6);
CREATE INDEX articles_band7 ON articles (band7);

CREATE TABLE events (
    seq            BIGSERIAL PRIMARY KEY,
    event_date     TEXT,
    time_precision INTEGER,
    event_type     TEXT    NOT NULL,
    sub_event_type TEXT    NOT NULL,
    actor1         TEXT,
    actor2         TEXT,
    actor1_type    INTEGER,
    actor2_type    INTEGER,
    blamed_on      TEXT,
    claimed_by     TEXT,
    country        TEXT,
    admin1         TEXT,
    location       TEXT,
    latitude       DOUBLE PRECISION,
    longitude      DOUBLE PRECISION,
    geo_precision  INTEGER,
    fatalities     INTEGER,
    injuries       INTEGER,
    weapon         TEXT,
    summary        TEXT,
    evidence       TEXT    NOT NULL,
    confidence     DOUBLE PRECISION    NOT NULL,
    status         TEXT    NOT NULL,
    redirect_to    BIGINT  REFERENCES events (seq),
    revision       INTEGER NOT NULL,
    min_day        INTEGER,
    max_day        INTEGER,
    coarse         INTEGER NOT NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
-- Candidates without a usable point (coarse or unlocated) are found by country and day.
CREATE INDEX events_country_day ON events (country, coarse, min_day);
CREATE INDEX events_date ON events (event_date);

CREATE TABLE event_sources (
    event_seq  BIGINT  NOT NULL REFERENCES events (seq),
    article_id TEXT    NOT NULL REFERENCES articles (id),
    reported   TEXT    NOT NULL,
    added_at   TEXT    NOT NULL,
    PRIMARY KEY (event_seq, article_id)
);
CREATE INDEX event_sources_article ON event_sources (article_id);

CREATE TABLE event_history (
    event_seq  BIGINT  NOT NULL REFERENCES events (seq),
    revision   INTEGER NOT NULL,
    at         TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    article_id TEXT,
    reason     TEXT    NOT NULL,
    changes    TEXT    NOT NULL,
    PRIMARY KEY (event_seq, revision)
);

-- Located events: days by latitude as a GiST-indexed box (no PostGIS needed); longitude is checked per row.
CREATE TABLE event_index (
    id      BIGINT PRIMARY KEY REFERENCES events (seq),
    min_day INTEGER          NOT NULL,
    max_day INTEGER          NOT NULL,
    min_lat DOUBLE PRECISION NOT NULL,
    max_lat DOUBLE PRECISION NOT NULL,
    min_lon DOUBLE PRECISION NOT NULL,
    max_lon DOUBLE PRECISION NOT NULL
);
CREATE INDEX event_index_box ON event_index USING gist (box(point(min_day, min_lat), point(max_day, max_lat)));
