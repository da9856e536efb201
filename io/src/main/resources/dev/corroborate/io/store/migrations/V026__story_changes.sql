-- Schema 26: the events whose storyline, or whose members, changed since the quote step last read them, marked by
-- triggers. The quote step gives each kept speaker mention the storyline of its article's event; an event joined
-- to another storyline, or an article placed into another event, changes it. The step found those mentions by
-- joining every mention with its article's event (177,342 mentions at 100,000 articles, about 1.8 million at a
-- million: 4 to 5 s a batch there); it now joins only the mentions of the marked events' articles, and forgets
-- the marks when it writes the mentions.

CREATE TABLE story_changes (
    event_id TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;

-- A store made before the marks: every event is marked once, so its first run reads every mention as before.
INSERT INTO story_changes(event_id) SELECT id FROM events;

CREATE TRIGGER story_event_written AFTER INSERT ON events BEGIN INSERT OR IGNORE INTO story_changes(event_id) VALUES (NEW.id); END;

CREATE TRIGGER story_event_moved AFTER UPDATE OF story_id, id ON events WHEN OLD.story_id IS NOT NEW.story_id OR OLD.id IS NOT NEW.id BEGIN INSERT OR IGNORE INTO story_changes(event_id) VALUES (NEW.id); END;

CREATE TRIGGER story_member_placed AFTER INSERT ON event_members BEGIN INSERT OR IGNORE INTO story_changes(event_id) VALUES (NEW.event_id); END;

CREATE TRIGGER story_member_moved AFTER UPDATE OF article_id, event_id ON event_members WHEN OLD.article_id IS NOT NEW.article_id OR OLD.event_id IS NOT NEW.event_id BEGIN INSERT OR IGNORE INTO story_changes(event_id) VALUES (NEW.event_id); END;
