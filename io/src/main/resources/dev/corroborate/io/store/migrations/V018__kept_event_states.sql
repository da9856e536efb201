-- Schema 18: what restoring an event needs, kept so that a batch puts an active event back with one
-- read instead of re-joining its articles (docs/STORE.md). Written by the story stage for the events
-- it writes whose state is what joining their articles in order gives, under the frozen weights of
-- story_frozen; forgotten with them (a full run), and ignored by a run whose articles of the event
-- differ from those kept with it.

-- The state in the binary form of dev.corroborate.cluster.KeptEvent: the event's articles in order,
-- its sum and lead-word counts (floats to the bit), lead details, follow-ups, label and its score,
-- span, outlets, and for each article's turn the index listings its join made and how it wrote
-- its names.
CREATE TABLE story_event_states (
    event_id TEXT PRIMARY KEY,
    state    BLOB NOT NULL
) STRICT;
