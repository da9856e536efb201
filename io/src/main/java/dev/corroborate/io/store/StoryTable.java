package dev.corroborate.io.store;

import dev.corroborate.pipeline.StorySink;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code stories}, {@code events}, {@code event_members} and {@code story_decisions} tables: the story stage's results, replaced by every run, and the users' corrections, kept. Not thread-safe. */
final class StoryTable implements StorySink {

    private final Database db;

    StoryTable(Database db) {
        this.db = db;
    }

    /**
     * Replaces every stored event, storyline and membership with a clustering's result, in one
     * transaction; {@code stories} are those that still hold events.
     */
    @Override
    public void replaceStories(List<dev.corroborate.model.Storyline> stories,
                               List<dev.corroborate.model.Event> events,
                               Map<String, dev.corroborate.model.Assignment> assignments) {
        db.inTransaction("storing " + events.size() + " events", () -> {
            try (Statement delete = db.connection().createStatement();
                 PreparedStatement story = db.connection().prepareStatement("INSERT INTO stories(id, label, first_published, "
                         + "last_published) VALUES (?, ?, ?, ?)")) {
                delete.execute("DELETE FROM story_figures"); // they name the stories and events: counted again below
                delete.execute("DELETE FROM event_figures");
                delete.execute("DELETE FROM event_members");
                delete.execute("DELETE FROM events");
                delete.execute("DELETE FROM stories");
                for (var s : stories) {
                    story.setString(1, s.id());
                    story.setString(2, s.label());
                    story.setString(3, s.first() == null ? null : s.first().iso());
                    story.setString(4, s.last() == null ? null : s.last().iso());
                    story.addBatch();
                }
                story.executeBatch();
                insertEvents(events, assignments);
                writeFigures(db);
            }
        });
    }

    /**
     * Writes what a batch that restored only some events changed ({@link dev.corroborate.pipeline.StoryArchive.StoryUpdate}),
     * in one transaction: the rows of the restored events and their members are replaced by the
     * events as they are now, their storylines written (a storyline left without events goes), the
     * events of joined storylines and the runner-ups naming merged events follow them, and the
     * changed storylines' sums are kept. Every other row stays.
     */
    /** A merge's members whose runner-up was the merged event ({@code ?2}) take the event it went into ({@code ?1}). */
    static final String MERGED_RUNNER_UP = "UPDATE event_members SET runner_up_event = ? WHERE runner_up_event = ?";

    /**
     * The members whose runner-up is now their own event lose it. Only a member whose runner-up a merge
     * just set (to one of {@code ?1}), or one of an event written now ({@code ?2}), can have it (every
     * earlier batch cleared the others, and V025 what older versions left): both found by the runner-up
     * index (V025), where asking every member row read the whole table, once a merge (a million rows at
     * 1,000,000 articles).
     */
    static final String OWN_RUNNER_UP = "UPDATE event_members SET runner_up_event = NULL, runner_up_score = NULL "
            + "WHERE runner_up_event = event_id AND (runner_up_event IN (SELECT value FROM json_each(?1)) "
            + "OR event_id IN (SELECT value FROM json_each(?2)))";

    void updateStories(dev.corroborate.pipeline.StoryArchive.StoryUpdate update) {
        db.inTransaction("storing " + update.events().size() + " events of a batch", () -> {
            try (PreparedStatement dropMembers = db.connection().prepareStatement(
                         "DELETE FROM event_members WHERE event_id IN (SELECT value FROM json_each(?))");
                 PreparedStatement dropEvents = db.connection().prepareStatement(
                         "DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))");
                 // A row that would be written as it is stands (its page is not written again).
                 PreparedStatement story = db.connection().prepareStatement("INSERT INTO stories(id, label, first_published, "
                         + "last_published) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET label = excluded.label, "
                         + "first_published = excluded.first_published, last_published = excluded.last_published "
                         + "WHERE label IS NOT excluded.label OR first_published IS NOT excluded.first_published "
                         + "OR last_published IS NOT excluded.last_published");
                 PreparedStatement joinStory = db.connection().prepareStatement("UPDATE events SET story_id = ? WHERE story_id = ?");
                 PreparedStatement dropStory = db.connection().prepareStatement("DELETE FROM stories WHERE id = ? "
                         + "AND NOT EXISTS (SELECT 1 FROM events WHERE story_id = ?)");
                 PreparedStatement dropSum = db.connection().prepareStatement("DELETE FROM story_sums WHERE story_id = ? "
                         + "AND NOT EXISTS (SELECT 1 FROM stories WHERE id = ?)");
                 PreparedStatement runnerUp = db.connection().prepareStatement(MERGED_RUNNER_UP);
                 PreparedStatement ownRunnerUp = db.connection().prepareStatement(OWN_RUNNER_UP)) {
                // The events whose rows this writes whole (the others' members stand).
                String written = Database.json(update.events().stream().map(e -> e.id())
                        .filter(id -> !update.membersAsKept().contains(id)).toList());
                // The figures of the events and storylines this writes, and only those, are counted again below.
                java.util.Set<String> touchedStories = new java.util.HashSet<>();
                update.storylines().forEach(s -> touchedStories.add(s.id()));
                touchedStories.addAll(update.storyJoins().keySet());
                touchedStories.addAll(update.storyJoins().values());
                String restored = Database.json(update.restoredEvents());
                // Events put back whole and unchanged keep their member rows (and so their event rows,
                // which those reference: updated below, not deleted).
                java.util.Set<String> rewritten = new java.util.HashSet<>(update.restoredEvents());
                rewritten.removeAll(update.membersAsKept());
                try (PreparedStatement storiesOfRestored = db.connection().prepareStatement(
                        "SELECT DISTINCT story_id FROM events WHERE id IN (SELECT value FROM json_each(?))")) {
                    storiesOfRestored.setString(1, restored);
                    try (ResultSet rows = storiesOfRestored.executeQuery()) {
                        while (rows.next()) {
                            touchedStories.add(rows.getString(1));
                        }
                    }
                }
                String stories = Database.json(touchedStories);
                // An event whose members stand keeps its figures too: they count its members and their
                // standing as sources, which the story step does not change.
                try (PreparedStatement dropFigures = db.connection().prepareStatement(
                        "DELETE FROM event_figures WHERE event_id IN (SELECT value FROM json_each(?))")) {
                    dropFigures.setString(1, Database.json(rewritten));
                    dropFigures.executeUpdate();
                }
                try (PreparedStatement dropFigures = db.connection().prepareStatement(
                        "DELETE FROM story_figures WHERE story_id IN (SELECT value FROM json_each(?))")) {
                    dropFigures.setString(1, stories);
                    dropFigures.executeUpdate();
                }
                dropMembers.setString(1, Database.json(rewritten));
                dropMembers.executeUpdate();
                dropEvents.setString(1, Database.json(rewritten));
                dropEvents.executeUpdate();
                for (var s : update.storylines()) {
                    story.setString(1, s.id());
                    story.setString(2, s.label());
                    story.setString(3, s.first() == null ? null : s.first().iso());
                    story.setString(4, s.last() == null ? null : s.last().iso());
                    story.addBatch();
                }
                story.executeBatch();
                insertEvents(update.events(), update.assignments(), update.membersAsKept());
                for (var join : update.storyJoins().entrySet()) {
                    joinStory.setString(1, join.getValue());
                    joinStory.setString(2, join.getKey());
                    joinStory.executeUpdate();
                }
                // Storylines a restored event left, or that were joined into another, may hold no event now.
                for (String id : touchedStories) {
                    dropStory.setString(1, id);
                    dropStory.setString(2, id);
                    dropStory.executeUpdate();
                    dropSum.setString(1, id);
                    dropSum.setString(2, id);
                    dropSum.executeUpdate();
                }
                for (var merge : update.eventMerges().entrySet()) {
                    runnerUp.setString(1, merge.getValue());
                    runnerUp.setString(2, merge.getKey());
                    runnerUp.executeUpdate();
                }
                if (!update.eventMerges().isEmpty()) {
                    // A runner-up merged into the article's own event is no alternative any more.
                    ownRunnerUp.setString(1, Database.json(new java.util.TreeSet<>(update.eventMerges().values())));
                    ownRunnerUp.setString(2, written);
                    ownRunnerUp.executeUpdate();
                }
                replaceStorySums(db, update.storySums(), false);
                writeFigures(db, written, stories);
            }
        });
    }

    /** Inserts the rows of {@code events} and their members, inside the caller's transaction. */
    private void insertEvents(List<dev.corroborate.model.Event> events,
                              Map<String, dev.corroborate.model.Assignment> assignments) throws SQLException {
        insertEvents(events, assignments, java.util.Set.of());
    }

    /**
     * {@link #insertEvents(List, Map)}, but the events {@code membersStand} names are kept rows whose
     * members stand: their rows are updated in place and their member rows left as they are.
     */
    private void insertEvents(List<dev.corroborate.model.Event> events, Map<String, dev.corroborate.model.Assignment> assignments,
                              java.util.Set<String> membersStand) throws SQLException {
        try (PreparedStatement event = db.connection().prepareStatement("INSERT INTO events(story_id, label, key_names, "
                + "outlets, first_published, last_published, id) VALUES (?, ?, ?, ?, ?, ?, ?)");
             // An event row that would be written as it is stands (its page is not written again).
             PreparedStatement standing = db.connection().prepareStatement("UPDATE events SET story_id = ?1, label = ?2, "
                     + "key_names = ?3, outlets = ?4, first_published = ?5, last_published = ?6 WHERE id = ?7 "
                     + "AND (story_id IS NOT ?1 OR label IS NOT ?2 OR key_names IS NOT ?3 OR outlets IS NOT ?4 "
                     + "OR first_published IS NOT ?5 OR last_published IS NOT ?6)");
             PreparedStatement member = db.connection().prepareStatement("INSERT INTO event_members(article_id, event_id, "
                     + "position, started, score, reasons, runner_up_event, runner_up_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (var e : events) {
                boolean stands = membersStand.contains(e.id());
                PreparedStatement row = stands ? standing : event;
                row.setString(1, e.storyId());
                row.setString(2, e.label());
                row.setString(3, Database.json(e.keyNames()));
                row.setString(4, Database.json(e.outlets()));
                row.setString(5, e.first() == null ? null : e.first().iso());
                row.setString(6, e.last() == null ? null : e.last().iso());
                row.setString(7, e.id());
                row.addBatch();
                if (stands) {
                    continue;
                }
                int position = 0;
                for (String articleId : e.articleIds()) {
                    var a = assignments.get(articleId);
                    member.setString(1, articleId);
                    member.setString(2, e.id());
                    member.setInt(3, position++);
                    member.setInt(4, a != null && a.startedEvent() ? 1 : 0);
                    member.setDouble(5, a == null ? 0 : a.score());
                    member.setString(6, Database.json(a == null ? List.of() : a.reasons()));
                    member.setString(7, a == null ? null : a.runnerUpEventId());
                    member.setObject(8, a == null || a.runnerUpEventId() == null ? null : a.runnerUpScore());
                    member.addBatch();
                }
            }
            event.executeBatch();
            standing.executeBatch();
            member.executeBatch();
        }
    }

    /**
     * Keeps storyline sums (by storyline id), inside the caller's transaction; with {@code all}, they
     * are every storyline's and the others are forgotten.
     */
    static void replaceStorySums(Database db, Map<String, String> sums, boolean all) throws SQLException {
        // A sum kept as it is stands (a batch gives back the sums of every storyline it restored).
        try (Statement statement = db.connection().createStatement();
             PreparedStatement sum = db.connection().prepareStatement("INSERT INTO story_sums(story_id, sum) VALUES (?, ?) "
                     + "ON CONFLICT(story_id) DO UPDATE SET sum = excluded.sum WHERE sum IS NOT excluded.sum")) {
            if (all) {
                statement.execute("DELETE FROM story_sums");
            }
            for (var kept : sums.entrySet()) {
                sum.setString(1, kept.getKey());
                sum.setString(2, kept.getValue());
                sum.addBatch();
            }
            sum.executeBatch();
        }
    }

    /**
     * Counts again, inside the caller's transaction, what {@code story_figures} and
     * {@code event_figures} hold: articles, outlets and events per storyline, and the independent
     * sources from {@code article_sources} (NULL where a member has no row there yet). Called by
     * every write that changes what they count: the stories, the links, the articles' standing.
     */
    static void writeFigures(Database db) throws SQLException {
        try (Statement statement = db.connection().createStatement()) {
            statement.execute("DELETE FROM story_figures");
            statement.execute("DELETE FROM event_figures");
            statement.execute(EVENT_FIGURES + " GROUP BY e.id");
            statement.execute(STORY_FIGURES);
        }
    }

    /**
     * {@link #writeFigures(Database)} for the events and storylines with these ids only (JSON arrays),
     * whose figure rows the caller deleted, inside its transaction.
     */
    private static void writeFigures(Database db, String eventIds, String storyIds) throws SQLException {
        try (PreparedStatement events = db.connection().prepareStatement(EVENT_FIGURES
                + " WHERE e.id IN (SELECT value FROM json_each(?)) GROUP BY e.id");
             PreparedStatement stories = db.connection().prepareStatement(STORY_FIGURES
                     + " WHERE s.id IN (SELECT value FROM json_each(?))")) {
            events.setString(1, eventIds);
            events.executeUpdate();
            stories.setString(1, storyIds);
            stories.executeUpdate();
        }
    }

    /** Counts each event's articles and independent sources (NULL where a member has no row in article_sources yet). */
    private static final String EVENT_FIGURES = "INSERT INTO event_figures(event_id, articles, independent_sources) "
            + "SELECT e.id, count(m.article_id), CASE WHEN count(m.article_id) = count(a.article_id) "
            + "THEN coalesce(sum(a.independent), 0) END "
            + "FROM events e LEFT JOIN event_members m ON m.event_id = e.id "
            + "LEFT JOIN article_sources a ON a.article_id = m.article_id";

    /** Counts each storyline's articles, outlets, events and independent sources from its events' figures. */
    private static final String STORY_FIGURES = "INSERT INTO story_figures(story_id, articles, outlets, events, independent_sources) "
            + "SELECT s.id, "
            + "(SELECT coalesce(sum(f.articles), 0) FROM events e JOIN event_figures f ON f.event_id = e.id WHERE e.story_id = s.id), "
            + "(SELECT count(DISTINCT j.value) FROM events e, json_each(e.outlets) j WHERE e.story_id = s.id), "
            + "(SELECT count(*) FROM events e WHERE e.story_id = s.id), "
            + "(SELECT CASE WHEN count(*) = count(f.independent_sources) THEN coalesce(sum(f.independent_sources), 0) END "
            + "FROM events e JOIN event_figures f ON f.event_id = e.id WHERE e.story_id = s.id) "
            + "FROM stories s";

    /**
     * Replaces every article's standing as a source, inside the caller's transaction: the articles
     * named in {@code dependent} are not independent sources, every other stored article is; the
     * story figures are counted again.
     */
    void writeArticleSources(java.util.Collection<String> dependent) throws SQLException {
        try (Statement statement = db.connection().createStatement();
             PreparedStatement mark = db.connection().prepareStatement(
                     "UPDATE article_sources SET independent = 0 WHERE article_id = ?")) {
            statement.execute("DELETE FROM article_sources");
            statement.execute("INSERT INTO article_sources(article_id, independent) SELECT id, 1 FROM articles");
            for (String id : dependent) {
                mark.setString(1, id);
                mark.addBatch();
            }
            mark.executeBatch();
            writeFigures(db);
        }
    }

    /**
     * Writes the standing as a source of the {@code counted} articles only, inside the caller's
     * transaction (those also in {@code dependent} are not independent sources, the others are), and
     * counts again the figures of their events and storylines; every other article's standing, and
     * every other figure, stands.
     */
    void writeArticleSources(java.util.Collection<String> counted, java.util.Collection<String> dependent) throws SQLException {
        String ids = Database.json(counted);
        String events;
        String stories;
        try (PreparedStatement forget = db.connection().prepareStatement(
                "DELETE FROM article_sources WHERE article_id IN (SELECT value FROM json_each(?))");
             PreparedStatement insert = db.connection().prepareStatement("INSERT INTO article_sources(article_id, independent) "
                     + "SELECT id, 1 FROM articles WHERE id IN (SELECT value FROM json_each(?))");
             PreparedStatement mark = db.connection().prepareStatement("UPDATE article_sources SET independent = 0 "
                     + "WHERE article_id IN (SELECT value FROM json_each(?))");
             PreparedStatement eventsOf = db.connection().prepareStatement("SELECT json_group_array(DISTINCT event_id) "
                     + "FROM event_members WHERE article_id IN (SELECT value FROM json_each(?))");
             PreparedStatement storiesOf = db.connection().prepareStatement("SELECT json_group_array(DISTINCT story_id) "
                     + "FROM events WHERE id IN (SELECT value FROM json_each(?))")) {
            forget.setString(1, ids);
            forget.executeUpdate();
            insert.setString(1, ids);
            insert.executeUpdate();
            mark.setString(1, Database.json(dependent));
            mark.executeUpdate();
            eventsOf.setString(1, ids);
            try (ResultSet rows = eventsOf.executeQuery()) {
                rows.next();
                events = rows.getString(1);
            }
            storiesOf.setString(1, events);
            try (ResultSet rows = storiesOf.executeQuery()) {
                rows.next();
                stories = rows.getString(1);
            }
        }
        try (PreparedStatement deleteEvents = db.connection().prepareStatement(
                "DELETE FROM event_figures WHERE event_id IN (SELECT value FROM json_each(?))");
             PreparedStatement deleteStories = db.connection().prepareStatement(
                     "DELETE FROM story_figures WHERE story_id IN (SELECT value FROM json_each(?))")) {
            deleteEvents.setString(1, events);
            deleteEvents.executeUpdate();
            deleteStories.setString(1, stories);
            deleteStories.executeUpdate();
        }
        writeFigures(db, events, stories);
    }

    /**
     * What the story list shows of one storyline, counted when it was written; empty when there
     * is no such storyline.
     */
    java.util.Optional<StoryFigures> figures(String storyId) {
        try (PreparedStatement story = db.connection().prepareStatement("SELECT * FROM story_figures WHERE story_id = ?");
             PreparedStatement events = db.connection().prepareStatement("SELECT f.event_id, f.independent_sources "
                     + "FROM event_figures f JOIN events e ON e.id = f.event_id WHERE e.story_id = ?")) {
            story.setString(1, storyId);
            StoryFigures.Counts counts;
            try (ResultSet rows = story.executeQuery()) {
                if (!rows.next()) {
                    return java.util.Optional.empty();
                }
                counts = new StoryFigures.Counts(rows.getInt("articles"), rows.getInt("outlets"), rows.getInt("events"),
                        (Integer) rows.getObject("independent_sources"));
            }
            Map<String, Integer> byEvent = new java.util.HashMap<>();
            events.setString(1, storyId);
            try (ResultSet rows = events.executeQuery()) {
                while (rows.next()) {
                    byEvent.put(rows.getString(1), (Integer) rows.getObject(2));
                }
            }
            return java.util.Optional.of(new StoryFigures(storyId, counts, byEvent));
        } catch (SQLException e) {
            throw db.failure("reading the figures of storyline " + storyId, e);
        }
    }

    /** The order of the story list: latest first (by the last publication time, unknown times last), then id (as {@link #stories(int, int)}). */
    private static final String LATEST_FIRST = "ORDER BY last_published IS NULL, last_published DESC, id";

    /** How many storylines hold at least one article. */
    int storyCount() {
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM story_figures WHERE articles > 0")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw db.failure("counting stories", e);
        }
    }

    /** The storylines holding at least one article, latest first, {@code limit} of them from {@code offset}. */
    List<StoredStory> stories(int offset, int limit) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = db.connection().prepareStatement("SELECT s.id FROM stories s JOIN story_figures f "
                + "ON f.story_id = s.id WHERE f.articles > 0 ORDER BY s.last_published IS NULL, s.last_published DESC, s.id "
                + "LIMIT ? OFFSET ?")) {
            select.setInt(1, limit);
            select.setInt(2, offset);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading a page of stories", e);
        }
        List<StoredStory> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(load(id).orElseThrow());
        }
        return out;
    }

    /**
     * The storyline {@code storyOrEventId} names (its own id, or the id of one of its events),
     * read by indexed look-ups; empty when it names none. The same record {@link #stories()} holds.
     */
    java.util.Optional<StoredStory> story(String storyOrEventId) {
        try (PreparedStatement select = db.connection().prepareStatement(
                "SELECT id FROM stories WHERE id = ? UNION ALL SELECT story_id FROM events WHERE id = ? LIMIT 1")) {
            select.setString(1, storyOrEventId);
            select.setString(2, storyOrEventId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? load(rows.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw db.failure("finding storyline " + storyOrEventId, e);
        }
    }

    /**
     * The one storyline or event id starting with {@code prefix}; empty when none does, or several
     * (an id copied in part names one only when no other shares its start).
     */
    java.util.Optional<String> storyOrEventIdStartingWith(String prefix) {
        String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        try (PreparedStatement select = db.connection().prepareStatement(
                "SELECT id FROM stories WHERE id LIKE ? ESCAPE '\\' UNION ALL "
                        + "SELECT id FROM events WHERE id LIKE ? ESCAPE '\\' LIMIT 2")) {
            select.setString(1, like);
            select.setString(2, like);
            List<String> found = new ArrayList<>(2);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty();
        } catch (SQLException e) {
            throw db.failure("finding the storyline or event starting with " + prefix, e);
        }
    }

    private java.util.Optional<StoredStory> load(String storyId) {
        Map<String, List<String>> members = new java.util.HashMap<>();
        List<StoredEvent> events = new ArrayList<>();
        try (PreparedStatement story = db.connection().prepareStatement("SELECT * FROM stories WHERE id = ?");
             PreparedStatement eventRows = db.connection().prepareStatement("SELECT * FROM events WHERE story_id = ? "
                     + "ORDER BY first_published IS NULL, first_published, id");
             PreparedStatement memberRows = db.connection().prepareStatement("SELECT m.article_id, m.event_id "
                     + "FROM events e JOIN event_members m ON m.event_id = e.id WHERE e.story_id = ? ORDER BY m.event_id, m.position")) {
            memberRows.setString(1, storyId);
            try (ResultSet rows = memberRows.executeQuery()) {
                while (rows.next()) {
                    members.computeIfAbsent(rows.getString(2), k -> new ArrayList<>()).add(rows.getString(1));
                }
            }
            eventRows.setString(1, storyId);
            try (ResultSet rows = eventRows.executeQuery()) {
                while (rows.next()) {
                    events.add(event(rows, members));
                }
            }
            story.setString(1, storyId);
            try (ResultSet rows = story.executeQuery()) {
                return rows.next() ? java.util.Optional.of(story(rows, events)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw db.failure("reading storyline " + storyId, e);
        }
    }

    private static StoredEvent event(ResultSet rows, Map<String, List<String>> members) throws SQLException {
        return new StoredEvent(rows.getString("id"), rows.getString("story_id"), rows.getString("label"),
                Database.strings(rows.getString("key_names")), Database.strings(rows.getString("outlets")),
                rows.getString("first_published"), rows.getString("last_published"),
                List.copyOf(members.getOrDefault(rows.getString("id"), List.of())));
    }

    private static StoredStory story(ResultSet rows, List<StoredEvent> events) throws SQLException {
        return new StoredStory(rows.getString("id"), rows.getString("label"), rows.getString("first_published"),
                rows.getString("last_published"), List.copyOf(events));
    }

    /** The stored place of every article, by article id: event, storyline and the reasons. */
    @Override
    public Map<String, dev.corroborate.model.Assignment> assignments() {
        Map<String, dev.corroborate.model.Assignment> out = new java.util.HashMap<>();
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT m.*, e.story_id FROM event_members m JOIN events e ON e.id = m.event_id")) {
            while (rows.next()) {
                out.put(rows.getString("article_id"), assignment(rows));
            }
        } catch (SQLException e) {
            throw db.failure("reading event memberships", e);
        }
        return out;
    }

    /** The event of every placed article, by article id: the memberships alone, neither joined nor parsed. */
    @Override
    public Map<String, String> eventsOfArticles() {
        Map<String, String> out = new java.util.HashMap<>();
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT article_id, event_id FROM event_members")) {
            while (rows.next()) {
                out.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw db.failure("reading event memberships", e);
        }
        return out;
    }

    /** The stored place of one article (an indexed look-up), empty when it is in no event. */
    public java.util.Optional<dev.corroborate.model.Assignment> placeOf(String articleId) {
        try (PreparedStatement select = db.connection().prepareStatement(
                "SELECT m.*, e.story_id FROM event_members m JOIN events e ON e.id = m.event_id WHERE m.article_id = ?")) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? java.util.Optional.of(assignment(rows)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw db.failure("reading the event of article " + articleId, e);
        }
    }

    /** The label of one storyline, empty when there is no such storyline. */
    public java.util.Optional<String> storyLabel(String storyId) {
        try (PreparedStatement select = db.connection().prepareStatement("SELECT label FROM stories WHERE id = ?")) {
            select.setString(1, storyId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? java.util.Optional.ofNullable(rows.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw db.failure("reading storyline " + storyId, e);
        }
    }

    static dev.corroborate.model.Assignment assignment(ResultSet rows) throws SQLException {
        return new dev.corroborate.model.Assignment(
                rows.getString("article_id"), rows.getString("event_id"), rows.getString("story_id"),
                rows.getInt("started") == 1, rows.getDouble("score"), Database.strings(rows.getString("reasons")),
                rows.getString("runner_up_event"), rows.getDouble("runner_up_score"));
    }



    /** Every stored storyline, latest first (by the last publication time, unknown times last, then id). */
    public List<StoredStory> stories() {
        Map<String, List<String>> members = new java.util.HashMap<>();
        Map<String, List<StoredEvent>> eventsOf = new java.util.LinkedHashMap<>();
        List<StoredStory> out = new ArrayList<>();
        try (Statement statement = db.connection().createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT article_id, event_id FROM event_members ORDER BY event_id, position")) {
                while (rows.next()) {
                    members.computeIfAbsent(rows.getString("event_id"), k -> new ArrayList<>()).add(rows.getString("article_id"));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT * FROM events ORDER BY first_published IS NULL, first_published, id")) {
                while (rows.next()) {
                    StoredEvent event = event(rows, members);
                    eventsOf.computeIfAbsent(event.storyId(), k -> new ArrayList<>()).add(event);
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT * FROM stories " + LATEST_FIRST)) {
                while (rows.next()) {
                    out.add(story(rows, eventsOf.getOrDefault(rows.getString("id"), List.of())));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading stories", e);
        }
        return out;
    }

    /** The article ids of one stored event, in feed order (earliest first, then by id); empty when there is no such event. */
    public List<String> eventArticles(String eventId) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = db.connection().prepareStatement(
                "SELECT article_id FROM event_members WHERE event_id = ? ORDER BY position")) {
            select.setString(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the articles of event " + eventId, e);
        }
        return ids;
    }

    /** Records a user's decision about the stories; it is replayed after every clustering. */
    public void addDecision(dev.corroborate.model.Decision decision) {
        try (PreparedStatement insert = db.connection().prepareStatement("INSERT INTO story_decisions(kind, article_ids, "
                + "target_article_id, decided_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, decision.kind());
            insert.setString(2, Database.json(decision.articleIds()));
            insert.setString(3, decision.targetArticleId());
            insert.setString(4, java.time.Instant.now().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw db.failure("storing a " + decision.kind() + " decision", e);
        }
    }

    /** The users' decisions, in the order they were made. */
    @Override
    public List<dev.corroborate.model.Decision> decisions() {
        List<dev.corroborate.model.Decision> out = new ArrayList<>();
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM story_decisions ORDER BY seq")) {
            while (rows.next()) {
                out.add(new dev.corroborate.model.Decision(rows.getString("kind"),
                        Database.strings(rows.getString("article_ids")), rows.getString("target_article_id")));
            }
        } catch (SQLException e) {
            throw db.failure("reading story decisions", e);
        }
        return out;
    }
}
