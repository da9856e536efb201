-- Schema 5: quotes, the people who said them, and the groups of the same statement across
-- articles (the quotes export), rebuilt by each analyze.

CREATE TABLE speakers (
    id        TEXT PRIMARY KEY,            -- sp-…, stable for the same mentions
    name      TEXT NOT NULL,               -- the fullest name met
    variants  TEXT NOT NULL,               -- JSON array of every name form met
    roles     TEXT NOT NULL,               -- JSON array of roles and titles met
    quotes    INTEGER NOT NULL,            -- how many quotes are attributed to this person
    evidence  TEXT NOT NULL                -- JSON array: why variants were taken as one person
) STRICT;

CREATE TABLE quote_groups (
    id           TEXT PRIMARY KEY,         -- qg-…, stable for the same quotes
    reference_id TEXT NOT NULL,            -- the quote whose wording the others are compared with
    size         INTEGER NOT NULL,         -- how many quotes (of different articles) the group holds
    drift        TEXT NOT NULL             -- JSON array: changed words, truncated, different speaker…
) STRICT;

CREATE TABLE quotes (
    id              TEXT PRIMARY KEY,      -- article id # start offset
    article_id      TEXT NOT NULL REFERENCES articles(id),
    kind            TEXT NOT NULL,         -- direct or reported
    quote_start     INTEGER NOT NULL,      -- UTF-16 offsets into the article's text
    quote_end       INTEGER NOT NULL,
    text            TEXT NOT NULL,
    speaker_name    TEXT,                  -- null when the article does not say who spoke
    speaker_mention TEXT,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    speaker_role    TEXT,
    speaker_how     TEXT,                  -- the attribution pattern that found the speaker
    speaker_id      TEXT REFERENCES speakers(id),
    cue             TEXT NOT NULL,         -- the speech verb or phrase, or empty
    cue_start       INTEGER,
    cue_end         INTEGER,
    group_id        TEXT REFERENCES quote_groups(id),
    diff            TEXT                   -- the word diff against the group's reference wording
) STRICT;

CREATE INDEX quotes_by_article ON quotes(article_id, quote_start);
CREATE INDEX quotes_by_group ON quotes(group_id);
CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
