-- Schema 23: what changed since the comparison last kept its results, so a batch fingerprints only the
-- events whose inputs may have changed instead of every event from every quote's standing (2,004 events
-- and 181,000 quotes read to find the 38 a batch of 1,000 into the 100,000 store changed).
--
-- The marks are written by triggers on the tables the comparison reads, whoever writes them (a batch's
-- stories and quotes, a story correction, a recluster): an event whose members come or go, an article
-- whose quotes come, go or change (anything but the diff against the group's reference, which the
-- comparison does not read), a quote group written or gone (its quotes' articles), an article's text or
-- details rewritten. A mark says "may have changed": the comparison fingerprints the events it reaches
-- and compares those whose fingerprint differs from the kept one (and every event of a rewritten
-- article), then forgets the marks it read. A migration that rebuilds one of these tables must create
-- its triggers again.

CREATE TABLE comparison_changes (
    kind TEXT NOT NULL,                    -- event, article (its quotes), group (its quotes' articles) or text (an article's)
    id   TEXT NOT NULL,
    UNIQUE (kind, id)
) STRICT;

-- An article placed, moved or taken out: its events, old and new (a row replaced by INSERT OR REPLACE
-- is looked up before it goes, as delete triggers do not fire for it).
CREATE TRIGGER comparison_member_placed BEFORE INSERT ON event_members BEGIN INSERT OR IGNORE INTO comparison_changes(kind, id) SELECT 'event', event_id FROM event_members WHERE article_id = NEW.article_id UNION ALL SELECT 'event', NEW.event_id; END;

CREATE TRIGGER comparison_member_moved AFTER UPDATE OF article_id, event_id ON event_members WHEN OLD.article_id IS NOT NEW.article_id OR OLD.event_id IS NOT NEW.event_id BEGIN INSERT OR IGNORE INTO comparison_changes(kind, id) VALUES ('event', OLD.event_id), ('event', NEW.event_id); END;

CREATE TRIGGER comparison_member_gone AFTER DELETE ON event_members BEGIN INSERT OR IGNORE INTO comparison_changes(kind, id) VALUES ('event', OLD.event_id); END;

-- A quote found, gone, or given another speaker or group: its article (and a replaced row's).
CREATE TRIGGER comparison_quote_found BEFORE INSERT ON quotes BEGIN INSERT OR IGNORE INTO comparison_changes(kind, id) SELECT 'article', article_id FROM quotes WHERE id = NEW.id UNION ALL SELECT 'article', NEW.article_id; END;

CREATE TRIGGER comparison_quote_changed AFTER UPDATE ON quotes WHEN OLD.id IS NOT NEW.id OR OLD.article_id IS NOT NEW.article_id OR OLD.kind IS NOT NEW.kind OR OLD.quote_start IS NOT NEW.quote_start OR OLD.quote_end IS NOT NEW.quote_end OR OLD.text IS NOT NEW.text OR OLD.speaker_name IS NOT NEW.speaker_name OR OLD.speaker_mention IS NOT NEW.speaker_mention OR OLD.speaker_start IS NOT NEW.speaker_start OR OLD.speaker_end IS NOT NEW.speaker_end OR OLD.speaker_role IS NOT NEW.speaker_role OR OLD.speaker_how IS NOT NEW.speaker_how OR OLD.speaker_id IS NOT NEW.speaker_id OR OLD.cue IS NOT NEW.cue OR OLD.cue_start IS NOT NEW.cue_start OR OLD.cue_end IS NOT NEW.cue_end OR OLD.group_id IS NOT NEW.group_id BEGIN INSERT OR IGNORE INTO comparison_changes(kind, id) VALUES ('article', OLD.article_id), ('article', NEW.article_id); END;

CREATE TRIGGER comparison_quote_gone AFTER DELETE ON quotes BEGIN INSERT OR IGNORE INTO comparison_changes(kind, id) VALUES ('article', OLD.article_id); END;

-- A quote group written (new, or replaced with another size, reference or drift) or gone.
CREATE TRIGGER comparison_group_written AFTER INSERT ON quote_groups BEGIN INSERT OR IGNORE INTO comparison_changes(kind, id) VALUES ('group', NEW.id); END;

CREATE TRIGGER comparison_group_changed AFTER UPDATE ON quote_groups BEGIN INSERT OR IGNORE INTO comparison_changes(kind, id) VALUES ('group', OLD.id), ('group', NEW.id); END;

CREATE TRIGGER comparison_group_gone AFTER DELETE ON quote_groups BEGIN INSERT OR IGNORE INTO comparison_changes(kind, id) VALUES ('group', OLD.id); END;

-- An article's text or details rewritten (no writer does it today: an id is made from the content): its
-- events are compared again whatever their fingerprints say, which name an article by its id. (An article
-- in an event cannot be deleted: its members and quotes refer to it.)
CREATE TRIGGER comparison_article_rewritten AFTER UPDATE ON articles BEGIN INSERT OR IGNORE INTO comparison_changes(kind, id) VALUES ('text', OLD.id), ('text', NEW.id); END;
