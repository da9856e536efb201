-- Schema 12: which kept reuse links only a named outlet or agency proposed (not the LSH and
-- fingerprint indexes), so an incremental analyze takes the indexes' kept links among the archive
-- as they are instead of replaying every article's index candidates.

CREATE TABLE reuse_name_links (
    source_id  TEXT NOT NULL,
    derived_id TEXT NOT NULL,
    PRIMARY KEY (source_id, derived_id)
) STRICT;
