-- Schema 7: what the reuse stage keeps between runs, so a run sketches and compares only new articles.

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
