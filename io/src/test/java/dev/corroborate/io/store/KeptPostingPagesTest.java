package dev.corroborate.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.reuse.KeptIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept index's main postings as pages: what is filed in parts, round after round, is what a plain
 * map of every valid posting holds (the postings at or past a round's moved-from position dropped from
 * the pages, new ones before it kept), whatever page, part or sign a key has.
 */
class KeptPostingPagesTest {

    @TempDir
    Path dir;

    @Test
    void sortsKeysInSignedOrderKeepingEachKeysPositionsInTheirOrder() {
        Random random = new Random(3);
        int n = 50_000;
        long[] keys = new long[n];
        int[] positions = new int[n];
        long[] few = random.longs(300).toArray();
        few[0] = Long.MIN_VALUE;
        few[1] = Long.MAX_VALUE;
        few[2] = -1;
        few[3] = 0;
        for (int i = 0; i < n; i++) {
            keys[i] = few[random.nextInt(few.length)];
            positions[i] = i;
        }
        long[] expected = keys.clone();
        java.util.Arrays.sort(expected);
        KeptPostingPages.sortByKey(keys, positions);
        assertThat(keys).isEqualTo(expected);
        for (int i = 1; i < n; i++) {
            if (keys[i] == keys[i - 1]) {
                assertThat(positions[i]).isGreaterThan(positions[i - 1]);
            }
        }
    }

    @Test
    void aLookupSearchesThePagesAndTheRecentTableByTheKeysAsked() {
        Database db = Database.open(dir);
        try {
            // Each key asked looked up by the whole key, not every row of the index walked for each (what SQLite's
            // planner chose for a plain join: "SEARCH p USING PRIMARY KEY (kind=?)", then the array).
            assertThat(String.join("\n", StoreSql.rows(db, "EXPLAIN QUERY PLAN " + KeptPostingPages.PAGES_OF_KEYS)))
                    .contains("SEARCH p USING PRIMARY KEY (kind=? AND page=?)");
            assertThat(String.join("\n", StoreSql.rows(db, "EXPLAIN QUERY PLAN " + RecentPostings.RECENT_OF_KEYS)))
                    .contains("SEARCH r USING PRIMARY KEY (kind=? AND hash=? AND position<?)");
        } finally {
            db.close();
        }
    }

    @Test
    void aPageReadsBackAsWritten() {
        KeptPostingPages.Page page = new KeptPostingPages.Page(new long[] {-9, 4, 70}, new int[] {0, 2, 3, 6},
                new int[] {12, 3, 40, 9, 8, 1});
        KeptPostingPages.Page read = KeptPostingPages.Page.decode(page.encode());
        assertThat(read.keys()).containsExactly(-9, 4, 70);
        assertThat(read.positionsOf(0)).containsExactly(12, 3);
        assertThat(read.positionsOf(1)).containsExactly(40);
        assertThat(read.positionsOf(2)).containsExactly(9, 8, 1);
    }

    @Test
    void roundsOfFilingHoldWhatAMapOfTheValidPostingsHolds() throws SQLException, java.io.IOException {
        Random random = new Random(17);
        // Keys in few pages (shared top bits) and all over: of both signs, some in the same page as others.
        long[] pool = new long[400];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = i % 3 == 0 ? random.nextLong() : (random.nextInt(6) - 3L) << 44 | random.nextInt(50);
        }
        Map<KeptIndex.Kind, TreeMap<Long, TreeSet<Integer>>> model = new java.util.EnumMap<>(KeptIndex.Kind.class);
        for (KeptIndex.Kind kind : KeptIndex.Kind.values()) {
            model.put(kind, new TreeMap<>());
        }
        Database db = Database.open(dir);
        try {
            int next = 0;
            for (int round = 0; round < 12; round++) {
                // Some rounds first move the latest positions (as a late article does): they are dropped.
                int movedFrom = round > 0 && round % 3 == 0 ? Math.max(0, next - 1 - random.nextInt(60)) : next;
                for (TreeMap<Long, TreeSet<Integer>> byKey : model.values()) {
                    byKey.values().forEach(held -> held.tailSet(movedFrom).clear());
                    byKey.values().removeIf(TreeSet::isEmpty);
                }
                // New postings: mostly from movedFrom on, and in some rounds a few before it (as merged from the
                // recent table, which held them), each key's positions oldest first.
                List<long[]> added = new ArrayList<>();
                int first = movedFrom;
                if (round % 4 == 1 && movedFrom > 20) {
                    for (int k = 0; k < 30; k++) {
                        long key = pool[random.nextInt(pool.length)];
                        int position = movedFrom - 1 - random.nextInt(20);
                        KeptIndex.Kind kind = KeptIndex.Kind.values()[random.nextInt(3)];
                        if (!model.get(kind).getOrDefault(key, new TreeSet<>()).contains(position)) {
                            added.add(new long[] {kind.ordinal(), key, position});
                        }
                    }
                }
                next = first + 40 + random.nextInt(40);
                for (int position = first; position < next; position++) {
                    for (int k = 0; k < 8; k++) {
                        added.add(new long[] {random.nextInt(3), pool[random.nextInt(pool.length)], position});
                    }
                }
                added.sort(java.util.Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1])
                        .thenComparingLong(a -> a[2]));
                try (KeptPostingPages.Filing filing = new KeptPostingPages.Filing(dir)) {
                    for (long[] posting : added) {
                        KeptIndex.Kind kind = KeptIndex.Kind.values()[(int) posting[0]];
                        filing.add(kind, posting[1], (int) posting[2]);
                        model.get(kind).computeIfAbsent(posting[1], key -> new TreeSet<>()).add((int) posting[2]);
                    }
                    boolean empty = round == 0;
                    db.inTransaction("filing round " + round, () -> filing.fileInto(db, movedFrom, empty));
                }
                try (var files = Files.list(dir)) {
                    assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith("reuse-postings-"));
                }
                for (KeptIndex.Kind kind : KeptIndex.Kind.values()) {
                    long[] asked = new long[pool.length + 1];
                    System.arraycopy(pool, 0, asked, 0, pool.length);
                    asked[pool.length] = 12_345; // held by none
                    int below = next - random.nextInt(30);
                    Map<Long, int[]> found = KeptPostingPages.lookUp(db, kind, asked, below);
                    Map<Long, List<Integer>> expected = new TreeMap<>();
                    model.get(kind).forEach((key, held) -> {
                        List<Integer> before = new ArrayList<>(held.headSet(below, false).descendingSet());
                        if (!before.isEmpty()) {
                            expected.put(key, before);
                        }
                    });
                    Map<Long, List<Integer>> got = new TreeMap<>();
                    found.forEach((key, positions) -> got.put(key, java.util.Arrays.stream(positions).boxed().toList()));
                    assertThat(got).as("round %d, %s, below %d", round, kind, below).isEqualTo(expected);
                }
            }
            assertThat(StoreSql.rows(db, "SELECT count(*) FROM reuse_posting_pages")).isNotEqualTo(List.of("0|"));
        } finally {
            db.close();
        }
    }
}
