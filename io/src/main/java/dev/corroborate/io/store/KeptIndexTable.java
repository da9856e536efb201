package dev.corroborate.io.store;

import dev.corroborate.model.ReuseLink;
import dev.corroborate.reuse.KeptIndex;
import dev.corroborate.reuse.KeptSketch;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code reuse_feed} and {@code reuse_mentions} tables (schema 17), {@code reuse_postings_recent}
 * (schema 20: a batch's postings, merged into the main postings as they grow, but for the latest
 * positions' postings, which stay there: a late article moves only articles after it, and their
 * postings are forgotten in the small table) and the main postings' pages
 * ({@code reuse_posting_pages}, schema 27, {@link KeptPostingPages}; their bound, kept under
 * {@link #MAIN_BELOW}, says from which position on what they hold moved): the reuse indexes as
 * postings by feed position, looked up with a batch's keys ({@link KeptIndex}, the pages and the
 * recent table as one), and kept from a feed position on with the links and sketches.
 * Not thread-safe.
 */
final class KeptIndexTable implements KeptIndex {

    /**
     * When the store files postings in key order and when it merges the recent table into the main one.
     *
     * @param sortedFrom     more articles filed at once than this are sorted before filing (the pages, or the recent table in key order)
     * @param mergeRecentAt  the recent postings are merged into the main table when they are more than this
     * @param recentKept     how many of the recent postings a merge leaves there: those of the latest feed positions
     */
    record Limits(int sortedFrom, long mergeRecentAt, long recentKept) {

        /**
         * 100 articles: a daily batch of 1,000 into 100,000 (about 150,000 postings into a recent table of
         * a million) filed in key order took 0.28 to 0.30 s of the run's thread's CPU against 0.37 to 0.52 s
         * filed in feed order (docs/BENCHMARKS.md, "Seventeenth session"), each posting landing at a
         * random page of the table otherwise; smaller batches are not measured. About 13,000 articles' worth of
         * recent postings (150 keys each), 13 batches of 1,000; half of it left there (merging rewrites
         * the main table's pages they land on once for all of them).
         */
        static final Limits DEFAULTS = new Limits(100, 2_000_000, 1_000_000);
    }

    /**
     * Under what {@code kept_stamps} keeps the bound of the main postings (the pages): what they hold at
     * this feed position or later moved since it was filed, and is not read (absent: none moved).
     */
    static final String MAIN_BELOW = "reuse postings: main table below position";

    private final Database db;
    private final ReuseLinkTable links;
    /** Where the main table's bound is kept ({@link #MAIN_BELOW}). */
    private final KeptFiguresTable stamps;
    private final RecentPostings recentPostings;
    /** Set by tests only, to file small feeds as large ones are. */
    Limits limits;

    KeptIndexTable(Database db, ReuseLinkTable links, KeptFiguresTable stamps) {
        this(db, links, stamps, Limits.DEFAULTS);
    }

    KeptIndexTable(Database db, ReuseLinkTable links, KeptFiguresTable stamps, Limits limits) {
        this.db = db;
        this.links = links;
        this.stamps = stamps;
        this.limits = limits;
        this.recentPostings = new RecentPostings(db);
    }

    /** The kept feed; empty when its positions do not run 0, 1, 2... (nothing kept, or not as written). */
    @Override
    public List<String> feed() {
        List<String> feed = new ArrayList<>();
        try (Statement statement = db.connection().createStatement()) {
            statement.setFetchSize(4096);
            try (ResultSet rows = statement.executeQuery("SELECT position, article_id FROM reuse_feed ORDER BY position")) {
                while (rows.next()) {
                    if (rows.getInt(1) != feed.size()) {
                        return List.of();
                    }
                    feed.add(rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the kept reuse feed", e);
        }
        return feed;
    }

    /**
     * Keys (or positions) looked up in one query, as a JSON array SQLite expands itself (one JDBC query a
     * key cost more than the index descent it asks for: 38,000 keys a chunk of a batch). Only the keys
     * that hold any posting come back: most of a batch's keys are new.
     */
    static final int KEYS_A_QUERY = 2_000;

    @Override
    public Map<Long, Postings> postings(Kind kind, long[] keys, int recent, int countCap) {
        return postingsWithin(kind, keys, recent, countCap, 0, Integer.MAX_VALUE);
    }

    /**
     * The main postings come from their pages ({@link KeptPostingPages#lookUp}, below the main bound),
     * the recent ones from their table (a small one: every position of a key, one query for many keys,
     * a JSON array SQLite expands itself); a key's two lists are one, newest first, cut to what was asked.
     */
    @Override
    public Map<Long, Postings> postingsWithin(Kind kind, long[] keys, int recent, int countCap, int from, int before) {
        Map<Long, Postings> found = new HashMap<>();
        try {
            // In key order (neighbouring look-ups descend through the same pages), each once (a key asked
            // twice would list its recent positions twice).
            long[] sorted = java.util.Arrays.stream(keys).sorted().distinct().toArray();
            Map<Long, int[]> inMain = KeptPostingPages.lookUp(db, kind, sorted, Math.min(before, mainBelow()));
            Map<Long, int[]> inRecent = recentPostings.lookUp(kind, sorted, before);
            java.util.Set<Long> held = new java.util.HashSet<>(inMain.keySet());
            held.addAll(inRecent.keySet());
            for (long key : held) {
                int[] all = newestFirst(inRecent.getOrDefault(key, NONE), inMain.getOrDefault(key, NONE));
                // Both lists hold only positions before `before`, and none is empty.
                int listed = 0;
                int[] newest = new int[Math.min(recent, all.length)];
                for (int i = 0; i < all.length && listed < newest.length && all[i] >= from; i++) {
                    newest[listed++] = all[i];
                }
                found.put(key, new Postings(listed == newest.length ? newest : java.util.Arrays.copyOf(newest, listed),
                        Math.min(all.length, countCap)));
            }
        } catch (SQLException e) {
            throw db.failure("looking up " + keys.length + " keys in the kept reuse index", e);
        }
        return found;
    }

    private static final int[] NONE = new int[0];

    /** Two lists of positions, each newest first, as one (a position in both once). */
    private static int[] newestFirst(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] merged = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j >= b.length || (i < a.length && a[i] >= b[j]) ? a[i++] : b[j++];
            if (n == 0 || merged[n - 1] != next) {
                merged[n++] = next;
            }
        }
        return n == merged.length ? merged : java.util.Arrays.copyOf(merged, n);
    }

    @Override
    public Map<Integer, short[]> compactWords(int[] positions) {
        Map<Integer, short[]> words = new HashMap<>();
        try (PreparedStatement select = db.connection().prepareStatement(
                "SELECT f.position, f.compact_words FROM json_each(?) k JOIN reuse_feed f ON f.position = k.value")) {
            for (int from = 0; from < positions.length; from += KEYS_A_QUERY) {
                select.setString(1, java.util.Arrays.toString(
                        java.util.Arrays.copyOfRange(positions, from, Math.min(positions.length, from + KEYS_A_QUERY))));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        words.put(rows.getInt(1), shorts(rows.getBytes(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading " + positions.length + " kept content-word signatures", e);
        }
        return words;
    }

    @Override
    public int[] mentioning(String name) {
        List<Integer> positions = new ArrayList<>();
        try (PreparedStatement select = db.connection().prepareStatement(
                "SELECT position FROM reuse_mentions WHERE name = ? ORDER BY position")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    positions.add(rows.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the kept articles that name " + name, e);
        }
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public List<ReuseLink> keptLinksInto(Collection<String> derivedIds) {
        return links.linksOf("derived_id", derivedIds);
    }

    @Override
    public List<ReuseLink> keptLinksFrom(Collection<String> sourceIds) {
        return links.linksOf("source_id", sourceIds);
    }

    @Override
    public Set<String> derivedAmong(Collection<String> ids) {
        Set<String> derived = new HashSet<>();
        try (PreparedStatement select = db.connection().prepareStatement(
                "SELECT 1 FROM reuse_links WHERE derived_id = ? AND relation <> 'cites' LIMIT 1")) {
            for (String id : ids) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        derived.add(id);
                    }
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading which of " + ids.size() + " articles derive from another", e);
        }
        return derived;
    }

    /**
     * Keeps the index of the feed from position {@code from} on, inside the caller's transaction,
     * from the sketches kept now (so after they are written): what was kept from there on goes,
     * and each article from there on is filed under its keys. {@code rewritten} are the sketches
     * this run wrote: one before {@code from} may have new names (names only grow).
     */
    void keepFrom(List<String> feed, int from, Iterable<KeptSketch> rewritten) throws SQLException {
        // A batch's keys land all over the recent table's pages: with the default page cache (2 MB) each
        // insert pages one in and out again; a larger one for the filing only (then given back). The
        // postings are sorted here, not by SQLite (the pages' parts, the recent table's share).
        int cache;
        try (Statement statement = db.connection().createStatement()) {
            cache = pragma(statement, "cache_size", -2000);
            statement.execute("PRAGMA cache_size = " + FILING_CACHE_KIB);
        }
        try {
            file(feed, from, rewritten);
        } finally {
            try (Statement statement = db.connection().createStatement()) {
                statement.execute("PRAGMA cache_size = " + cache);
            }
        }
    }

    /** A pragma's value now, or {@code otherwise} when SQLite gives none. */
    private static int pragma(Statement statement, String name, int otherwise) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getInt(1) : otherwise;
        }
    }

    /** The page cache while filing, in KiB (as SQLite reads a negative size): 64 MB. */
    private static final int FILING_CACHE_KIB = -65_536;

    private void file(List<String> feed, int from, Iterable<KeptSketch> rewritten) throws SQLException {
        try (Statement statement = db.connection().createStatement();
             PreparedStatement sketch = db.connection().prepareStatement(
                     "SELECT signature, word_signature, fingerprints, names FROM reuse_sketches WHERE article_id = ?");
             PreparedStatement place = db.connection().prepareStatement(
                     "INSERT INTO reuse_feed(position, article_id, compact_words) VALUES (?, ?, ?)");
             PreparedStatement post = db.connection().prepareStatement(
                     "INSERT OR IGNORE INTO reuse_postings_recent(kind, hash, position) SELECT ?1, value, ?2 FROM json_each(?3)");
             PreparedStatement mention = db.connection().prepareStatement(
                     "INSERT OR IGNORE INTO reuse_mentions(name, position) VALUES (?, ?)");
             PreparedStatement positionOf = db.connection().prepareStatement(
                     "SELECT position FROM reuse_feed WHERE article_id = ?")) {
            if (from == 0) {
                statement.execute("DELETE FROM reuse_feed");
                statement.execute("DELETE FROM reuse_posting_pages");
                statement.execute("DELETE FROM reuse_postings_recent");
                statement.execute("DELETE FROM reuse_mentions");
                keepMainBelow(0);
            } else {
                boolean later;
                try (PreparedStatement any = db.connection().prepareStatement("SELECT 1 FROM reuse_feed WHERE position >= ? LIMIT 1")) {
                    any.setInt(1, from);
                    try (ResultSet rows = any.executeQuery()) {
                        later = rows.next();
                    }
                }
                if (later) {
                    // An article came before kept ones: those after it move.
                    forgetFrom(from);
                }
                Set<String> filedNow = new HashSet<>(feed.subList(from, feed.size()));
                for (KeptSketch kept : rewritten) {
                    if (filedNow.contains(kept.articleId()) || kept.names().isEmpty()) {
                        continue;
                    }
                    positionOf.setString(1, kept.articleId());
                    try (ResultSet rows = positionOf.executeQuery()) {
                        if (rows.next()) {
                            int position = rows.getInt(1);
                            for (String name : kept.names()) {
                                mention.setString(1, name);
                                mention.setInt(2, position);
                                mention.addBatch();
                            }
                        }
                    }
                }
                mention.executeBatch();
            }
            // Many postings (a run from scratch, a daily batch): the latest positions' go to the recent table, as a
            // merge leaves them there, sorted here and filed in key order (inserted in feed order, each landed at a
            // random place of the index: several times the time, most of it paging); the others to the pages.
            boolean sorted = feed.size() - from > limits.sortedFrom();
            if (sorted) {
                try (KeptPostingPages.Filing main = new KeptPostingPages.Filing(db.dataDir())) {
                    RecentPostings.Tail tail = new RecentPostings.Tail(limits.recentKept(), main);
                    filePostings(feed, from, rewritten, sketch, place, mention, (kind, keys, position) -> {
                        tail.add(kind, keys, position);
                        return keys.length;
                    }, null);
                    int cut = tail.finish(from);
                    if (main.count() > 0) {
                        main.fileInto(db, mainBelow(), from == 0);
                    }
                    recentPostings.file(tail);
                    if (cut > from) {
                        keepMainBelow(Math.max(mainBelow(), cut));
                    }
                }
            } else {
                // A small batch's few postings go to the recent table as they come; when it holds many,
                // they are merged into the main one in key order. One statement an article and index,
                // its keys a JSON array expanded by SQLite in their order (a statement a posting through
                // JDBC cost more than the filing itself).
                filePostings(feed, from, rewritten, sketch, place, mention, (kind, keys, position) -> {
                    post.setInt(1, kind.ordinal());
                    post.setInt(2, position);
                    post.setString(3, java.util.Arrays.toString(keys));
                    post.addBatch();
                    return keys.length;
                }, post);
            }
            if (recentPostings.count() > limits.mergeRecentAt()) {
                int cut = recentPostings.mergeIntoPages(limits.recentKept(), mainBelow());
                if (cut > 0) {
                    keepMainBelow(Math.max(mainBelow(), cut)); // the pages' moved postings are dropped now
                }
            }
        }
    }

    /**
     * The main postings' bound ({@link #MAIN_BELOW}): every posting the pages hold at this position or later
     * moved since it was filed (the recent table holds the postings from there on).
     */
    private int mainBelow() {
        return stamps.stamp(MAIN_BELOW).map(Integer::parseInt).orElse(Integer.MAX_VALUE);
    }

    private void keepMainBelow(int position) throws SQLException {
        stamps.writeStamp(MAIN_BELOW, Integer.toString(position));
    }

    /**
     * Forgets the kept places, postings and names of the articles at feed position {@code from} and
     * later (they move: a batch's article came before them). A few of many are forgotten by their
     * own keys and names, read from their kept sketches (a posting's table is ordered by key, so a
     * delete by position alone reads all of it: 15 million postings, 1.6 s, at 100,000 articles,
     * where 2,941 articles' own postings took 2.7 s); more than a 64th of the feed by a scan of
     * each table. The pages are left as they are: when they hold moved postings, the main bound falls
     * to the first moved position (what the pages hold from there on is read as moved, and dropped at
     * their next filing). The recent table is scanned when they hold more than a 64th of it.
     */
    private void forgetFrom(int from) throws SQLException {
        int below = mainBelow();
        boolean inMain = from < below;
        int moved;
        int total;
        try (PreparedStatement counted = db.connection().prepareStatement(
                "SELECT count(*), (SELECT max(position) + 1 FROM reuse_feed) FROM reuse_feed WHERE position >= ?")) {
            counted.setInt(1, from);
            try (ResultSet rows = counted.executeQuery()) {
                rows.next();
                moved = rows.getInt(1);
                total = rows.getInt(2);
            }
        }
        if ((long) moved * 64 > total) {
            for (String table : List.of("reuse_feed", "reuse_postings_recent", "reuse_mentions")) {
                try (PreparedStatement delete = db.connection().prepareStatement("DELETE FROM " + table + " WHERE position >= ?")) {
                    delete.setInt(1, from);
                    delete.executeUpdate();
                }
            }
            if (inMain) {
                keepMainBelow(from);
            }
            return;
        }
        // The moved articles' keys, a row an article and index (a JSON array, expanded by SQLite): the
        // delete looks each posting up by the whole primary key, SQLite holding the list it deletes
        // sorted (deleted in the moved articles' order, one statement each, it took 2 ms an article).
        try (Statement statement = db.connection().createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS reuse_postings_moved (kind INTEGER, position INTEGER, hashes TEXT)");
            statement.execute("DELETE FROM reuse_postings_moved");
        }
        try (PreparedStatement movedSketches = db.connection().prepareStatement("SELECT f.position, f.article_id, s.signature, "
                + "s.word_signature, s.fingerprints, s.names FROM reuse_feed f LEFT JOIN reuse_sketches s "
                + "ON s.article_id = f.article_id WHERE f.position >= ? ORDER BY f.position");
             PreparedStatement names = db.connection().prepareStatement(
                     "DELETE FROM reuse_mentions WHERE name IN (SELECT value FROM json_each(?1)) AND position = ?2");
             PreparedStatement keys = db.connection().prepareStatement(
                     "INSERT INTO reuse_postings_moved(kind, position, hashes) VALUES (?, ?, ?)")) {
            movedSketches.setInt(1, from);
            try (ResultSet rows = movedSketches.executeQuery()) {
                while (rows.next()) {
                    int position = rows.getInt(1);
                    if (rows.getBytes(3) == null) {
                        throw new SQLException("the kept reuse feed places article " + rows.getString(2) + " at " + position
                                + " without a kept sketch");
                    }
                    KeptSketch sketch = new KeptSketch(rows.getString(2), ReuseSketchTable.longs(rows.getBytes(3)),
                            ReuseSketchTable.longs(rows.getBytes(4)), ReuseSketchTable.longs(rows.getBytes(5)),
                            Database.strings(rows.getString(6)));
                    for (Kind kind : Kind.values()) {
                        keys.setInt(1, kind.ordinal());
                        keys.setInt(2, position);
                        keys.setString(3, java.util.Arrays.toString(KeptIndex.keys(kind, sketch)));
                        keys.addBatch();
                    }
                    names.setString(1, Database.json(sketch.names()));
                    names.setInt(2, position);
                    names.addBatch();
                }
            }
            keys.executeBatch();
            names.executeBatch();
        }
        try (Statement statement = db.connection().createStatement();
             PreparedStatement places = db.connection().prepareStatement("DELETE FROM reuse_feed WHERE position >= ?")) {
            if (inMain) {
                keepMainBelow(from); // the pages' postings from there on are read as moved, and dropped at their next filing
            }
            // The recent table is small: when the moved articles hold more than a 64th of it (a batch moving
            // the batches before it), a scan of it costs less than a look-up a posting.
            long movedPostings;
            long recentPostings;
            try (ResultSet rows = statement.executeQuery("SELECT (SELECT sum(json_array_length(hashes)) FROM reuse_postings_moved), "
                    + "(SELECT count(*) FROM reuse_postings_recent)")) {
                rows.next();
                movedPostings = rows.getLong(1);
                recentPostings = rows.getLong(2);
            }
            if (movedPostings * 64 > recentPostings) {
                try (PreparedStatement scan = db.connection().prepareStatement("DELETE FROM reuse_postings_recent WHERE position >= ?")) {
                    scan.setInt(1, from);
                    scan.executeUpdate();
                }
            } else {
                statement.execute("DELETE FROM reuse_postings_recent WHERE (kind, hash, position) IN "
                        + "(SELECT m.kind, j.value, m.position FROM reuse_postings_moved m, json_each(m.hashes) j)");
            }
            statement.execute("DELETE FROM reuse_postings_moved");
            places.setInt(1, from);
            places.executeUpdate();
        }
    }

    /** Adds an article's keys in one index to a batch; returns how many rows it added. */
    private interface Filing {
        int add(Kind kind, long[] keys, int position) throws SQLException;
    }

    /** Files the articles of the feed from {@code from} on: their place, postings and names ({@code post}: the batch {@code filing} adds to, if any). */
    private void filePostings(List<String> feed, int from, Iterable<KeptSketch> rewritten, PreparedStatement sketch,
            PreparedStatement place, PreparedStatement mention, Filing filing, PreparedStatement post) throws SQLException {
        // The sketches this run wrote are at hand (a batch's new articles): read back only the others.
        // They come in the order the run made them, which is the feed's for a run from scratch: each is
        // taken as the walk meets it, and only those met ahead of their place are held (a million a run
        // from scratch would be, about 2 GB, read from where they were set aside; a batch whose walk meets
        // a kept article first holds its few new ones, as the map of them all did). An article is sketched
        // once a run, so no id comes twice.
        java.util.Iterator<KeptSketch> coming = rewritten.iterator();
        Map<String, KeptSketch> metAhead = new HashMap<>();
        Set<String> filedHere = new HashSet<>(feed.subList(from, feed.size()));
        int batched = 0;
        for (int position = from; position < feed.size(); position++) {
            String id = feed.get(position);
            KeptSketch kept = metAhead.remove(id);
            while (kept == null && coming.hasNext()) {
                KeptSketch next = coming.next();
                if (next.articleId().equals(id)) {
                    kept = next;
                } else if (filedHere.contains(next.articleId())) {
                    metAhead.put(next.articleId(), next);
                }
            }
            if (kept == null) {
                sketch.setString(1, id);
                try (ResultSet rows = sketch.executeQuery()) {
                    if (!rows.next()) {
                        throw new StoreException("article " + id + " has no kept reuse sketch to file in the kept index");
                    }
                    kept = new KeptSketch(id, ReuseSketchTable.longs(rows.getBytes(1)), ReuseSketchTable.longs(rows.getBytes(2)),
                            ReuseSketchTable.longs(rows.getBytes(3)), Database.strings(rows.getString(4)));
                }
            }
            place.setInt(1, position);
            place.setString(2, id);
            place.setBytes(3, bytes(KeptIndex.compactWords(kept.wordSignature())));
            place.addBatch();
            for (Kind kind : Kind.values()) {
                batched += filing.add(kind, KeptIndex.keys(kind, kept), position);
            }
            for (String name : kept.names()) {
                mention.setString(1, name);
                mention.setInt(2, position);
                mention.addBatch();
            }
            if (batched >= 20_000) {
                place.executeBatch();
                if (post != null) {
                    post.executeBatch();
                }
                mention.executeBatch();
                batched = 0;
            }
        }
        place.executeBatch();
        if (post != null) {
            post.executeBatch();
        }
        mention.executeBatch();
        // Read to their end, so a file they are read from is closed now, not when collected.
        while (coming.hasNext()) {
            coming.next();
        }
    }

    private static byte[] bytes(short[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Short.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asShortBuffer().put(values);
        return buffer.array();
    }

    private static short[] shorts(byte[] bytes) {
        short[] values = new short[bytes.length / Short.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(values);
        return values;
    }
}
