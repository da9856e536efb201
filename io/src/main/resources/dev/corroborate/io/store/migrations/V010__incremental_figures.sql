-- Schema 10: what lets a run revisit only what its new articles touch, and tells a kept result
-- made under other settings from a current one.

-- The fingerprint of each compared event's inputs (its articles, the links among them, their quotes
-- with groups and speakers, the comparer's settings), kept with its discrepancies: an event whose
-- fingerprint is unchanged keeps them without being compared again.
CREATE TABLE compared_events (
    event_id    TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL
) STRICT;

-- For each group of articles joined by shared text (keyed by its first article id): the fingerprint
-- of its articles and links, how many independent sources stand behind it (the summary's line), and
-- which of its articles are not independent sources (a JSON array of ids: article_sources is
-- rewritten from these after every analyze without building the graphs of unchanged groups).
CREATE TABLE provenance_figures (
    group_key           TEXT PRIMARY KEY,
    fingerprint         TEXT NOT NULL,
    independent_sources INTEGER NOT NULL,
    dependent           TEXT NOT NULL
) STRICT;

-- The settings a kept result was made with, by what it is ("reuse sketches", "quote findings"): a
-- run whose settings stamp differs does not reuse it.
CREATE TABLE kept_stamps (
    kept  TEXT PRIMARY KEY,
    stamp TEXT NOT NULL
) STRICT;

-- What speaker resolution keeps of each name form (by a hash of its key): the fingerprint of its
-- mentions with their names, roles, stories and quote groups, and its person. A run resolves again
-- only the people a changed or new name form touches.
CREATE TABLE speaker_identities (
    identity    TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    speaker_id  TEXT NOT NULL
) STRICT;
