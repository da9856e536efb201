-- Schema 14: what quote grouping and speaker resolution keep, so a run reads only what its new
-- quotes and mentions touch (schema 10's fingerprints needed every name form and quote each run).
-- Written whole by a run that groups and resolves everything, then row by row; kept_stamps row
-- "quote index" says it is whole and under which settings.

-- Each groupable quote's content words (four or more quoted words): what regrouping compares.
CREATE TABLE quote_words (
    quote_id   TEXT NOT NULL,              -- article id # start offset (the quotes row's id)
    ordinal    INTEGER NOT NULL,           -- 0; 1, 2… for a later finding at the same offset
    article_id TEXT NOT NULL,
    words      TEXT NOT NULL,              -- the content words, sorted, space separated
    PRIMARY KEY (quote_id, ordinal)
) STRICT, WITHOUT ROWID;

-- The findings that share an offset with another: revisited by every regrouping.
CREATE INDEX quote_words_sharing ON quote_words(quote_id) WHERE ordinal > 0;
CREATE INDEX quote_words_by_article ON quote_words(article_id);

-- How many groupable quotes hold each content word (what decides "too common", maxPostings), and
-- which: listed while the word is not too common (a too common word proposes no candidates, and its
-- holders are read only the run it becomes so), one row a word rather than one a holder, so a run reads
-- a few thousand rows, not hundreds of thousands.
CREATE TABLE quote_word_counts (
    word    TEXT PRIMARY KEY,
    quotes  INTEGER NOT NULL,
    holders TEXT                           -- JSON array of "ordinal:quote id", in key order; null when too common
) STRICT, WITHOUT ROWID;

-- Each speaker name form: the mentions whose names fold to the same words (a description's only
-- within its article), with its person.
CREATE TABLE speaker_forms (
    identity   TEXT PRIMARY KEY,           -- a hash of the form's key
    words      TEXT NOT NULL,              -- the name's words, folded, titles removed, space separated
    named      INTEGER NOT NULL,           -- 1 for a name, 0 for a description ("the letter")
    scope      TEXT,                       -- a description's article, null for a name
    speaker_id TEXT NOT NULL               -- its person (speakers.id)
) STRICT;

CREATE INDEX speaker_forms_by_speaker ON speaker_forms(speaker_id);

-- The blocks each form is compared in: each word, and each word's first letters (prefixed ">").
CREATE TABLE speaker_form_blocks (
    block    TEXT NOT NULL,
    identity TEXT NOT NULL,
    PRIMARY KEY (block, identity)
) STRICT, WITHOUT ROWID;

-- Each speaker mention (one per article and speaker offset): its form, story, quote groups and quotes.
CREATE TABLE speaker_mentions (
    mention_key  TEXT PRIMARY KEY,         -- article id # speaker start offset
    identity     TEXT NOT NULL,            -- speaker_forms.identity
    article_id   TEXT NOT NULL,
    story_key    TEXT NOT NULL,            -- the article's storyline when resolved
    speaker      TEXT NOT NULL,            -- JSON: the speaker mention (name, mention, offsets, role, how)
    quote_groups TEXT NOT NULL,            -- JSON array, sorted
    quotes       INTEGER NOT NULL          -- how many quotes (findings) it is given
) STRICT;

CREATE INDEX speaker_mentions_by_identity ON speaker_mentions(identity);
CREATE INDEX speaker_mentions_by_article ON speaker_mentions(article_id);

-- Schema 10's fingerprints of every name form: replaced by the forms and mentions above.
DROP TABLE speaker_identities;
