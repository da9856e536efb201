-- Schema 16: what comparing an event keeps so the next comparison of it aligns only the articles
-- added since (compare.KeptAlignment): per article in the event's order, its sentence spans, the
-- statement each sentence joined in the alignment's first pass, and the fingerprint of the quote
-- groups its sentences held. A cache checked against the event it is used for: a row that no longer
-- holds is ignored, so deleting rows never changes a result.

CREATE TABLE compared_alignments (
    event_id  TEXT PRIMARY KEY,            -- the compared event
    stamp     TEXT NOT NULL,               -- the comparer's settings and alignment rules it was made under
    articles  BLOB NOT NULL                -- KeptAlignment.encode(), deflated: one line per article
) STRICT;
