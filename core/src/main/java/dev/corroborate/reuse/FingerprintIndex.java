package dev.corroborate.reuse;

import java.util.Arrays;

/**
 * An inverted index of text fingerprints, for the pairs MinHash cannot find: an excerpt of two
 * sentences inside an article of six hundred words shares almost none of its shingle set, so its
 * Jaccard similarity, and with it the chance that a band of the signature matches, is near zero.
 * Fingerprints are chosen by winnowing (Schleimer, Wilkerson and Aiken 2003): the smallest shingle
 * hash of every window of {@link #WINDOW} consecutive shingles, so that any run of
 * {@code WINDOW + shingle words − 1} words two texts share yields at least one common fingerprint,
 * while an article keeps only about {@code 2 / (WINDOW + 1)} of its shingles. Postings live in
 * primitive arrays (an open-addressing table and linked postings), about 20 bytes per
 * fingerprint: memory grows with the text indexed, never with the pairs. A fingerprint found in
 * more than {@code maxPostings} articles is a stock phrase (site furniture, a legal line) and stops
 * proposing candidates. Not thread-safe.
 */
public final class FingerprintIndex {

    /** Shingles per winnowing window. */
    public static final int WINDOW = 8;

    private final PostingTable table;
    private final int minShared;
    private int size;

    /**
     * @param maxPostings a fingerprint in more articles than this proposes no candidates
     * @param minShared   two articles are candidates when they share this many fingerprints
     */
    public FingerprintIndex(int maxPostings, int minShared) {
        this(maxPostings, minShared, TableSpace.HEAP);
    }

    /** As {@link #FingerprintIndex(int, int)}, the postings kept in {@code space}. */
    public FingerprintIndex(int maxPostings, int minShared, TableSpace space) {
        if (maxPostings < 1 || minShared < 1) {
            throw new IllegalArgumentException("maxPostings and minShared must be >= 1");
        }
        this.table = new PostingTable(maxPostings, maxPostings, space);
        this.minShared = minShared;
    }

    /** The winnowed fingerprints of a text's shingle hashes (in text order), distinct and sorted. */
    public static long[] fingerprints(long[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        if (shingles.length <= WINDOW) {
            long min = Long.MAX_VALUE;
            for (long shingle : shingles) {
                min = Math.min(min, shingle);
            }
            return new long[] {min};
        }
        long[] chosen = new long[shingles.length];
        int count = 0;
        int minAt = -1;
        for (int end = WINDOW - 1; end < shingles.length; end++) {
            int start = end - WINDOW + 1;
            if (minAt < start) {
                // The previous minimum left the window: find the rightmost minimum of the new one.
                minAt = start;
                for (int i = start + 1; i <= end; i++) {
                    if (shingles[i] <= shingles[minAt]) {
                        minAt = i;
                    }
                }
                chosen[count++] = shingles[minAt];
            } else if (shingles[end] <= shingles[minAt]) {
                minAt = end;
                chosen[count++] = shingles[minAt];
            }
        }
        return Shingles.distinct(Arrays.copyOf(chosen, count));
    }

    /** Adds an article's fingerprints; returns its id, the number of articles added before it. */
    public int add(long[] fingerprints) {
        int id = size++;
        for (long fingerprint : fingerprints) {
            table.add(fingerprint, id);
        }
        return id;
    }

    /** The ids of the indexed articles that share at least {@code minShared} fingerprints, ascending. */
    public int[] candidates(long[] fingerprints) {
        int[][] found = {new int[64]};
        int count = 0;
        for (long fingerprint : fingerprints) {
            count = table.collect(fingerprint, found, count);
        }
        return PostingTable.atLeast(found[0], count, minShared);
    }

    /** As {@link LshIndex#restore}. */
    void restore(int size) {
        if (this.size != 0) {
            throw new IllegalStateException("restore an empty index only");
        }
        this.size = size;
    }

    /** As {@link LshIndex#preload}. */
    void preload(long key, int[] newestFirst, int count) {
        table.preload(key, newestFirst, count);
    }

    /** As {@link LshIndex#maxCollected}. */
    int maxCollected() {
        return table.maxCollected();
    }

    /** As {@link LshIndex#tooCommon}. */
    int tooCommon() {
        return table.tooCommon();
    }

    public int size() {
        return size;
    }

    /** Bytes held by the index's arrays, for the memory figures of the scale benchmark. */
    public long bytes() {
        return table.bytes();
    }
}
