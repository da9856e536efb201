-- Schema 1: articles, the runs that stored them, and what those runs skipped or rejected.
-- Documented in docs/STORE.md; any SQLite tool can read it.

CREATE TABLE articles (
    id                  TEXT PRIMARY KEY,       -- the input's id, or derived from the content
    url                 TEXT,
    outlet              TEXT,
    title               TEXT NOT NULL,
    authors             TEXT NOT NULL,          -- JSON array of strings
    published           TEXT,                   -- ISO-8601 as precise as the source: 2022-08-15, 2022-08-15T12:30+02:00
    published_precision TEXT,                   -- YEAR, MONTH, DAY, MINUTE or SECOND
    published_utc       TEXT,                   -- the instant, for ordering (UTC assumed when no offset was stated)
    language            TEXT,                   -- ISO 639-1
    text                TEXT NOT NULL,          -- clean text, paragraphs separated by a blank line
    ingested_from       TEXT NOT NULL,          -- file, file:line, file@offset or URL
    source_input        TEXT NOT NULL,
    source_line         INTEGER NOT NULL,       -- 0 when the input holds one article
    source_offset       INTEGER NOT NULL,       -- -1 when not meaningful
    run_id              INTEGER NOT NULL REFERENCES runs(id),
    ingested_at         TEXT NOT NULL
) STRICT;

CREATE INDEX articles_by_outlet ON articles(outlet);
CREATE INDEX articles_by_time ON articles(published_utc);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    command     TEXT NOT NULL,                  -- analyze
    inputs      TEXT NOT NULL,                  -- JSON array of the paths given
    config      TEXT NOT NULL,                  -- JSON: the effective configuration
    started_at  TEXT NOT NULL,
    finished_at TEXT,                           -- NULL: the run was interrupted
    counts      TEXT                            -- JSON: inputs per outcome
) STRICT;

CREATE TABLE diagnostics (
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    input       TEXT NOT NULL,
    line        INTEGER NOT NULL,
    byte_offset INTEGER NOT NULL,
    outcome     TEXT NOT NULL,                  -- skipped, rejected, or stored / already present for warnings
    reason      TEXT NOT NULL
) STRICT;

CREATE INDEX diagnostics_by_run ON diagnostics(run_id);
