package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingTableTest {

    /** What the table answers, kept in boxed maps and lists. */
    private static final class Model {
        final int maxPostings;
        final int maxCollected;
        final Map<Long, Integer> counts = new HashMap<>();
        final Map<Long, Deque<Integer>> lists = new HashMap<>();

        Model(int maxPostings, int maxCollected) {
            this.maxPostings = maxPostings;
            this.maxCollected = maxCollected;
        }

        void add(long key, int doc) {
            long stored = PostingTable.stored(key);
            int count = counts.getOrDefault(stored, 0);
            if (count > maxPostings) {
                return;
            }
            counts.put(stored, count + 1);
            if (count + 1 > maxPostings) {
                return;
            }
            lists.computeIfAbsent(stored, k -> new ArrayDeque<>()).addFirst(doc);
        }

        void preload(long key, int[] newestFirst, int count) {
            long stored = PostingTable.stored(key);
            counts.put(stored, Math.min(count, maxPostings + 1));
            if (count <= maxPostings) {
                Deque<Integer> list = new ArrayDeque<>();
                for (int doc : newestFirst) {
                    list.addLast(doc);
                }
                lists.put(stored, list);
            }
        }

        List<Integer> collect(long key, long[] times, long oldest) {
            long stored = PostingTable.stored(key);
            List<Integer> out = new ArrayList<>();
            if (counts.getOrDefault(stored, 0) > maxPostings || !lists.containsKey(stored)) {
                return out;
            }
            for (int doc : lists.get(stored)) {
                if (out.size() == maxCollected
                        || (times != null && times[doc] < oldest && times[doc] != Long.MIN_VALUE)) {
                    break;
                }
                out.add(doc);
            }
            return out;
        }
    }

    private static List<Integer> collected(PostingTable table, long key, long[] times, long oldest) {
        int[][] out = {new int[2]};
        int count = table.collectSince(key, out, 0, times, oldest);
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(out[0][i]);
        }
        return list;
    }

    /**
     * Enough keys for every table to grow many times and enough postings for many pages: each key's
     * list, the too common ones, the lookups cut at the most recent and at a time, as a plain model
     * of them answers; keys 0 and 1 are one key (0 is held as 1).
     */
    @Test
    void answersAsAPlainMapOfListsDoes() {
        answersAsTheModelDoes(new PostingTable(40, 25));
    }

    /**
     * Pages of another space (off the heap, a few KB each, so the arrays span many): the same answers,
     * and no page read once given back (each is overwritten with nonsense then).
     */
    @Test
    void answersAlikeInPagesOffTheHeapAndReadsNoPageGivenBack() {
        SmallPages space = new SmallPages();
        PostingTable table = new PostingTable(40, 25, space);

        answersAsTheModelDoes(table);

        assertThat(space.released).as("pages given back as the tables grew").isGreaterThan(100);
        assertThat(space.liveBytes).isEqualTo(table.bytes());
    }

    /** Direct pages of 4 KB at most, counted, and poisoned when given back. */
    private static final class SmallPages implements TableSpace {
        long liveBytes;
        int released;

        @Override
        public java.nio.ByteBuffer allocate(int bytes) {
            liveBytes += bytes;
            return java.nio.ByteBuffer.allocateDirect(bytes);
        }

        @Override
        public int pageBytes() {
            return 4_096;
        }

        @Override
        public void release(java.nio.ByteBuffer page) {
            liveBytes -= page.capacity();
            released++;
            for (int i = 0; i < page.capacity(); i++) {
                page.put(i, (byte) 0x5A);
            }
        }
    }

    private static void answersAsTheModelDoes(PostingTable table) {
        Random random = new Random(17);
        Model model = new Model(40, 25);
        int docs = 60_000;
        long[] times = new long[docs];
        List<Long> keys = new ArrayList<>();
        for (int k = 0; k < 90_000; k++) {
            keys.add(random.nextLong());
        }
        keys.addAll(List.of(0L, 1L, -1L, Long.MIN_VALUE));
        // Some keys preloaded before any add, as a kept index files them.
        for (int k = 0; k < 500; k++) {
            long key = keys.get(k);
            int count = 1 + random.nextInt(60);
            int[] newest = new int[Math.min(count, 25)];
            for (int i = 0; i < newest.length; i++) {
                newest[i] = newest.length - i - 1;
            }
            table.preload(key, newest, count);
            model.preload(key, newest, count);
        }
        for (int doc = 0; doc < docs; doc++) {
            times[doc] = random.nextInt(10) == 0 ? Long.MIN_VALUE : doc / 10;
            for (int k = 0; k < 6; k++) {
                // A few common keys, many rare ones.
                long key = random.nextInt(4) == 0 ? keys.get(keys.size() - 1 - random.nextInt(200))
                        : keys.get(500 + random.nextInt(keys.size() - 500));
                table.add(key, doc);
                model.add(key, doc);
            }
        }
        assertThat(table.bytes()).isGreaterThan(360_000L * 4);
        int nonEmpty = 0;
        for (long key : keys) {
            List<Integer> whole = collected(table, key, null, 0);
            assertThat(whole).as("key " + key).isEqualTo(model.collect(key, null, 0));
            assertThat(collected(table, key, times, 3_000)).as("key " + key + " since").isEqualTo(model.collect(key, times, 3_000));
            nonEmpty += whole.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).isGreaterThan(50_000);
        assertThat(collected(table, 12345L, null, 0)).isEmpty();
        assertThat(Arrays.stream(new int[] {table.tooCommon(), table.maxCollected()})).containsExactly(41, 25);
    }

    /**
     * Keys of one article each (as most excerpt fingerprints are) hold no posting: the table's slots
     * alone, and the same answers as the model, before and after a second article comes to some.
     */
    @Test
    void aKeyOfOneArticleHoldsItInItsSlot() {
        PostingTable table = new PostingTable(40, 25);
        Model model = new Model(40, 25);
        Random random = new Random(23);
        long[] keys = new long[50_000];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = random.nextLong();
            table.add(keys[k], k);
            model.add(keys[k], k);
        }
        // One key preloaded with its newest article only though more had it, as a kept index may.
        table.preload(42L, new int[] {7}, 3);
        model.preload(42L, new int[] {7}, 3);
        // 2^17 slots of 16 bytes and the first posting array (8,192 ints): no posting was made.
        assertThat(table.bytes()).isEqualTo((1L << 17) * 16 + 8_192 * 4);
        for (int k = 0; k < keys.length; k += 7) {
            table.add(keys[k], 50_000 + k);
            model.add(keys[k], 50_000 + k);
        }
        table.add(42L, 60_000);
        model.add(42L, 60_000);
        for (long key : keys) {
            assertThat(collected(table, key, null, 0)).as("key " + key).isEqualTo(model.collect(key, null, 0));
        }
        assertThat(collected(table, 42L, null, 0)).containsExactly(60_000, 7);
    }
}
