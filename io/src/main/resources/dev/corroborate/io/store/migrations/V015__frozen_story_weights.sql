-- Schema 15: what a daily batch into a large store places its articles with, so that it restores
-- only the events it can touch instead of re-joining every article (docs/STORE.md). Written by a
-- full story run over at least dev.corroborate.pipeline.StoryStage#FROZEN_FLOOR articles, together
-- with the events it wrote; forgotten before any full run writes its events.

-- The document frequencies of story_terms as that run weighed with them, frozen: a batch weighs
-- its new articles with these, as the kept events were weighed, until the corpus has grown by more
-- than StoryStage#REFRESH_GROWTH of `documents` (then a full run freezes them again).
CREATE TABLE story_frozen_terms (
    term      TEXT PRIMARY KEY,
    documents INTEGER NOT NULL
) STRICT;

-- One row: how many articles the frozen frequencies count, how many users' decisions the run that
-- froze them replayed (a decision added since makes the next run a full one), and the settings
-- stamp of the story features they were counted from.
CREATE TABLE story_frozen (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    documents INTEGER NOT NULL,
    decisions INTEGER NOT NULL,
    stamp     TEXT NOT NULL
) STRICT;

-- Each storyline's sum of its articles' vectors (cut to the strongest features), as the last run
-- left it, in the text form of dev.corroborate.cluster.StoryState (a "feature<TAB>weight" line per
-- feature): a batch restores only some of a storyline's events, and places new events by it.
CREATE TABLE story_sums (
    story_id TEXT PRIMARY KEY,
    sum      TEXT NOT NULL
) STRICT;
