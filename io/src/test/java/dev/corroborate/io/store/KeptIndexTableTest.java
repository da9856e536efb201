package dev.corroborate.io.store;

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
            KeptIndexTable index = new KeptIndexTable(db, new ReuseLinkTable(db));
            // key 7: positions 0..9 in the main table, 10..14 recent; key -3: only recent; key Long.MIN_VALUE: only main
            for (int p = 0; p < 10; p++) {
                post(db, "reuse_postings", 7, p);
            }
            for (int p = 10; p < 15; p++) {
                post(db, "reuse_postings_recent", 7, p);
            }
            post(db, "reuse_postings_recent", -3, 12);
            post(db, "reuse_postings_recent", -3, 4);
            post(db, "reuse_postings", Long.MIN_VALUE, 2);
            post(db, "reuse_postings", 7, 99); // another kind of index is not looked up: filed below under kind 0
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

            Map<Long, KeptIndex.Postings> uncapped = index.postings(KeptIndex.Kind.WORD_BAND, new long[] {7}, 20, 100);
            assertThat(uncapped.get(7L).newestFirst()).containsExactly(14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
            assertThat(uncapped.get(7L).count()).isEqualTo(15);
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
        } finally {
            db.close();
        }
    }

    private static void post(Database db, String table, long key, int position) throws SQLException {
        try (PreparedStatement insert = db.connection().prepareStatement(
                "INSERT INTO " + table + "(kind, hash, position) VALUES (?, ?, ?)")) {
            insert.setInt(1, table.equals("reuse_postings") && position == 99 ? KeptIndex.Kind.SHINGLE_BAND.ordinal()
                    : KeptIndex.Kind.WORD_BAND.ordinal());
            insert.setLong(2, key);
            insert.setInt(3, position);
            insert.executeUpdate();
        }
    }
}
