-- Schema 17: the reuse indexes kept as postings, so a batch looks up only its new articles' keys
-- (it filed every kept sketch in memory again before), and reads and writes only the links its
-- new articles change. Filled by the first analyze after the upgrade (which replays the kept
-- sketches once), then kept with the links and sketches in one transaction.

-- Every sketched article's place in the feed (published_utc, unknown times last, then id), the
-- number the postings give it, with what a lookup compares of it.
CREATE TABLE reuse_feed (
    position      INTEGER PRIMARY KEY,   -- 0 first
    article_id    TEXT NOT NULL UNIQUE,
    compact_words BLOB NOT NULL          -- the low 16 bits of each content-word signature value: 96 little-endian values
) STRICT;

-- The indexes' postings: under each key, every article filed under it.
CREATE TABLE reuse_postings (
    kind     INTEGER NOT NULL,           -- 0 shingle band key, 1 content-word band key, 2 winnowed fingerprint
    hash     INTEGER NOT NULL,           -- the key (0 is kept as 1, as the indexes hold it)
    position INTEGER NOT NULL,           -- reuse_feed.position
    PRIMARY KEY (kind, hash, position)
) STRICT, WITHOUT ROWID;

-- Which kept articles' texts hold which outlet or agency name (folded): whose name candidates a
-- batch's outlets can change.
CREATE TABLE reuse_mentions (
    name     TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (name, position)
) STRICT, WITHOUT ROWID;

-- The summary's link counts without reading the links.
CREATE INDEX reuse_links_by_relation ON reuse_links(relation);

-- The articles in feed order with what the reuse indexes need of each, without reading a row of
-- articles (whose texts lie before the agency column: every text was read to walk the feed).
CREATE INDEX articles_in_feed_order ON articles(published_utc IS NULL, published_utc, id, outlet, agency, published);
