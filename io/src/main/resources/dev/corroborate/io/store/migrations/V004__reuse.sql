-- Schema 4: the derivations found between articles (the reuse export), rebuilt by each analyze.

CREATE TABLE reuse_links (
    source_id            TEXT NOT NULL REFERENCES articles(id),
    derived_id           TEXT NOT NULL REFERENCES articles(id),
    relation             TEXT NOT NULL,          -- copy, partial, rewrite or cites
    score                REAL NOT NULL,          -- strength of the relation, 0..1
    direction_confidence REAL NOT NULL,          -- how sure the direction is, 0..1
    passages             TEXT NOT NULL,          -- JSON: [{source_start, source_end, derived_start, derived_end}]
    evidence             TEXT NOT NULL,          -- JSON array of sentences
    PRIMARY KEY (source_id, derived_id)
) STRICT;

CREATE INDEX reuse_links_by_derived ON reuse_links(derived_id);
