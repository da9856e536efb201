package dev.corroborate.io.store;

import static dev.corroborate.io.store.StoreSql.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.reuse.KeptIndex;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept index's look-ups read a key's postings from both tables (schema 20: a batch's postings
 * in {@code reuse_postings_recent}) as one list: the newest first, at most the number asked, and
 * the count across both, whichever table holds them and however many keys a query asks.
 */
class KeptIndexTableTest {

    @TempDir
    Path dir;

    @Test
    void postingsOfBothTablesAreLookedUpAsOne() throws SQLException {
        Database db = Database.open(dir);
        try {
            KeptIndexTable index = new KeptIndexTable(db, new ReuseLinkTable(db), new KeptFiguresTable(db));
            // key 7: positions 0..9 in the main postings' pages, 10..14 recent; key -3: only recent; key Long.MIN_VALUE: only main
            try (KeptPostingPages.Filing main = new KeptPostingPages.Filing(dir)) {
                for (int p = 0; p < 10; p++) {
                    main.add(KeptIndex.Kind.WORD_BAND, 7, p);
                }
                main.add(KeptIndex.Kind.WORD_BAND, Long.MIN_VALUE, 2);
                main.add(KeptIndex.Kind.SHINGLE_BAND, 7, 99); // another kind of index is not looked up
                db.inTransaction("filing pages", () -> main.fileInto(db, 0, true));
            }
            for (int p = 10; p < 15; p++) {
                post(db, "reuse_postings_recent", 7, p);
            }
            post(db, "reuse_postings_recent", -3, 12);
            post(db, "reuse_postings_recent", -3, 4);
            long[] keys = new long[5_000];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = 1_000_000L + i; // absent keys, more than one query's worth
            }
            keys[1234] = 7;
            keys[4321] = -3;
            keys[10] = Long.MIN_VALUE;

            Map<Long, KeptIndex.Postings> found = index.postings(KeptIndex.Kind.WORD_BAND, keys, 4, 12);
            assertThat(found).containsOnlyKeys(7L, -3L, Long.MIN_VALUE);
            assertThat(found.get(7L).newestFirst()).containsExactly(14, 13, 12, 11);
            assertThat(found.get(7L).count()).isEqualTo(12); // counted up to the cap asked
            assertThat(found.get(-3L).newestFirst()).containsExactly(12, 4);
            assertThat(found.get(-3L).count()).isEqualTo(2);
            assertThat(found.get(Long.MIN_VALUE).newestFirst()).containsExactly(2);

            Map<Long, KeptIndex.Postings> uncapped = index.postings(KeptIndex.Kind.WORD_BAND, new long[] {7, -3, -3}, 20, 100);
            assertThat(uncapped.get(7L).newestFirst()).containsExactly(14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
            assertThat(uncapped.get(7L).count()).isEqualTo(15);
            // A key asked twice listed and counted once.
            assertThat(uncapped.get(-3L).newestFirst()).containsExactly(12, 4);
            assertThat(uncapped.get(-3L).count()).isEqualTo(2);
            assertThat(index.postings(KeptIndex.Kind.SHINGLE_BAND, new long[] {7}, 4, 12).get(7L).newestFirst())
                    .containsExactly(99);

            // From a position on: only that end is listed, every posting counted (up to the cap), a key with
            // none there given with its count; as the whole lists filtered.
            int all = Integer.MAX_VALUE;
            Map<Long, KeptIndex.Postings> late = index.postingsWithin(KeptIndex.Kind.WORD_BAND, keys, 4, 12, 11, all);
            assertThat(late).containsOnlyKeys(7L, -3L, Long.MIN_VALUE);
            assertThat(late.get(7L).newestFirst()).containsExactly(14, 13, 12, 11);
            assertThat(late.get(7L).count()).isEqualTo(12);
            assertThat(late.get(-3L).newestFirst()).containsExactly(12);
            assertThat(late.get(-3L).count()).isEqualTo(2);
            assertThat(late.get(Long.MIN_VALUE).newestFirst()).isEmpty();
            assertThat(late.get(Long.MIN_VALUE).count()).isEqualTo(1);
            Map<Long, KeptIndex.Postings> later = index.postingsWithin(KeptIndex.Kind.WORD_BAND, new long[] {7}, 20, 100, 13, all);
            assertThat(later.get(7L).newestFirst()).containsExactly(14, 13);
            assertThat(later.get(7L).count()).isEqualTo(15);
            KeptIndex filtering = new KeptIndex() {
                @Override
                public java.util.List<String> feed() {
                    return java.util.List.of();
                }

                @Override
                public Map<Long, Postings> postings(Kind kind, long[] asked, int recent, int countCap) {
                    return index.postings(kind, asked, recent, countCap);
                }

                @Override
                public Map<Integer, short[]> compactWords(int[] positions) {
                    return Map.of();
                }

                @Override
                public int[] mentioning(String name) {
                    return new int[0];
                }

                @Override
                public java.util.List<dev.corroborate.model.ReuseLink> keptLinksInto(java.util.Collection<String> derivedIds) {
                    return java.util.List.of();
                }

                @Override
                public java.util.List<dev.corroborate.model.ReuseLink> keptLinksFrom(java.util.Collection<String> sourceIds) {
                    return java.util.List.of();
                }

                @Override
                public java.util.Set<String> derivedAmong(java.util.Collection<String> ids) {
                    return java.util.Set.of();
                }
            };
            Map<Long, KeptIndex.Postings> filtered = filtering.postingsWithin(KeptIndex.Kind.WORD_BAND, keys, 4, 12, 11, all);
            assertThat(filtered.keySet()).isEqualTo(late.keySet());
            filtered.forEach((key, postings) -> {
                assertThat(postings.newestFirst()).containsExactly(late.get(key).newestFirst());
                assertThat(postings.count()).isEqualTo(late.get(key).count());
            });

            // Before a position (the kept articles after a batch's late one move): only the postings
            // before it listed and counted, a key with none before it not given; as the whole lists filtered.
            Map<Long, KeptIndex.Postings> before = index.postingsWithin(KeptIndex.Kind.WORD_BAND, keys, 4, 100, 0, 12);
            assertThat(before).containsOnlyKeys(7L, -3L, Long.MIN_VALUE);
            assertThat(before.get(7L).newestFirst()).containsExactly(11, 10, 9, 8);
            assertThat(before.get(7L).count()).isEqualTo(12);
            assertThat(before.get(-3L).newestFirst()).containsExactly(4);
            assertThat(before.get(-3L).count()).isEqualTo(1);
            assertThat(index.postingsWithin(KeptIndex.Kind.WORD_BAND, new long[] {-3}, 4, 100, 0, 4)).isEmpty();
            Map<Long, KeptIndex.Postings> between = index.postingsWithin(KeptIndex.Kind.WORD_BAND, keys, 20, 100, 11, 13);
            assertThat(between.get(7L).newestFirst()).containsExactly(12, 11);
            assertThat(between.get(7L).count()).isEqualTo(13);
            assertThat(between.get(Long.MIN_VALUE).newestFirst()).isEmpty();
            assertThat(between.get(Long.MIN_VALUE).count()).isEqualTo(1);
            for (int[] range : new int[][] {{0, 12}, {11, 13}, {0, 4}, {3, 15}, {13, 100}}) {
                Map<Long, KeptIndex.Postings> sql = index.postingsWithin(KeptIndex.Kind.WORD_BAND, keys, 3, 8, range[0], range[1]);
                Map<Long, KeptIndex.Postings> plain = filtering.postingsWithin(KeptIndex.Kind.WORD_BAND, keys, 3, 8, range[0],
                        range[1]);
                assertThat(sql.keySet()).as("from %d before %d", range[0], range[1]).isEqualTo(plain.keySet());
                sql.forEach((key, postings) -> {
                    assertThat(postings.newestFirst()).containsExactly(plain.get(key).newestFirst());
                    assertThat(postings.count()).isEqualTo(plain.get(key).count());
                });
            }

            // What the pages hold from their bound on moved (the recent table holds what is filed there now):
            // not listed, not counted.
            db.inTransaction("a move", () -> new KeptFiguresTable(db).writeStamp(KeptIndexTable.MAIN_BELOW, "5"));
            Map<Long, KeptIndex.Postings> moved = index.postings(KeptIndex.Kind.WORD_BAND, new long[] {7, Long.MIN_VALUE}, 20, 100);
            assertThat(moved.get(7L).newestFirst()).containsExactly(14, 13, 12, 11, 10, 4, 3, 2, 1, 0);
            assertThat(moved.get(7L).count()).isEqualTo(10);
            assertThat(moved.get(Long.MIN_VALUE).newestFirst()).containsExactly(2);
            db.inTransaction("a move", () -> new KeptFiguresTable(db).writeStamp(KeptIndexTable.MAIN_BELOW, "2"));
            assertThat(index.postings(KeptIndex.Kind.WORD_BAND, new long[] {Long.MIN_VALUE}, 20, 100)).isEmpty();
        } finally {
            db.close();
        }
    }

    /**
     * Batches of random sketches, each with articles published among the kept ones (the kept ones after
     * its first new one move), under limits small enough that the main table is filed in key order and
     * the recent one merged into it: the store keeps what filing the whole feed at once keeps (the pages
     * read below their bound, what they hold from there on having moved), and a batch whose first new
     * article comes after that bound leaves the pages as they were.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {3_000, 100})
    void lateArticlesMoveOnlyRecentPostingsPastTheMainTablesBound(long recentKept, @TempDir Path scratch) throws SQLException {
        // 3,000 postings left in the recent table are about 40 articles, 100 about one: then even the
        // batches with a few late articles reach the main table, whose postings they forget by their keys.
        java.util.Random random = new java.util.Random(11);
        KeptIndexTable.Limits small = new KeptIndexTable.Limits(40, 6_000, recentKept);
        java.util.List<String> feed = new java.util.ArrayList<>();
        Map<String, dev.corroborate.reuse.KeptSketch> sketches = new java.util.HashMap<>();
        Database db = Database.open(dir);
        try {
            KeptIndexTable index = new KeptIndexTable(db, new ReuseLinkTable(db), new KeptFiguresTable(db), small);
            // The kept sketches the store reads back of moved articles, without their articles' rows.
            try (var statement = db.connection().createStatement()) {
                statement.execute("PRAGMA foreign_keys = OFF");
            }
            boolean mainLeftAlone = false;
            boolean mainReached = false;
            for (int batch = 0; batch < 16; batch++) {
                // The first batch is 120 articles (filed in key order into the main table), then 25 each, a
                // few of them late: each at a place among the last 30 of the feed (the kept ones after it
                // forgotten by a scan of each table), or, every other batch, the last 5 (by their keys).
                int count = batch == 0 ? 120 : 25;
                // Every fourth batch reaches further back than the postings left in the recent table.
                int window = batch % 4 == 3 ? 100 : batch % 2 == 0 ? 5 : 30;
                int firstNew = feed.size();
                for (int i = 0; i < count; i++) {
                    String id = "b" + batch + "-" + i;
                    dev.corroborate.reuse.KeptSketch sketch = sketch(random, id);
                    sketches.put(id, sketch);
                    keepSketch(db, sketch);
                    int place = batch > 0 && i < 3 ? feed.size() - 1 - random.nextInt(window) : feed.size();
                    feed.add(place, id);
                    firstNew = Math.min(firstNew, place);
                }
                java.util.List<String> mainBefore = rows(db, "SELECT kind, page, hex(body) FROM reuse_posting_pages");
                int boundBefore = bound(db);
                int from = firstNew;
                db.inTransaction("filing a batch", () -> index.keepFrom(java.util.List.copyOf(feed), from, sketches.values()));
                int boundAfter = bound(db);
                if (from < boundBefore && batch > 0) {
                    mainReached = true;
                }
                // The pages and the recent table hold what filing the feed so far at once would (the pages'
                // postings at or past the bound, of articles that moved, not read).
                assertThat(keptRows(db)).as("batch %d", batch).isEqualTo(filedAtOnce(feed, sketches, small, scratch, batch));
                if (batch > 0 && from >= boundBefore && boundAfter == boundBefore) {
                    assertThat(rows(db, "SELECT kind, page, hex(body) FROM reuse_posting_pages")).as("batch %d", batch)
                            .isEqualTo(mainBefore);
                    mainLeftAlone = true;
                }
            }
            if (recentKept > 1_000) {
                assertThat(mainLeftAlone).isTrue();
            }
            assertThat(mainReached).isTrue();
            assertThat(StoreSql.pagedPostings(db, bound(db))).isNotEmpty();
            assertThat(rows(db, "SELECT count(*) FROM reuse_posting_pages")).isNotEqualTo(java.util.List.of("0|"));
            assertThat(rows(db, "SELECT count(*) FROM reuse_postings_recent")).isNotEqualTo(java.util.List.of("0|"));
            Database whole = Database.open(scratch);
            try {
                KeptIndexTable once = new KeptIndexTable(whole, new ReuseLinkTable(whole), new KeptFiguresTable(whole), small);
                whole.inTransaction("filing the feed", () -> once.keepFrom(java.util.List.copyOf(feed), 0, sketches.values()));
                assertThat(keptRows(db)).isEqualTo(keptRows(whole)).hasSizeGreaterThan(feed.size() * 30);
            } finally {
                whole.close();
            }
        } finally {
            db.close();
        }
    }

    /** What filing {@code feed} at once into a store of its own keeps. */
    private static java.util.List<String> filedAtOnce(java.util.List<String> feed, Map<String, dev.corroborate.reuse.KeptSketch> sketches,
                                                      KeptIndexTable.Limits limits, Path scratch, int batch) throws SQLException {
        Path folder = scratch.resolve("at-once-" + batch);
        Database.createDirectory(folder);
        Database whole = Database.open(folder);
        try {
            KeptIndexTable once = new KeptIndexTable(whole, new ReuseLinkTable(whole), new KeptFiguresTable(whole), limits);
            whole.inTransaction("filing the feed", () -> once.keepFrom(java.util.List.copyOf(feed), 0, sketches.values()));
            return keptRows(whole);
        } finally {
            whole.close();
        }
    }

    private static dev.corroborate.reuse.KeptSketch sketch(java.util.Random random, String id) {
        dev.corroborate.reuse.DetectorSettings settings = dev.corroborate.reuse.DetectorSettings.DEFAULTS;
        // Few distinct values, so that keys are shared among articles as the indexes' are.
        long[] signature = random.longs(settings.shingleHashes(), 0, 40).toArray();
        long[] words = random.longs(settings.wordHashes(), 0, 40).toArray();
        long[] fingerprints = random.longs(12, 0, 500).toArray();
        return new dev.corroborate.reuse.KeptSketch(id, signature, words, fingerprints,
                random.nextInt(4) == 0 ? java.util.List.of("outlet " + random.nextInt(3)) : java.util.List.of());
    }

    private static void keepSketch(Database db, dev.corroborate.reuse.KeptSketch sketch) throws SQLException {
        try (PreparedStatement insert = db.connection().prepareStatement("INSERT INTO reuse_sketches(article_id, signature, "
                + "word_signature, fingerprints, names) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, sketch.articleId());
            insert.setBytes(2, ReuseSketchTable.bytes(sketch.signature()));
            insert.setBytes(3, ReuseSketchTable.bytes(sketch.wordSignature()));
            insert.setBytes(4, ReuseSketchTable.bytes(sketch.fingerprints()));
            insert.setString(5, Database.json(sketch.names()));
            insert.executeUpdate();
        }
    }

    private static int bound(Database db) {
        java.util.List<String> kept = rows(db, "SELECT stamp FROM kept_stamps WHERE kept = '" + KeptIndexTable.MAIN_BELOW + "'");
        return kept.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(kept.get(0).replace("|", ""));
    }

    /** Every place, posting (of either table) and name the store keeps, sorted. */
    private static java.util.List<String> keptRows(Database db) {
        java.util.List<String> kept = new java.util.ArrayList<>(rows(db, "SELECT 'feed', position, article_id FROM reuse_feed"));
        kept.addAll(StoreSql.keptPostings(db));
        kept.addAll(rows(db, "SELECT 'mention', name, position FROM reuse_mentions"));
        java.util.Collections.sort(kept);
        return kept;
    }

    private static void post(Database db, String table, long key, int position) throws SQLException {
        try (PreparedStatement insert = db.connection().prepareStatement(
                "INSERT INTO " + table + "(kind, hash, position) VALUES (?, ?, ?)")) {
            insert.setInt(1, KeptIndex.Kind.WORD_BAND.ordinal());
            insert.setLong(2, key);
            insert.setInt(3, position);
            insert.executeUpdate();
        }
    }
}
