package dev.corroborate.reuse;

import java.util.Arrays;

/**
 * A map from 64-bit keys to lists of article numbers, in arrays of primitives (in pages of a
 * {@link TableSpace}: the heap's, or memory mapped outside it, as the store gives): an open-addressing
 * table of keys (with each key's posting count and the head of its list) and one array holding
 * every posting beside the next one of its list (side by side: a list's walk across a large
 * table misses the cache once a posting, not twice). A list of one article is held in its key's
 * slot instead (most excerpt fingerprints are in one article only); the second article moves it into
 * a posting. About 8 to 16 bytes per posting of a key of two or more articles, and 21 to 43 per
 * distinct key (16 a slot, the table three quarters full at most), no object per entry: about 3 KB an
 * article over the three indexes, which a million articles' heap could not also hold, so the store
 * maps them. A key
 * found in more than {@code maxPostings} articles stops growing and is reported as too common; a
 * lookup gives at most the {@code maxCollected} most recent articles of a key.
 * Not thread-safe.
 */
final class PostingTable {

    private final int maxPostings;
    private final int maxCollected;
    /** Where the arrays are kept: the heap, or memory mapped outside it ({@link TableSpace}). */
    private final TableSpace space;
    private LongPages keys;
    /**
     * Each slot's list: -1 empty, a posting's number ({@code >= 0}) for a list of two or more, or
     * {@link #single} of its article for a list of one.
     */
    private IntPages heads;
    private IntPages counts;
    private int used;
    /** Posting {@code p}'s article at {@code 2p}, the next posting of its list (or -1) at {@code 2p + 1}. */
    private IntPages postingLinks;
    private int postings;

    PostingTable(int maxPostings, int maxCollected) {
        this(maxPostings, maxCollected, TableSpace.HEAP);
    }

    PostingTable(int maxPostings, int maxCollected, TableSpace space) {
        this.maxPostings = maxPostings;
        this.maxCollected = maxCollected;
        this.space = space;
        keys = new LongPages(1 << 12, space);
        heads = new IntPages(1 << 12, space);
        heads.fill(-1);
        counts = new IntPages(1 << 12, space);
        postingLinks = new IntPages(2 << 12, space);
    }

    /** Adds {@code doc} to the list of {@code key}, unless the key is already too common. */
    void add(long key, int doc) {
        int slot = slot(key, true);
        int count = counts.get(slot);
        if (count > maxPostings) {
            return;
        }
        counts.set(slot, ++count);
        if (count > maxPostings) {
            return; // now too common: its list is kept but no longer proposes anything
        }
        link(slot, doc);
    }

    /**
     * Files what a kept index holds under {@code key} before any {@link #add} of it: the
     * {@code count} articles it was added for (as {@link #add} counts them: at most one more than
     * {@code maxPostings}), of which {@code newestFirst} are the most recent, newest first (at least
     * the {@code maxCollected} most recent, or all when fewer). Lookups and later adds then answer as
     * if every one of them had been added in order.
     */
    void preload(long key, int[] newestFirst, int count) {
        int slot = slot(key, true);
        if (counts.get(slot) != 0) {
            throw new IllegalStateException("key " + key + " is already filed");
        }
        counts.set(slot, Math.min(count, maxPostings + 1));
        if (count > maxPostings) {
            return;
        }
        for (int i = newestFirst.length - 1; i >= 0; i--) {
            link(slot, newestFirst[i]);
        }
    }

    /** Puts {@code doc} at the head of the list of the key in {@code slot}. */
    private void link(int slot, int doc) {
        if (doc < 0 || doc == Integer.MAX_VALUE) {
            // -2 - doc must stay below -1: Integer.MAX_VALUE would wrap round to itself.
            throw new IllegalArgumentException("article " + doc + ": articles are numbered from 0 to 2^31 - 2");
        }
        int head = heads.get(slot);
        if (head == -1) {
            heads.set(slot, single(doc));
            return;
        }
        if (head < -1) {
            // A second article: the first leaves the slot for a posting of its own, at the list's end.
            head = posting(single(head), -1);
        }
        heads.set(slot, posting(doc, head));
    }

    /** A new posting of {@code doc} before posting {@code next} (-1: none); its number. */
    private int posting(int doc, int next) {
        if (2 * postings == postingLinks.length()) {
            postingLinks = postingLinks.grown(postingLinks.length() * 2);
        }
        postingLinks.set(2 * postings, doc);
        postingLinks.set(2 * postings + 1, next);
        return postings++;
    }

    /**
     * A list of one article as its slot holds it, and back: the same map both ways (articles are
     * numbered from 0 to 2^31 - 2, so a list of one is below -1, apart from -1, empty, and the postings).
     */
    private static int single(int docOrHead) {
        return -2 - docOrHead;
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
        int slot = slot(key, false);
        if (slot < 0 || counts.get(slot) > maxPostings) {
            return count;
        }
        int[] buffer = out[0];
        int taken = 0;
        IntPages links = postingLinks;
        // Lists run newest first: a key shared with very many earlier articles gives only the
        // latest of them, so the work per article stays bounded however large the corpus grows.
        for (int p = heads.get(slot); p != -1 && taken++ < maxCollected; p = p < -1 ? -1 : links.get(2 * p + 1)) {
            int doc = p < -1 ? single(p) : links.get(2 * p);
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
        return (long) keys.length() * (8 + 4 + 4) + (long) postingLinks.length() * 4;
    }

    /** The key as the table holds it: 0 marks an empty slot, so 0 is held as 1. */
    static long stored(long key) {
        return key == 0 ? 1 : key;
    }

    private int slot(long key, boolean create) {
        long stored = stored(key);
        int mask = keys.length() - 1;
        int slot = (int) Shingles.mix(stored) & mask;
        for (long held; (held = keys.get(slot)) != 0; slot = (slot + 1) & mask) {
            if (held == stored) {
                return slot;
            }
        }
        if (!create) {
            return -1;
        }
        // Grown when three quarters full, not half: the slots are most of an index's bytes (excerpt
        // fingerprints are mostly keys of one posting), and a longer probe reads on along one array.
        // The sketch benchmark's 50,000 articles: the three indexes 335 MB at a half, 201 MB so.
        if (used + 1 > keys.length() / 4 * 3) {
            grow();
            return slot(key, true);
        }
        keys.set(slot, stored);
        used++;
        return slot;
    }

    private void grow() {
        LongPages oldKeys = keys;
        IntPages oldHeads = heads;
        IntPages oldCounts = counts;
        int length = oldKeys.length() * 2;
        keys = new LongPages(length, space);
        heads = new IntPages(length, space);
        heads.fill(-1);
        counts = new IntPages(length, space);
        int mask = length - 1;
        for (int i = 0; i < oldKeys.length(); i++) {
            long key = oldKeys.get(i);
            if (key != 0) {
                int slot = (int) Shingles.mix(key) & mask;
                while (keys.get(slot) != 0) {
                    slot = (slot + 1) & mask;
                }
                keys.set(slot, key);
                heads.set(slot, oldHeads.get(i));
                counts.set(slot, oldCounts.get(i));
            }
        }
        oldKeys.release();
        oldHeads.release();
        oldCounts.release();
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
