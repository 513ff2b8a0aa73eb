-- Bearer tokens for the write endpoints of `sitrep serve`. Only a SHA-256 hash of each token is kept.
CREATE TABLE api_tokens (
    hash       TEXT NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
