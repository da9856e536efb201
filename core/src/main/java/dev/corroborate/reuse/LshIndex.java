package dev.corroborate.reuse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Locality-sensitive hashing over MinHash signatures, by banding: a signature of
 * {@code bands × rows} values is cut into bands, and two articles are candidates when any band is
 * equal. With few rows per band, pairs of low Jaccard similarity (an excerpt inside a long article)
 * still meet. Memory grows with the number of articles ({@code bands} entries each), never with
 * their pairs. Not thread-safe.
 */
public final class LshIndex {

    private final int bands;
    private final int rows;
    private final Map<Long, int[]> buckets = new HashMap<>();
    private int size;

    public LshIndex(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be >= 1, got " + bands + " and " + rows);
        }
        this.bands = bands;
        this.rows = rows;
    }

    /** Adds a signature; returns its id, the number of signatures added before it. */
    public int add(long[] signature) {
        requireLength(signature);
        int id = size++;
        for (int band = 0; band < bands; band++) {
            long key = bandKey(signature, band);
            int[] members = buckets.get(key);
            if (members == null) {
                buckets.put(key, new int[] {1, id});
            } else {
                if (members[0] + 1 == members.length) {
                    members = Arrays.copyOf(members, members.length * 2);
                    buckets.put(key, members);
                }
                members[++members[0]] = id;
            }
        }
        return id;
    }

    /** The ids of the signatures that share at least one band with {@code signature}, ascending. */
    public int[] candidates(long[] signature) {
        requireLength(signature);
        int[] found = new int[16];
        int count = 0;
        for (int band = 0; band < bands; band++) {
            int[] members = buckets.get(bandKey(signature, band));
            if (members == null) {
                continue;
            }
            for (int k = 1; k <= members[0]; k++) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[count++] = members[k];
            }
        }
        int[] sorted = Arrays.copyOf(found, count);
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }

    public int size() {
        return size;
    }

    /** The chance that two sets of Jaccard similarity {@code j} become candidates: 1 − (1 − jʳ)ᵇ. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }

    private long bandKey(long[] signature, int band) {
        if (signature[band * rows] == Long.MAX_VALUE) {
            return Long.MIN_VALUE + band; // empty texts meet only each other
        }
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < rows; r++) {
            h = Shingles.mix(h ^ signature[band * rows + r]);
        }
        return h;
    }

    private void requireLength(long[] signature) {
        if (signature.length != bands * rows) {
            throw new IllegalArgumentException("signature has " + signature.length + " values, the index expects "
                    + bands + " bands × " + rows + " rows");
        }
    }
}
