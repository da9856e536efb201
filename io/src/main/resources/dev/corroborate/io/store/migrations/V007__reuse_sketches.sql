-- Schema 7: what the reuse and quote stages keep between runs, so a run works only on new articles.

CREATE TABLE reuse_sketches (
    article_id     TEXT PRIMARY KEY REFERENCES articles(id),
    signature      BLOB NOT NULL,     -- MinHash of 5-word shingles: 64 little-endian 64-bit values
    word_signature BLOB NOT NULL,     -- MinHash of content words: 96 values
    fingerprints   BLOB NOT NULL,     -- winnowed shingle fingerprints, any number of values
    names          TEXT NOT NULL      -- JSON array: the outlet and agency names (folded) the text holds
) STRICT;

-- The outlet and agency names every kept sketch's text was searched for.
CREATE TABLE reuse_names (
    name TEXT PRIMARY KEY
) STRICT;

-- What the quote extractor found in each article (JSON array of quotes, empty when none), so a run
-- extracts only the new articles' quotes; grouping and speakers still cover them all.
CREATE TABLE quote_findings (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    findings   TEXT NOT NULL
) STRICT;
