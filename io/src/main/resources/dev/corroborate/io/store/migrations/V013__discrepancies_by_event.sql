-- Schema 13: the discrepancies kept by event, so a run rewrites only the events it compared again
-- (schema 8 numbered every discrepancy of the store in one sequence, so every run rewrote them all).
-- The order is the same: events by id, then the comparison's order within the event.

CREATE TABLE discrepancies_v13 (
    event_id    TEXT NOT NULL,             -- the event whose articles differ
    ordinal     INTEGER NOT NULL,          -- the comparison's order within the event
    kind        TEXT NOT NULL,             -- number, date, name, role, gender, place, negation, quote_wording, attribution_verb
    class       TEXT NOT NULL,             -- conflict, compatible or only_in_one
    "values"    TEXT NOT NULL,             -- JSON array of {articleId, text, start, end, normalized}; UTF-16 offsets
    explanation TEXT NOT NULL,             -- why the values conflict or are compatible
    PRIMARY KEY (event_id, ordinal)
) STRICT;

-- Schema 8's positions increase within each event: they keep the order as ordinals.
INSERT INTO discrepancies_v13(event_id, ordinal, kind, class, "values", explanation)
    SELECT event_id, position, kind, class, "values", explanation FROM discrepancies;

DROP TABLE discrepancies;

ALTER TABLE discrepancies_v13 RENAME TO discrepancies;

-- The summary's counts by kind and class without reading the values.
CREATE INDEX discrepancies_by_kind ON discrepancies(kind, class);
