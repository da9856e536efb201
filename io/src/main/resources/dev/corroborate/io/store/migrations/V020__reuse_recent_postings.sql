-- Schema 20: a batch's reuse postings go to a small table of recent postings, looked up with the
-- main one and merged into it in key order when it grows; inserted into reuse_postings (about 150
-- keys an article, 15 million rows at 100,000 articles), a batch's keys landed on pages all over
-- it, and each batch rewrote most of its pages into the write-ahead log.

-- Postings of the articles filed by batches since the last merge, as reuse_postings holds them
-- (a posting is in one of the two tables, never both).
CREATE TABLE reuse_postings_recent (
    kind     INTEGER NOT NULL,
    hash     INTEGER NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (kind, hash, position)
) STRICT, WITHOUT ROWID;
