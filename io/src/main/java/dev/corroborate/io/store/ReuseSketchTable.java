package dev.corroborate.io.store;

import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.pipeline.ReuseIndex;
import dev.corroborate.model.Relation;
import dev.corroborate.reuse.KeptIndex;
import dev.corroborate.reuse.KeptSketch;
import dev.corroborate.reuse.LinkFinder;
import dev.corroborate.reuse.SketchSpill;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code reuse_sketches}, {@code reuse_names} and {@code reuse_name_links} tables: every
 * article's reuse sketch, the names searched for and the kept links only a name proposed, kept with
 * the links and the kept index ({@link KeptIndexTable}) in one transaction so a kept sketch always
 * means the article's pairs were compared ({@link ReuseIndex}). Not thread-safe.
 */
final class ReuseSketchTable implements ReuseIndex {

    /** What the settings stamp of the kept sketches is kept under ({@code kept_stamps}). */
    private static final String KEPT = "reuse sketches";

    private final Database db;
    private final ReuseLinkTable links;
    private final KeptFiguresTable stamps;
    private final KeptIndexTable index;
    /** What the run now going sets its sketches aside in ({@link #sketchSpill}), or null. */
    private SpilledSketches spilled;
    /** How many sketches a run holds before it sets them aside ({@link SketchSpill#setAsideAt}; tests set fewer). */
    int setAsideAt = SketchSpill.SET_ASIDE_AT;
    /** Index pages of fewer bytes stay on the heap ({@link MappedTableSpace#MAPPED_FROM}; tests map smaller ones). */
    int mappedFrom = MappedTableSpace.MAPPED_FROM;
    /** How many sketches the last run kept had set aside (for tests). */
    int lastSetAside;

    ReuseSketchTable(Database db, ReuseLinkTable links, KeptFiguresTable stamps) {
        this.db = db;
        this.links = links;
        this.stamps = stamps;
        this.index = new KeptIndexTable(db, links, stamps);
    }

    @Override
    public java.util.Optional<String> keptStamp() {
        return stamps.stamp(KEPT);
    }

    @Override
    public void keepStamp(String stamp) {
        stamps.keepStamp(KEPT, stamp);
    }

    /** Every article in feed order with its kept sketch, in one streaming query (texts are not read). */
    @Override
    public void forEach(Consumer<Entry> action) {
        walk("s.signature IS NOT NULL, s.signature, s.word_signature, s.fingerprints, s.names", action,
                (id, rows) -> new KeptSketch(id, longs(rows.getBytes(6)), longs(rows.getBytes(7)), longs(rows.getBytes(8)),
                        Database.strings(rows.getString(9))));
    }

    /** Every article in feed order, whether a sketch is kept for it, without reading the sketches. */
    @Override
    public void forEachHeader(Consumer<Entry> action) {
        walk("s.article_id IS NOT NULL", action, (id, rows) -> null);
    }

    /**
     * Every article in feed order, from the feed's covering index alone: {@code unsketched} says which
     * have no kept sketch (asking the sketches' table in feed order was a look-up at a random place of
     * it each article: at 1,000,000 articles 0.79 s against 0.46 s for the walk alone when both are in
     * the page cache, 2.9 s more when the sketches' pages are not).
     */
    @Override
    public void forEachHeader(Set<String> unsketched, Consumer<Entry> action) {
        walk("SELECT a.id, a.outlet, a.agency, a.published FROM articles a " + FEED_ORDER,
                (id, rows) -> !unsketched.contains(id), action, (id, rows) -> null);
    }

    /** The feed's order, which the covering index {@code articles_in_feed_order} holds. */
    private static final String FEED_ORDER = "ORDER BY a.published_utc IS NULL, a.published_utc, a.id";

    /** How a row's kept sketch is read (columns from the sixth on), or {@code null}. */
    private interface SketchReader {
        KeptSketch read(String id, ResultSet rows) throws SQLException;
    }

    /**
     * The articles in feed order, each with whether a sketch is kept ({@code columns}' first, a
     * number: 1 when it is; read as a number, not as the id it tests, so the walk of every article
     * makes no string it drops).
     */
    private void walk(String columns, Consumer<Entry> action, SketchReader sketch) {
        walk("SELECT a.id, a.outlet, a.agency, a.published, " + columns + " "
                + "FROM articles a LEFT JOIN reuse_sketches s ON s.article_id = a.id " + FEED_ORDER,
                (id, rows) -> rows.getInt(5) != 0, action, sketch);
    }

    /** Whether a row's article has a kept sketch. */
    private interface Sketched {
        boolean test(String id, ResultSet rows) throws SQLException;
    }

    /** The rows of {@code sql} (id, outlet, agency, published, then what the two readers read) as entries. */
    private void walk(String sql, Sketched sketched, Consumer<Entry> action, SketchReader sketch) {
        try (Statement statement = db.connection().createStatement()) {
            statement.setFetchSize(1024);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    String published = rows.getString(4);
                    boolean kept = sketched.test(id, rows);
                    action.accept(new Entry(id, rows.getString(2), rows.getString(3),
                            published == null ? null : PublishedTime.requireParse(published), kept,
                            kept ? sketch.read(id, rows) : null));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the articles and kept reuse sketches", e);
        }
    }

    /** The kept sketches of some articles, looked up by id in one query a thousand. */
    @Override
    public Map<String, KeptSketch> keptSketches(java.util.Collection<String> ids) {
        Map<String, KeptSketch> found = new java.util.HashMap<>();
        List<String> all = List.copyOf(ids);
        try (PreparedStatement select = db.connection().prepareStatement("SELECT s.article_id, s.signature, s.word_signature, "
                + "s.fingerprints, s.names FROM json_each(?) k JOIN reuse_sketches s ON s.article_id = k.value")) {
            for (int from = 0; from < all.size(); from += 1_000) {
                select.setString(1, Database.json(all.subList(from, Math.min(all.size(), from + 1_000))));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String id = rows.getString(1);
                        found.put(id, new KeptSketch(id, longs(rows.getBytes(2)), longs(rows.getBytes(3)), longs(rows.getBytes(4)),
                                Database.strings(rows.getString(5))));
                    }
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the kept reuse sketches of " + all.size() + " articles", e);
        }
        return found;
    }

    /** The articles without a kept sketch: an anti-join of the two primary keys, no row of either read. */
    @Override
    public java.util.Optional<java.util.Collection<String>> unsketched() {
        List<String> ids = new java.util.ArrayList<>();
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT a.id FROM articles a "
                     + "WHERE NOT EXISTS (SELECT 1 FROM reuse_sketches s WHERE s.article_id = a.id)")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw db.failure("reading which articles have no kept reuse sketch", e);
        }
        return java.util.Optional.of(ids);
    }

    @Override
    public Set<String> checkedNames() {
        Set<String> names = new HashSet<>();
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM reuse_names")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw db.failure("reading the names the reuse sketches were searched for", e);
        }
        return names;
    }

    @Override
    public Set<List<String>> nameOnlyLinks() {
        Set<List<String>> pairs = new HashSet<>();
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT source_id, derived_id FROM reuse_name_links")) {
            while (rows.next()) {
                pairs.add(List.of(rows.getString(1), rows.getString(2)));
            }
        } catch (SQLException e) {
            throw db.failure("reading the reuse links only a name proposed", e);
        }
        return pairs;
    }

    @Override
    public void forEachKeptLink(Consumer<ReuseLink> action) {
        links.forEachReuseLink(action);
    }

    /** For tests: when the kept index sorts a filing and how much its recent table keeps ({@link KeptIndexTable.Limits}). */
    void limitKeptIndex(KeptIndexTable.Limits limits) {
        index.limits = limits;
    }

    @Override
    public java.util.Optional<KeptIndex> keptIndex() {
        return java.util.Optional.of(index);
    }

    @Override
    public Map<Relation, Integer> reuseLinkCounts() {
        return links.countsByRelation();
    }

    @Override
    public java.util.Optional<SketchSpill> sketchSpill() {
        forgetSpilled();
        spilled = SpilledSketches.in(db.dataDir(), setAsideAt);
        return java.util.Optional.of(spilled);
    }

    @Override
    public java.util.Optional<dev.corroborate.reuse.TableSpace> tableSpace() {
        return java.util.Optional.of(MappedTableSpace.in(db.dataDir(), mappedFrom));
    }

    /** Deletes what a run set aside and did not keep (none is going now). */
    void forgetSpilled() {
        if (spilled != null) {
            SpilledSketches gone = spilled;
            spilled = null;
            gone.close();
        }
    }

    @Override
    public void keepReuseRun(LinkFinder.Found found, boolean allSketches) {
        try {
            Iterable<KeptSketch> sketches = found.sketches();
            if (spilled != null && spilled.count() > 0) {
                // Those set aside came first: kept in the order the run made them, as when it held them all,
                // read from their file as they are kept (twice: the sketches, then the kept index), not held.
                lastSetAside = spilled.count();
                Iterable<KeptSketch> setAside = spilled.inOrder();
                sketches = () -> java.util.stream.Stream.concat(
                        java.util.stream.StreamSupport.stream(setAside.spliterator(), false),
                        found.sketches().stream()).iterator();
            } else if (spilled != null) {
                lastSetAside = 0;
            }
            keep(found, allSketches, sketches);
        } finally {
            forgetSpilled();
        }
    }

    private void keep(LinkFinder.Found found, boolean allSketches, Iterable<KeptSketch> sketches) {
        db.inTransaction("storing " + found.links().size() + " reuse links and " + found.sketches().size()
                + (spilled == null ? "" : " + " + spilled.count()) + " sketches", () -> {
            if (found.replacesAll()) {
                links.writeLinks(found.links());
            } else {
                links.writeChanges(found.links(), found.dropped());
            }
            try (Statement statement = db.connection().createStatement();
                 PreparedStatement insert = db.connection().prepareStatement("INSERT OR REPLACE INTO reuse_sketches("
                         + "article_id, signature, word_signature, fingerprints, names) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement name = db.connection().prepareStatement("INSERT OR IGNORE INTO reuse_names(name) VALUES (?)");
                 PreparedStatement byName = db.connection().prepareStatement(
                         "INSERT OR IGNORE INTO reuse_name_links(source_id, derived_id) VALUES (?, ?)");
                 PreparedStatement notByName = db.connection().prepareStatement(
                         "DELETE FROM reuse_name_links WHERE source_id = ? AND derived_id = ?")) {
                if (allSketches) {
                    statement.execute("DELETE FROM reuse_sketches");
                    statement.execute("DELETE FROM reuse_names");
                }
                int batched = 0;
                for (KeptSketch sketch : sketches) {
                    insert.setString(1, sketch.articleId());
                    insert.setBytes(2, bytes(sketch.signature()));
                    insert.setBytes(3, bytes(sketch.wordSignature()));
                    insert.setBytes(4, bytes(sketch.fingerprints()));
                    insert.setString(5, Database.json(sketch.names()));
                    insert.addBatch();
                    // A batch holds its rows until executed: a thousand at a time, not a million.
                    if (++batched % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                for (String n : found.names()) {
                    name.setString(1, n);
                    name.addBatch();
                }
                name.executeBatch();
                if (found.replacesAll()) {
                    statement.execute("DELETE FROM reuse_name_links");
                } else {
                    // The pairs changed or gone lose their mark; those only a name proposed get it again below.
                    List<List<String>> changed = new java.util.ArrayList<>(found.dropped());
                    found.links().forEach(link -> changed.add(List.of(link.sourceId(), link.derivedId())));
                    for (List<String> pair : changed) {
                        notByName.setString(1, pair.get(0));
                        notByName.setString(2, pair.get(1));
                        notByName.addBatch();
                    }
                    notByName.executeBatch();
                }
                for (ReuseLink link : found.nameOnly()) {
                    byName.setString(1, link.sourceId());
                    byName.setString(2, link.derivedId());
                    byName.addBatch();
                }
                byName.executeBatch();
            }
            index.keepFrom(found.feed(), allSketches ? 0 : found.indexFrom(), sketches);
        });
    }

    static byte[] bytes(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asLongBuffer().put(values);
        return buffer.array();
    }

    static long[] longs(byte[] bytes) {
        long[] values = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(values);
        return values;
    }
}
