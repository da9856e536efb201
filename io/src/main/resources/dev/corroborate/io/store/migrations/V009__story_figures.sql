-- Schema 9: what the story list shows of each storyline, counted once when the stories or the
-- links are written instead of on every request, and the indexes a one-storyline look-up needs.

-- Each article's standing in the provenance graph of its group: 1 when it counts as an independent
-- source (an article sharing no text always does). Emptied with the reuse links (the same
-- transaction), filled again after every analyze from the whole store's groups.
CREATE TABLE article_sources (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id),
    independent INTEGER NOT NULL
) STRICT;

-- One row per storyline, rewritten with the stories (the same transaction) and after
-- article_sources is filled. independent_sources is NULL while some member has no row in
-- article_sources: readers then count it from the provenance graphs, as before.
CREATE TABLE story_figures (
    story_id            TEXT PRIMARY KEY REFERENCES stories(id),
    articles            INTEGER NOT NULL,
    outlets             INTEGER NOT NULL,
    events              INTEGER NOT NULL,
    independent_sources INTEGER
) STRICT;

CREATE TABLE event_figures (
    event_id            TEXT PRIMARY KEY REFERENCES events(id),
    articles            INTEGER NOT NULL,
    independent_sources INTEGER
) STRICT;

CREATE INDEX events_by_story ON events(story_id);
CREATE INDEX stories_latest_first ON stories(last_published IS NULL, last_published DESC, id);

-- A store migrated from version 8: the counts of its stories now, the independent sources unknown
-- (NULL) until its next analyze.
INSERT INTO event_figures(event_id, articles, independent_sources)
SELECT e.id, (SELECT count(*) FROM event_members m WHERE m.event_id = e.id), NULL FROM events e;

INSERT INTO story_figures(story_id, articles, outlets, events, independent_sources)
SELECT s.id,
       (SELECT count(*) FROM event_members m JOIN events e ON e.id = m.event_id WHERE e.story_id = s.id),
       (SELECT count(DISTINCT j.value) FROM events e, json_each(e.outlets) j WHERE e.story_id = s.id),
       (SELECT count(*) FROM events e WHERE e.story_id = s.id),
       NULL
FROM stories s;
