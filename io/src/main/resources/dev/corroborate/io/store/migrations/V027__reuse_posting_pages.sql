-- Schema 27: the kept reuse index's main postings as pages, one row for the keys of an index that share
-- their top 20 bits, each key with every feed position filed under it, newest first (KeptPostingPages),
-- instead of one row a posting: 15.1 million rows at 100,000 articles took SQLite about 20 s to file in
-- key order, most of a run from scratch's keeping of its reuse results. The recent postings keep their
-- table. The kept index is filed again by the next analyze (which replays the kept sketches once, as
-- after schema 17): the postings rows are not converted here.

DROP TABLE reuse_postings;

CREATE TABLE reuse_posting_pages (
    kind INTEGER NOT NULL,   -- 0 shingle band key, 1 content-word band key, 2 winnowed fingerprint
    page INTEGER NOT NULL,   -- the keys' top 20 bits, unsigned
    body BLOB NOT NULL,      -- little-endian: the number of keys, then each key, its number of positions and the positions, newest first
    PRIMARY KEY (kind, page)
) STRICT, WITHOUT ROWID;

DELETE FROM reuse_feed;
DELETE FROM reuse_postings_recent;
DELETE FROM reuse_mentions;
DELETE FROM kept_stamps WHERE kept = 'reuse postings: main table below position';
