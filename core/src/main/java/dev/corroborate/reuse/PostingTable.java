package dev.corroborate.reuse;

import java.util.Arrays;

/**
 * A map from 64-bit keys to lists of article numbers, in primitive arrays: open-addressing tables
 * of keys (with each key's posting count and the head of its list) and pages holding every posting
 * beside the next one of its list (side by side: a list's walk across a large table misses the
 * cache once a posting, not twice). About 12 bytes per posting and 32 per distinct key, no object
 * per entry, so a million articles fit where boxed maps would not. A key found in more than
 * {@code maxPostings} articles stops growing and is reported as too common; a lookup gives at most
 * the {@code maxCollected} most recent articles of a key.
 *
 * <p>The keys are spread over {@value #SHARDS} tables by their hash's top bits, each growing on its
 * own, and the postings fill pages of {@value #PAGE_INTS} ints: nothing is ever copied whole. One
 * table and one array did, doubling: at 300,000 articles the excerpt index's 20 million keys and
 * 45 million postings made arrays of hundreds of megabytes, and each doubling held the old and the
 * new at once (a 4 GB heap ran out in one run of several). Not thread-safe.
 */
final class PostingTable {

    /** Tables the keys are spread over (a power of two). */
    private static final int SHARDS = 64;
    private static final int SHARD_SHIFT = 64 - Integer.numberOfTrailingZeros(SHARDS);
    /** Ints a page of postings holds (two a posting; 256 KB, below what G1 files as one humongous object). */
    private static final int PAGE_INTS = 1 << 16;
    private static final int PAGE_SHIFT = 16;
    private static final int PAGE_MASK = PAGE_INTS - 1;

    /** One table of keys: each key's posting count and the head of its list. */
    private static final class Shard {
        long[] keys = new long[64];
        int[] heads = new int[64];
        int[] counts = new int[64];
        int used;

        Shard() {
            Arrays.fill(heads, -1);
        }
    }

    private final int maxPostings;
    private final int maxCollected;
    private final Shard[] shards = new Shard[SHARDS];
    /** Posting {@code p}'s article at int {@code 2p}, the next posting of its list (or -1) at {@code 2p + 1}, by page. */
    private int[][] pages = new int[1][];
    private int postings;

    PostingTable(int maxPostings, int maxCollected) {
        this.maxPostings = maxPostings;
        this.maxCollected = maxCollected;
        for (int i = 0; i < SHARDS; i++) {
            shards[i] = new Shard();
        }
        pages[0] = new int[PAGE_INTS];
    }

    /** Adds {@code doc} to the list of {@code key}, unless the key is already too common. */
    void add(long key, int doc) {
        Shard shard = shardOf(key);
        int slot = slot(shard, key, true);
        if (shard.counts[slot] > maxPostings) {
            return;
        }
        shard.counts[slot]++;
        if (shard.counts[slot] > maxPostings) {
            return; // now too common: its list is kept but no longer proposes anything
        }
        link(shard, slot, doc);
    }

    /**
     * Files what a kept index holds under {@code key} before any {@link #add} of it: the
     * {@code count} articles it was added for (as {@link #add} counts them: at most one more than
     * {@code maxPostings}), of which {@code newestFirst} are the most recent, newest first (at least
     * the {@code maxCollected} most recent, or all when fewer). Lookups and later adds then answer as
     * if every one of them had been added in order.
     */
    void preload(long key, int[] newestFirst, int count) {
        Shard shard = shardOf(key);
        int slot = slot(shard, key, true);
        if (shard.counts[slot] != 0) {
            throw new IllegalStateException("key " + key + " is already filed");
        }
        shard.counts[slot] = Math.min(count, maxPostings + 1);
        if (shard.counts[slot] > maxPostings) {
            return;
        }
        for (int i = newestFirst.length - 1; i >= 0; i--) {
            link(shard, slot, newestFirst[i]);
        }
    }

    /** Puts {@code doc} at the head of the list of the key in {@code slot}. */
    private void link(Shard shard, int slot, int doc) {
        int at = 2 * postings;
        int page = at >>> PAGE_SHIFT;
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, pages.length * 2);
        }
        if (pages[page] == null) {
            pages[page] = new int[PAGE_INTS];
        }
        pages[page][at & PAGE_MASK] = doc;
        pages[page][(at & PAGE_MASK) + 1] = shard.heads[slot];
        shard.heads[slot] = postings++;
    }

    /** How many articles a key shows in a lookup, most: the most recent of its list. */
    int maxCollected() {
        return maxCollected;
    }

    /** How many articles under one key make it too common: one more than it keeps. */
    int tooCommon() {
        return maxPostings + 1;
    }

    /**
     * Appends the articles listed under {@code key} to {@code out} from {@code count} on; returns
     * the new count. A key that is too common gives nothing.
     */
    int collect(long key, int[][] out, int count) {
        return collectSince(key, out, count, null, 0);
    }

    /**
     * {@link #collect} of a list whose articles' times ({@code times}, by article; {@link Long#MIN_VALUE}
     * unknown) do not grow along it, newest first: the walk ends at the first article known to be older
     * than {@code oldest}, as every one after it is (those of unknown time come first, if any). Without
     * {@code times}, the whole list (as far as {@code maxCollected}).
     */
    int collectSince(long key, int[][] out, int count, long[] times, long oldest) {
        Shard shard = shardOf(key);
        int slot = slot(shard, key, false);
        if (slot < 0 || shard.counts[slot] > maxPostings) {
            return count;
        }
        int[] buffer = out[0];
        int taken = 0;
        int[][] links = pages;
        // Lists run newest first: a key shared with very many earlier articles gives only the
        // latest of them, so the work per article stays bounded however large the corpus grows.
        int next;
        for (int p = shard.heads[slot]; p >= 0 && taken++ < maxCollected; p = next) {
            int[] page = links[(2 * p) >>> PAGE_SHIFT];
            int at = (2 * p) & PAGE_MASK;
            int doc = page[at];
            next = page[at + 1];
            if (times != null && times[doc] < oldest && times[doc] != Long.MIN_VALUE) {
                break;
            }
            if (count == buffer.length) {
                buffer = Arrays.copyOf(buffer, count * 2);
                out[0] = buffer;
            }
            buffer[count++] = doc;
        }
        return count;
    }

    /** Bytes held by the arrays. */
    long bytes() {
        long bytes = 0;
        for (Shard shard : shards) {
            bytes += (long) shard.keys.length * (8 + 4 + 4);
        }
        for (int[] page : pages) {
            bytes += page == null ? 0 : (long) page.length * 4;
        }
        return bytes;
    }

    /** The key as the table holds it: 0 marks an empty slot, so 0 is held as 1. */
    static long stored(long key) {
        return key == 0 ? 1 : key;
    }

    /** A key's table: by its hash's top bits (its slot there is by the low ones). */
    private Shard shardOf(long key) {
        return shards[(int) (Shingles.mix(stored(key)) >>> SHARD_SHIFT)];
    }

    private int slot(Shard shard, long key, boolean create) {
        long stored = stored(key);
        long[] keys = shard.keys;
        int mask = keys.length - 1;
        int slot = (int) Shingles.mix(stored) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == stored) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        if (!create) {
            return -1;
        }
        if (shard.used + 1 > keys.length / 2) {
            grow(shard);
            return slot(shard, key, true);
        }
        keys[slot] = stored;
        shard.used++;
        return slot;
    }

    private static void grow(Shard shard) {
        long[] oldKeys = shard.keys;
        int[] oldHeads = shard.heads;
        int[] oldCounts = shard.counts;
        long[] keys = new long[oldKeys.length * 2];
        int[] heads = new int[oldKeys.length * 2];
        int[] counts = new int[oldKeys.length * 2];
        Arrays.fill(heads, -1);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = (int) Shingles.mix(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
                counts[slot] = oldCounts[i];
            }
        }
        shard.keys = keys;
        shard.heads = heads;
        shard.counts = counts;
    }

    /** Sorts the first {@code count} values and keeps those that occur at least {@code minTimes}, once each. */
    static int[] atLeast(int[] values, int count, int minTimes) {
        Arrays.sort(values, 0, count);
        int[] result = new int[count];
        int kept = 0;
        int i = 0;
        while (i < count) {
            int j = i;
            while (j < count && values[j] == values[i]) {
                j++;
            }
            if (j - i >= minTimes) {
                result[kept++] = values[i];
            }
            i = j;
        }
        return Arrays.copyOf(result, kept);
    }
}
