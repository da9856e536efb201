-- Schema 6: events (one happening), storylines (events that follow from each other), each
-- article's place with the reasons, and the users' corrections, which survive a recluster.

CREATE TABLE stories (
    id              TEXT PRIMARY KEY,      -- st-…
    label           TEXT NOT NULL,         -- the label of its first event
    first_published TEXT,                  -- ISO-8601, null when no article has a time
    last_published  TEXT
) STRICT;

CREATE TABLE events (
    id              TEXT PRIMARY KEY,      -- ev-…, from the article that started it
    story_id        TEXT NOT NULL REFERENCES stories(id),
    label           TEXT NOT NULL,         -- the headline of the article closest to the event's centre
    key_names       TEXT NOT NULL,         -- JSON array of the names that weigh most
    outlets         TEXT NOT NULL,         -- JSON array
    first_published TEXT,
    last_published  TEXT
) STRICT;

CREATE TABLE event_members (
    article_id      TEXT PRIMARY KEY REFERENCES articles(id),
    event_id        TEXT NOT NULL REFERENCES events(id),
    position        INTEGER NOT NULL,      -- the order in which articles were placed
    started         INTEGER NOT NULL,      -- 1 when this article started its event
    score           REAL NOT NULL,         -- its similarity to the event when it joined
    reasons         TEXT NOT NULL,         -- JSON array: shared names and terms, links, merges, decisions
    runner_up_event TEXT,                  -- the next best event, or null
    runner_up_score REAL
) STRICT;

CREATE INDEX event_members_by_event ON event_members(event_id, position);

CREATE TABLE story_decisions (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    kind              TEXT NOT NULL,       -- merge, split or move
    article_ids       TEXT NOT NULL,       -- JSON array
    target_article_id TEXT,                -- for move: an article of the event moved to
    decided_at        TEXT NOT NULL
) STRICT;
