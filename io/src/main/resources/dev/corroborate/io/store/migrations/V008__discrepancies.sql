-- Schema 8: the discrepancies among each event's articles (the discrepancies export), rebuilt by
-- each analyze and recluster.

CREATE TABLE discrepancies (
    position    INTEGER PRIMARY KEY,       -- the comparison's order: events by id, then by first value
    event_id    TEXT NOT NULL,             -- the event whose articles differ
    kind        TEXT NOT NULL,             -- number, date, name, role, gender, place, negation, quote_wording, attribution_verb
    class       TEXT NOT NULL,             -- conflict, compatible or only_in_one
    "values"    TEXT NOT NULL,             -- JSON array of {articleId, text, start, end, normalized}; UTF-16 offsets
    explanation TEXT NOT NULL              -- why the values conflict or are compatible
) STRICT;

CREATE INDEX discrepancies_by_event ON discrepancies(event_id, position);
