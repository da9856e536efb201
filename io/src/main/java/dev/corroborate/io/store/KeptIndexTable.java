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
 * The {@code reuse_feed}, {@code reuse_postings} and {@code reuse_mentions} tables (schema 17),
 * and {@code reuse_postings_recent} (schema 20: a batch's postings, merged into the main table as
 * it grows, but for the latest positions' postings, which stay there: a late article moves only
 * articles after it, and their postings are forgotten in the small table; the main table's bound,
 * kept under {@link #MAIN_BELOW}, says which of it a move reaches): the reuse indexes as postings
 * by feed position, looked up with a batch's keys
 * ({@link KeptIndex}, both tables in one query), and kept from a feed position on with the links
 * and sketches.
 * Not thread-safe.
 */
final class KeptIndexTable implements KeptIndex {

    /**
     * When the store files postings in key order and when it merges the recent table into the main one.
     *
     * @param sortedFrom     more articles filed at once than this go through {@code reuse_postings_filed}, in key order
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
     * Under what {@code kept_stamps} keeps a bound of the main postings table: it holds no posting at
     * this feed position or later (absent: no bound known, as a store before it kept one).
     */
    static final String MAIN_BELOW = "reuse postings: main table below position";

    private final Database db;
    private final ReuseLinkTable links;
    /** Where the main table's bound is kept ({@link #MAIN_BELOW}). */
    private final KeptFiguresTable stamps;
    private final Limits limits;

    KeptIndexTable(Database db, ReuseLinkTable links, KeptFiguresTable stamps) {
        this(db, links, stamps, Limits.DEFAULTS);
    }

    KeptIndexTable(Database db, ReuseLinkTable links, KeptFiguresTable stamps, Limits limits) {
        this.db = db;
        this.links = links;
        this.stamps = stamps;
        this.limits = limits;
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
     * Keys looked up in one query: each key's newest postings and whether it holds more, as a
     * correlated subquery per key of a JSON array SQLite expands itself (one JDBC query a key cost
     * more than the index descent it asks for: 38,000 keys a chunk of a batch). Only the keys that
     * hold any posting come back: most of a batch's keys are new, and an index descent that finds
     * nothing costs less than the merged, ordered subquery and a row through JDBC.
     */
    private static final int KEYS_A_QUERY = 2_000;

    @Override
    public Map<Long, Postings> postings(Kind kind, long[] keys, int recent, int countCap) {
        return postingsWithin(kind, keys, recent, countCap, 0, Integer.MAX_VALUE);
    }

    /**
     * From a position on, the list's subquery reads only that end of each key's postings, and a second
     * counts them all as far as the list's limit (index entries counted, no position written out, sent
     * and parsed): a common word key's thousand positions, most of them too old to count, are not
     * listed. Every subquery stops short of {@code before} (a range of the primary key).
     */
    @Override
    public Map<Long, Postings> postingsWithin(Kind kind, long[] keys, int recent, int countCap, int from, int before) {
        Map<Long, Postings> found = new HashMap<>();
        int limit = Math.min(countCap, recent + 1);
        // Both tables in descending order, merged by SQLite as it goes (a common key stops at the limit).
        String listed = "(SELECT group_concat(position) FROM (SELECT position FROM reuse_postings p "
                + "WHERE p.kind = ?1 AND p.hash = k.value AND p.position >= ?4 AND p.position < ?5 UNION ALL SELECT position "
                + "FROM reuse_postings_recent r WHERE r.kind = ?1 AND r.hash = k.value AND r.position >= ?4 AND r.position < ?5 "
                + "ORDER BY 1 DESC LIMIT ?2))";
        String counted = from == 0 ? "NULL" : "(SELECT count(*) FROM (SELECT 1 FROM reuse_postings p WHERE p.kind = ?1 "
                + "AND p.hash = k.value AND p.position < ?5 UNION ALL SELECT 1 FROM reuse_postings_recent r WHERE r.kind = ?1 "
                + "AND r.hash = k.value AND r.position < ?5 LIMIT ?2))";
        try (PreparedStatement newest = db.connection().prepareStatement(
                "SELECT k.value, " + listed + ", " + counted + " "
                        + "FROM json_each(?3) k WHERE EXISTS (SELECT 1 FROM reuse_postings p WHERE p.kind = ?1 AND p.hash = k.value "
                        + "AND p.position < ?5) OR EXISTS (SELECT 1 FROM reuse_postings_recent r WHERE r.kind = ?1 "
                        + "AND r.hash = k.value AND r.position < ?5)");
             PreparedStatement count = db.connection().prepareStatement(
                     "SELECT count(*) FROM (SELECT 1 FROM reuse_postings WHERE kind = ?1 AND hash = ?2 AND position < ?4 "
                             + "UNION ALL SELECT 1 FROM reuse_postings_recent WHERE kind = ?1 AND hash = ?2 AND position < ?4 "
                             + "LIMIT ?3)")) {
            // In key order: neighbouring look-ups descend through the same pages.
            long[] sorted = keys.clone();
            java.util.Arrays.sort(sorted);
            for (int first = 0; first < sorted.length; first += KEYS_A_QUERY) {
                long[] some = java.util.Arrays.copyOfRange(sorted, first, Math.min(sorted.length, first + KEYS_A_QUERY));
                newest.setInt(1, kind.ordinal());
                newest.setInt(2, limit);
                newest.setString(3, java.util.Arrays.toString(some));
                newest.setInt(4, from);
                newest.setInt(5, before);
                try (ResultSet rows = newest.executeQuery()) {
                    while (rows.next()) {
                        String positions = rows.getString(2);
                        if (positions == null && from == 0) {
                            continue;
                        }
                        long key = rows.getLong(1);
                        int[] newestFirst = positions == null ? new int[0] : descending(positions);
                        // Counted as far as the limit: all the list's when it starts at 0.
                        int n = from == 0 ? newestFirst.length : rows.getInt(3);
                        int total = n;
                        if (n == limit && limit < countCap) {
                            count.setInt(1, kind.ordinal());
                            count.setLong(2, key);
                            count.setInt(3, countCap);
                            count.setInt(4, before);
                            try (ResultSet all = count.executeQuery()) {
                                total = all.next() ? all.getInt(1) : n;
                            }
                        }
                        found.put(key, new Postings(newestFirst.length > recent ? java.util.Arrays.copyOf(newestFirst, recent)
                                : newestFirst, total));
                    }
                }
            }
        } catch (SQLException e) {
            throw db.failure("looking up " + keys.length + " keys in the kept reuse index", e);
        }
        return found;
    }

    /** Comma-separated positions as an array, largest first (group_concat promises no order). */
    private static int[] descending(String positions) {
        int[] values = new int[1 + (int) positions.chars().filter(c -> c == ',').count()];
        int n = 0;
        int value = 0;
        for (int i = 0; i < positions.length(); i++) {
            char c = positions.charAt(i);
            if (c == ',') {
                values[n++] = value;
                value = 0;
            } else {
                value = value * 10 + (c - '0');
            }
        }
        values[n] = value;
        java.util.Arrays.sort(values);
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
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
        // A batch's keys land all over the postings' pages: with the default page cache (2 MB) each
        // insert pages one in and out again; a larger one for the filing only (then given back).
        // A run from scratch sorts every posting before filing it (below): SQLite's sorter may then
        // sort on every core (PRAGMA threads; 0, this thread alone, otherwise): 10 to 15 % less time
        // for the 15 million postings of 100,000 articles.
        int cache;
        int threads;
        try (Statement statement = db.connection().createStatement()) {
            cache = pragma(statement, "cache_size", -2000);
            threads = pragma(statement, "threads", 0);
            statement.execute("PRAGMA cache_size = " + FILING_CACHE_KIB);
            statement.execute("PRAGMA threads = " + Runtime.getRuntime().availableProcessors());
        }
        try {
            file(feed, from, rewritten);
        } finally {
            try (Statement statement = db.connection().createStatement()) {
                statement.execute("PRAGMA cache_size = " + cache);
                statement.execute("PRAGMA threads = " + threads);
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
                statement.execute("DELETE FROM reuse_postings");
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
            // Many postings (a run from scratch, a daily batch) go through an unindexed temporary table
            // and are filed in key order: inserted in feed order, each lands at a random place of the
            // index (several times the time, most of it paging).
            // One row per article and index there (its keys as a JSON array, expanded by SQLite): a
            // row a posting through JDBC cost more than the filing itself.
            boolean sorted = feed.size() - from > limits.sortedFrom();
            if (sorted) {
                statement.execute("CREATE TEMP TABLE IF NOT EXISTS reuse_postings_filed (kind INTEGER, position INTEGER, hashes TEXT)");
                statement.execute("DELETE FROM reuse_postings_filed");
                try (PreparedStatement filing = db.connection().prepareStatement(
                        "INSERT INTO reuse_postings_filed(kind, position, hashes) VALUES (?, ?, ?)")) {
                    filePostings(feed, from, rewritten, sketch, place, mention, (kind, keys, position) -> {
                        filing.setInt(1, kind.ordinal());
                        filing.setInt(2, position);
                        filing.setString(3, java.util.Arrays.toString(keys));
                        filing.addBatch();
                        return 1;
                    }, filing);
                }
                // The latest positions' postings go to the recent table, as a merge leaves them there.
                int cut = recentFrom(statement, from);
                for (String table : List.of("reuse_postings", "reuse_postings_recent")) {
                    try (PreparedStatement filed = db.connection().prepareStatement("INSERT OR IGNORE INTO " + table
                            + "(kind, hash, position) SELECT f.kind, j.value, f.position FROM reuse_postings_filed f, "
                            + "json_each(f.hashes) j WHERE (f.position < ?1) = ?2 ORDER BY 1, 2, 3")) {
                        filed.setInt(1, cut);
                        filed.setBoolean(2, table.equals("reuse_postings"));
                        filed.executeUpdate();
                    }
                }
                statement.execute("DELETE FROM reuse_postings_filed");
                if (cut > from) {
                    keepMainBelow(Math.max(mainBelow(), cut));
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
            long recent;
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM reuse_postings_recent")) {
                recent = rows.next() ? rows.getLong(1) : 0;
            }
            if (recent > limits.mergeRecentAt()) {
                mergeRecent(statement);
            }
        }
    }

    /**
     * The first feed position whose postings, filed in key order from {@code reuse_postings_filed}, go to
     * the recent table: the latest ones, {@link Limits#recentKept} postings at most ({@code from} when
     * they all fit).
     */
    private int recentFrom(Statement statement, int from) throws SQLException {
        long kept = 0;
        try (ResultSet rows = statement.executeQuery("SELECT position, sum(json_array_length(hashes)) FROM reuse_postings_filed "
                + "GROUP BY position ORDER BY position DESC")) {
            while (rows.next()) {
                kept += rows.getLong(2);
                if (kept > limits.recentKept()) {
                    return rows.getInt(1) + 1;
                }
            }
        }
        return from;
    }

    /**
     * Merges the recent postings into the main table in key order, but for those of the latest feed
     * positions ({@link Limits#recentKept} of them): a late article moves the articles after it, and
     * forgetting their postings in the small table costs its few pages, where in the main one each
     * posting is a look-up of its own among all (at 1,000,000 articles, 5,064 moved articles' postings
     * took 30 s to delete there). The main table's bound rises to the first position left.
     */
    private void mergeRecent(Statement statement) throws SQLException {
        int cut;
        try (PreparedStatement first = db.connection().prepareStatement(
                "SELECT position FROM reuse_postings_recent ORDER BY position DESC LIMIT 1 OFFSET ?")) {
            first.setLong(1, limits.recentKept());
            try (ResultSet rows = first.executeQuery()) {
                // The position of the first posting past those left: everything before it is merged.
                cut = rows.next() ? rows.getInt(1) + 1 : 0;
            }
        }
        if (cut == 0) {
            return;
        }
        try (PreparedStatement merge = db.connection().prepareStatement("INSERT OR IGNORE INTO reuse_postings(kind, hash, position) "
                + "SELECT kind, hash, position FROM reuse_postings_recent WHERE position < ? ORDER BY 1, 2, 3");
             PreparedStatement merged = db.connection().prepareStatement("DELETE FROM reuse_postings_recent WHERE position < ?")) {
            merge.setInt(1, cut);
            merge.executeUpdate();
            merged.setInt(1, cut);
            merged.executeUpdate();
        }
        keepMainBelow(Math.max(mainBelow(), cut));
    }

    /** The main postings table's bound ({@link #MAIN_BELOW}): none of its postings is at this position or later. */
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
     * each table. The main postings table is left alone when its bound says it holds none of them
     * (they are in the recent one), and asked only for those below its bound otherwise; the recent
     * one is scanned when they hold more than a 64th of it.
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
            for (String table : List.of("reuse_feed", "reuse_postings", "reuse_postings_recent", "reuse_mentions")) {
                if (table.equals("reuse_postings") && !inMain) {
                    continue;
                }
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
             PreparedStatement inMainTable = db.connection().prepareStatement("DELETE FROM reuse_postings WHERE (kind, hash, position) IN "
                     + "(SELECT m.kind, j.value, m.position FROM reuse_postings_moved m, json_each(m.hashes) j WHERE m.position < ?)");
             PreparedStatement places = db.connection().prepareStatement("DELETE FROM reuse_feed WHERE position >= ?")) {
            if (inMain) {
                inMainTable.setInt(1, below);
                inMainTable.executeUpdate();
                keepMainBelow(from);
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

    /** Files the articles of the feed from {@code from} on: their place, postings and names. */
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
                post.executeBatch();
                mention.executeBatch();
                batched = 0;
            }
        }
        place.executeBatch();
        post.executeBatch();
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
