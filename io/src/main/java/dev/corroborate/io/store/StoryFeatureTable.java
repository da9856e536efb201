package dev.corroborate.io.store;

import dev.corroborate.cluster.PlacedSpill;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.pipeline.StoryArchive;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The {@code story_features} and {@code story_terms} tables: what the story stage keeps of every
 * article and the document frequencies of what is kept, written together (with their settings
 * stamp) so the frequencies always count exactly the kept rows ({@link StoryArchive}). Articles are
 * read without their texts. Not thread-safe.
 */
final class StoryFeatureTable implements StoryArchive {

    /** What the settings stamp of the kept features is kept under ({@code kept_stamps}). */
    private static final String KEPT = "story features";

    /** An article's columns as the clustering needs them, and its kept features (null when none). */
    private static final String HEADER = "SELECT a.id, a.url, a.outlet, a.title, a.published, a.agency, f.features "
            + "FROM articles a LEFT JOIN story_features f ON f.article_id = a.id";

    /** The corpus's feed order ({@code ArticleTable#forEach}). */
    private static final String FEED_ORDER = " ORDER BY a.published_utc IS NULL, a.published_utc, a.id";

    /**
     * The {@code story_terms} row that counts the articles the frequencies count (no feature is
     * empty): compared with the rows kept, it tells frequencies that lost track of them.
     */
    private static final String DOCUMENTS = "";

    private final Database db;
    private final KeptFiguresTable stamps;
    private final StoryTable stories;

    /** Where the run now going sets its placed articles aside ({@link #placedSpill}), or null. */
    private SpilledPlacedArticles spilled;
    /** How many placed articles a run holds before it sets them aside ({@link PlacedSpill#setAsideAt}; tests set fewer). */
    int setAsideAt = PlacedSpill.SET_ASIDE_AT;
    /** How many bytes the last spill forgotten had set aside (for tests). */
    long lastSetAsideBytes;

    StoryFeatureTable(Database db, KeptFiguresTable stamps, StoryTable stories) {
        this.db = db;
        this.stamps = stamps;
        this.stories = stories;
    }

    @Override
    public Optional<PlacedSpill> placedSpill() {
        forgetPlacedSpill();
        spilled = SpilledPlacedArticles.in(db.dataDir(), setAsideAt);
        return Optional.of(spilled);
    }

    @Override
    public void forgetPlacedSpill() {
        if (spilled != null) {
            SpilledPlacedArticles gone = spilled;
            spilled = null;
            lastSetAsideBytes = gone.bytes();
            gone.close();
        }
    }

    @Override
    public Optional<String> keptStamp() {
        return stamps.stamp(KEPT);
    }

    @Override
    public void forEach(Consumer<Entry> action) {
        try (PreparedStatement select = db.connection().prepareStatement(HEADER + FEED_ORDER)) {
            select.setFetchSize(256);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    action.accept(entry(rows));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the kept story features", e);
        }
    }

    @Override
    public void forEachId(BiConsumer<String, Boolean> action) {
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT a.id, f.article_id IS NOT NULL FROM articles a "
                     + "LEFT JOIN story_features f ON f.article_id = a.id" + FEED_ORDER)) {
            while (rows.next()) {
                action.accept(rows.getString(1), rows.getBoolean(2));
            }
        } catch (SQLException e) {
            throw db.failure("listing the articles with kept story features", e);
        }
    }

    @Override
    public Entry entry(String articleId) {
        try (PreparedStatement select = db.connection().prepareStatement(HEADER + " WHERE a.id = ?")) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("article " + articleId + " left the store "
                            + db.dataDir().resolve(ArticleStore.DATABASE_FILE) + " during the run");
                }
                return entry(rows);
            }
        } catch (SQLException e) {
            throw db.failure("reading the kept story features of article " + articleId, e);
        }
    }

    private static Entry entry(ResultSet rows) throws SQLException {
        String published = rows.getString(5);
        Article header = new Article(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), List.of(),
                published == null ? null : PublishedTime.requireParse(published), null, null, null, List.of(), null,
                rows.getString(6), Origin.of("store"));
        return new Entry(header, rows.getString(7));
    }

    @Override
    public int keptDocuments() {
        try (PreparedStatement select = db.connection().prepareStatement("SELECT documents FROM story_terms WHERE term = ?")) {
            select.setString(1, DOCUMENTS);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw db.failure("reading how many articles the kept story features count", e);
        }
    }

    @Override
    public Map<String, Integer> keptFrequencies() {
        Map<String, Integer> frequencies = new HashMap<>();
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT term, documents FROM story_terms")) {
            while (rows.next()) {
                if (!rows.getString(1).equals(DOCUMENTS)) {
                    frequencies.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the kept document frequencies of the story features", e);
        }
        return frequencies;
    }

    @Override
    public void keepFeatures(Map<String, String> features, Map<String, Integer> frequencies, boolean forgetOthers,
                             String stamp) {
        db.inTransaction("keeping the story features of " + features.size() + " articles", () -> {
            try (Statement delete = db.connection().createStatement();
                 PreparedStatement row = db.connection().prepareStatement(
                         "INSERT OR REPLACE INTO story_features(article_id, features) VALUES (?, ?)");
                 PreparedStatement term = db.connection().prepareStatement("INSERT INTO story_terms(term, documents) "
                         + "VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET documents = documents + excluded.documents");
                 PreparedStatement stamped = db.connection().prepareStatement(
                         "INSERT OR REPLACE INTO kept_stamps(kept, stamp) VALUES (?, ?)")) {
                if (forgetOthers) {
                    delete.execute("DELETE FROM story_features");
                    delete.execute("DELETE FROM story_terms");
                } else if (!features.isEmpty()) {
                    // Rows kept again would be counted twice: only articles with none kept may be added.
                    try (PreparedStatement known = db.connection().prepareStatement(
                            "SELECT count(*) FROM story_features WHERE article_id IN (SELECT value FROM json_each(?))")) {
                        known.setString(1, Database.json(features.keySet()));
                        try (ResultSet rows = known.executeQuery()) {
                            rows.next();
                            if (rows.getInt(1) > 0) {
                                throw new IllegalStateException("story features are kept already for "
                                        + rows.getInt(1) + " of these " + features.size() + " articles");
                            }
                        }
                    }
                }
                for (Map.Entry<String, String> kept : features.entrySet()) {
                    row.setString(1, kept.getKey());
                    row.setString(2, kept.getValue());
                    row.addBatch();
                }
                row.executeBatch();
                // In the terms' order: the upserts walk the table's index in order instead of all over it.
                for (Map.Entry<String, Integer> frequency : new java.util.TreeMap<>(frequencies).entrySet()) {
                    term.setString(1, frequency.getKey());
                    term.setInt(2, frequency.getValue());
                    term.addBatch();
                }
                term.setString(1, DOCUMENTS);
                term.setInt(2, features.size());
                term.addBatch();
                term.executeBatch();
                stamped.setString(1, KEPT);
                stamped.setString(2, stamp);
                stamped.executeUpdate();
            }
        });
    }

    @Override
    public Optional<FrozenWeights> frozenWeights(String stamp) {
        try (PreparedStatement select = db.connection().prepareStatement(
                "SELECT documents, decisions FROM story_frozen WHERE id = 1 AND stamp = ?")) {
            select.setString(1, stamp);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new FrozenWeights(rows.getInt(1), rows.getInt(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw db.failure("reading the frozen story weights", e);
        }
    }

    @Override
    public Map<String, Integer> frozenFrequencies() {
        Map<String, Integer> frequencies = new HashMap<>();
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT term, documents FROM story_frozen_terms")) {
            while (rows.next()) {
                frequencies.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            throw db.failure("reading the frozen document frequencies of the story features", e);
        }
        return frequencies;
    }

    @Override
    public Map<String, Integer> frozenFrequencies(java.util.Collection<String> terms) {
        Map<String, Integer> frequencies = new HashMap<>();
        // Looked up on the primary key, not a walk of every frozen term.
        db.forEachRow("reading the frozen document frequencies of " + terms.size() + " story features",
                "SELECT term, documents FROM story_frozen_terms WHERE term IN (SELECT value FROM json_each(?))", terms,
                rows -> frequencies.put(rows.getString(1), rows.getInt(2)));
        return frequencies;
    }

    @Override
    public void forgetFrozenWeights() {
        db.inTransaction("forgetting the frozen story weights", () -> {
            try (Statement delete = db.connection().createStatement()) {
                delete.execute("DELETE FROM story_frozen");
                delete.execute("DELETE FROM story_frozen_terms");
                delete.execute("DELETE FROM story_sums");
                delete.execute("DELETE FROM story_event_states");
            }
        });
    }

    @Override
    public void freezeWeights(String stamp, int decisions, Map<String, String> storySums) {
        db.inTransaction("freezing the story weights", () -> {
            try (Statement statement = db.connection().createStatement();
                 PreparedStatement frozen = db.connection().prepareStatement("INSERT INTO story_frozen(id, documents, "
                         + "decisions, stamp) SELECT 1, documents, ?, ? FROM story_terms WHERE term = ?")) {
                statement.execute("DELETE FROM story_frozen");
                statement.execute("DELETE FROM story_frozen_terms");
                statement.execute("INSERT INTO story_frozen_terms(term, documents) SELECT term, documents FROM story_terms "
                        + "WHERE term <> ''");
                frozen.setInt(1, decisions);
                frozen.setString(2, stamp);
                frozen.setString(3, DOCUMENTS);
                frozen.executeUpdate();
                StoryTable.replaceStorySums(db, storySums, true);
            }
        });
    }

    @Override
    public void forEachKeptEvent(BiConsumer<String, PublishedTime> action) {
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id, last_published FROM events")) {
            while (rows.next()) {
                String last = rows.getString(2);
                action.accept(rows.getString(1), last == null ? null : PublishedTime.requireParse(last));
            }
        } catch (SQLException e) {
            throw db.failure("listing the kept events", e);
        }
    }

    @Override
    public void forEachOf(java.util.Collection<String> articleIds, Consumer<Entry> action) {
        try (PreparedStatement select = db.connection().prepareStatement(HEADER
                + " WHERE a.id IN (SELECT value FROM json_each(?))" + FEED_ORDER)) {
            select.setString(1, Database.json(articleIds));
            select.setFetchSize(256);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    action.accept(entry(rows));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the kept story features of " + articleIds.size() + " articles", e);
        }
    }

    /**
     * Two anti-joins on covering indexes walked from the end of the feed, returning only the few rows a
     * batch adds, and stopping once as many are found as the counts of rows say there are: every
     * member row and every row of kept features names an article the store holds (their foreign keys),
     * at most one each, so the articles without are the articles counted less those rows. A batch's
     * articles come last in the feed, unless their times reach back: the walk then goes as far back as
     * the earliest of them (a walk of every article and its place took a tenth of the batch's story
     * step, the anti-joins over every article a tenth of what is left). A member row whose event row is
     * gone places nothing: when there are such, placed means a member row of an event that exists.
     */
    @Override
    public Unsettled unsettled() {
        boolean gone;
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT EXISTS (SELECT 1 FROM (SELECT DISTINCT event_id FROM "
                     + "event_members) d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = d.event_id))")) {
            gone = rows.next() && rows.getBoolean(1);
        } catch (SQLException e) {
            throw db.failure("looking for member rows of events that are gone", e);
        }
        String placed = gone
                ? "EXISTS (SELECT 1 FROM event_members m JOIN events e ON e.id = m.event_id WHERE m.article_id = a.id)"
                : "EXISTS (SELECT 1 FROM event_members m WHERE m.article_id = a.id)";
        String kept = "EXISTS (SELECT 1 FROM story_features f WHERE f.article_id = a.id)";
        List<String> unplaced = new java.util.ArrayList<>();
        List<String> without = new java.util.ArrayList<>();
        int articles;
        try (Statement select = db.connection().createStatement()) {
            int unplacedCount;
            int withoutCount;
            try (ResultSet rows = select.executeQuery("SELECT (SELECT count(*) FROM articles), "
                    + "(SELECT count(*) FROM story_features), (SELECT count(*) FROM event_members m"
                    + (gone ? " JOIN events e ON e.id = m.event_id" : "") + ")")) {
                rows.next();
                articles = rows.getInt(1);
                withoutCount = articles - rows.getInt(2);
                unplacedCount = articles - rows.getInt(3);
            }
            if (withoutCount > 0 || unplacedCount > 0) {
                try (ResultSet rows = select.executeQuery("SELECT a.id, " + kept + ", " + placed + " FROM articles a WHERE NOT "
                        + kept + " OR NOT " + placed + " ORDER BY a.published_utc IS NULL DESC, a.published_utc DESC, a.id DESC")) {
                    while ((without.size() < withoutCount || unplaced.size() < unplacedCount) && rows.next()) {
                        if (!rows.getBoolean(2)) {
                            without.add(rows.getString(1));
                        }
                        if (!rows.getBoolean(3)) {
                            unplaced.add(rows.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw db.failure("listing the articles no run placed or with no story features kept", e);
        }
        java.util.Collections.reverse(unplaced);
        java.util.Collections.reverse(without);
        return new Unsettled(articles, unplaced, without);
    }

    @Override
    public Map<String, Place> placesOf(java.util.Collection<String> articleIds) {
        Map<String, Place> out = new HashMap<>();
        try (PreparedStatement select = db.connection().prepareStatement("SELECT m.article_id, m.event_id, e.story_id "
                + "FROM event_members m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id "
                + "WHERE m.article_id IN (SELECT value FROM json_each(?))")) {
            select.setString(1, Database.json(articleIds));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.put(rows.getString(1), new Place(rows.getString(2), rows.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading where " + articleIds.size() + " articles were placed", e);
        }
        return out;
    }

    /**
     * The events with a member row, found in the covering index of members by event: a member row names
     * an article the store holds (its foreign key), so the article's row is not looked up.
     */
    @Override
    public Map<String, String> placedEvents() {
        Map<String, String> out = new HashMap<>();
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT e.id, e.story_id FROM events e WHERE EXISTS (SELECT 1 FROM "
                     + "event_members m WHERE m.event_id = e.id)")) {
            while (rows.next()) {
                out.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw db.failure("listing the events that hold articles", e);
        }
        return out;
    }

    /**
     * The feed-order index walked from its end until every article asked for is met: a batch asks
     * for the articles of the events of its last weeks and its new ones, which lie at the end of the
     * feed, and each row read is an id only (the members named by id or by their events cost a look-up
     * of each article's row and a sort of them all, or a JSON array of tens of thousands of ids). An
     * id the store does not hold walks the whole index.
     */
    @Override
    public List<String> inFeedOrder(java.util.Collection<String> articleIds) {
        java.util.Set<String> wanted = new java.util.HashSet<>(articleIds);
        List<String> out = new java.util.ArrayList<>(wanted.size());
        if (wanted.isEmpty()) {
            return out;
        }
        try (Statement select = db.connection().createStatement()) {
            select.setFetchSize(1024);
            try (ResultSet rows = select.executeQuery("SELECT a.id FROM articles a ORDER BY a.published_utc IS NULL DESC, "
                    + "a.published_utc DESC, a.id DESC")) {
                while (out.size() < wanted.size() && rows.next()) {
                    String id = rows.getString(1);
                    if (wanted.contains(id)) {
                        out.add(id);
                    }
                }
            }
        } catch (SQLException e) {
            throw db.failure("ordering " + articleIds.size() + " articles as the corpus feeds them", e);
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * One row an event, its members' ids in a JSON array: a batch reads the places of tens of
     * thousands of articles, and each column read costs a call into SQLite.
     */
    @Override
    public Map<String, Place> placesIn(java.util.Collection<String> eventIds) {
        Map<String, Place> out = new HashMap<>();
        db.forEachRow("reading the members of " + eventIds.size() + " events",
                "SELECT e.id, e.story_id, (SELECT json_group_array(m.article_id) FROM event_members m WHERE m.event_id = e.id) "
                        + "FROM events e WHERE e.id IN (SELECT value FROM json_each(?))", eventIds,
                rows -> {
                    Place place = new Place(rows.getString(1), rows.getString(2));
                    for (String articleId : Database.strings(rows.getString(3))) {
                        out.put(articleId, place);
                    }
                });
        return out;
    }

    @Override
    public Map<String, dev.corroborate.model.Assignment> assignmentsIn(java.util.Collection<String> eventIds) {
        Map<String, dev.corroborate.model.Assignment> out = new HashMap<>();
        // The columns named and read by position: a batch reads tens of thousands of these rows.
        try (PreparedStatement select = db.connection().prepareStatement("SELECT m.article_id, m.event_id, e.story_id, "
                + "m.started, m.score, m.reasons, m.runner_up_event, m.runner_up_score FROM event_members m "
                + "JOIN events e ON e.id = m.event_id WHERE m.event_id IN (SELECT value FROM json_each(?))")) {
            select.setString(1, Database.json(eventIds));
            select.setFetchSize(1024);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String articleId = rows.getString(1);
                    out.put(articleId, new dev.corroborate.model.Assignment(articleId, rows.getString(2),
                            rows.getString(3), rows.getInt(4) == 1, rows.getDouble(5), new StoredStrings(rows.getString(6)),
                            rows.getString(7), rows.getDouble(8)));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the memberships of " + eventIds.size() + " events", e);
        }
        return out;
    }

    /**
     * A stored JSON array of strings ({@link Database#strings}) read when first used: a batch reads
     * the reasons of tens of thousands of assignments and uses those of the few it changes.
     * Serialized as the list it holds. Not thread-safe.
     */
    private static final class StoredStrings extends java.util.AbstractList<String> implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private transient String json;
        private transient List<String> strings;

        StoredStrings(String json) {
            this.json = java.util.Objects.requireNonNull(json, "json");
        }

        private List<String> strings() {
            if (strings == null) {
                strings = Database.strings(json);
                json = null;
            }
            return strings;
        }

        @Override
        public String get(int index) {
            return strings().get(index);
        }

        @Override
        public int size() {
            return strings().size();
        }

        private Object writeReplace() {
            return List.copyOf(strings());
        }
    }

    @Override
    public Map<String, KeptStory> keptStories(java.util.Collection<String> storyIds) {
        Map<String, KeptStory> out = new HashMap<>();
        try (PreparedStatement select = db.connection().prepareStatement("SELECT s.id, s.label, s.first_published, "
                + "s.last_published, m.sum, (SELECT count(*) FROM events e WHERE e.story_id = s.id) FROM stories s "
                + "LEFT JOIN story_sums m ON m.story_id = s.id WHERE s.id IN (SELECT value FROM json_each(?))")) {
            select.setString(1, Database.json(storyIds));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String first = rows.getString(3);
                    String last = rows.getString(4);
                    out.put(rows.getString(1), new KeptStory(rows.getString(1), rows.getString(2),
                            first == null ? null : PublishedTime.requireParse(first),
                            last == null ? null : PublishedTime.requireParse(last), rows.getString(5), rows.getInt(6)));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading " + storyIds.size() + " kept storylines", e);
        }
        return out;
    }

    @Override
    public void updateStories(StoryUpdate update) {
        stories.updateStories(update);
    }

    @Override
    public Map<String, byte[]> keptEvents(java.util.Collection<String> eventIds) {
        Map<String, byte[]> out = new HashMap<>();
        db.forEachRow("reading the kept states of " + eventIds.size() + " events",
                "SELECT event_id, state FROM story_event_states WHERE event_id IN (SELECT value FROM json_each(?))", eventIds,
                rows -> out.put(rows.getString(1), rows.getBytes(2)));
        return out;
    }

    @Override
    public java.util.Set<String> keptEventIds() {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT event_id FROM story_event_states")) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw db.failure("listing the events whose state is kept", e);
        }
        return out;
    }

    @Override
    public void keepEvents(Map<String, byte[]> states, java.util.Collection<String> forget) {
        if (states.isEmpty() && forget.isEmpty()) {
            return;
        }
        db.inTransaction("keeping the states of " + states.size() + " events", () -> {
            try (PreparedStatement delete = db.connection().prepareStatement(
                         "DELETE FROM story_event_states WHERE event_id IN (SELECT value FROM json_each(?))");
                 PreparedStatement row = db.connection().prepareStatement(
                         "INSERT OR REPLACE INTO story_event_states(event_id, state) VALUES (?, ?)")) {
                if (!forget.isEmpty()) {
                    delete.setString(1, Database.json(forget));
                    delete.executeUpdate();
                }
                for (Map.Entry<String, byte[]> state : states.entrySet()) {
                    row.setString(1, state.getKey());
                    row.setBytes(2, state.getValue());
                    row.addBatch();
                }
                row.executeBatch();
            }
        });
    }
}
