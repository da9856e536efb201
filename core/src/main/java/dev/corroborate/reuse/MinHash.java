package dev.corroborate.reuse;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets by one-permutation hashing (Li, Owen and Zhang 2012): each
 * shingle is hashed once, the hash's high bits choose one of {@code k} bins and the bin keeps its
 * smallest hash. Bins left empty (short texts) borrow from the next filled bin to their right with
 * a distinct offset per step ("rotation" densification, Shrivastava and Li 2014), so two signatures
 * still agree in a bin with probability equal to the Jaccard similarity of the sets. One hash per
 * shingle instead of {@code k}: the cost no longer grows with the signature. With the set sizes the
 * Jaccard estimate also gives containment, which is what an excerpt inside a long article needs.
 * Immutable and thread-safe.
 */
public final class MinHash {

    private static final long EMPTY = Long.MAX_VALUE;
    /** Added once per step when a bin borrows from a bin to its right, so borrowed values differ by distance. */
    private static final long ROTATION = 0x9E3779B97F4A7C15L;

    private final int k;
    private final long seed;

    /** {@code k} bins, hashes salted with {@code seed}, so signatures are stable across runs. */
    public MinHash(int k, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        this.k = k;
        this.seed = Shingles.mix(seed);
    }

    public int size() {
        return k;
    }

    /** The signature of a set of shingle hashes; all {@code Long.MAX_VALUE} for an empty set. */
    public long[] signature(long[] shingles) {
        long[] signature = new long[k];
        Arrays.fill(signature, EMPTY);
        if (shingles.length == 0) {
            return signature;
        }
        for (long shingle : shingles) {
            long h = Shingles.mix(shingle ^ seed);
            int bin = (int) (((h >>> 32) * k) >>> 32);
            long value = h & 0x7FFFFFFFFFFFFFFEL; // below EMPTY, whatever the hash
            if (value < signature[bin]) {
                signature[bin] = value;
            }
        }
        // Empty bins borrow only from bins the shingles filled, never from one filled by borrowing,
        // so the result does not depend on the order bins are visited in.
        long[] filled = signature.clone();
        for (int bin = 0; bin < k; bin++) {
            if (filled[bin] != EMPTY) {
                continue;
            }
            int from = bin;
            int steps = 0;
            do {
                from = from + 1 == k ? 0 : from + 1;
                steps++;
            } while (filled[from] == EMPTY);
            signature[bin] = (filled[from] + steps * ROTATION) & 0x7FFFFFFFFFFFFFFEL;
        }
        return signature;
    }

    /** Estimated Jaccard similarity of two signatures of this MinHash: in [0, 1], symmetric. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different sizes: " + a.length + " and " + b.length);
        }
        int equal = 0;
        int empty = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == EMPTY && b[i] == EMPTY) {
                empty++;
            } else if (a[i] == b[i]) {
                equal++;
            }
        }
        return empty == a.length ? 0 : (double) equal / a.length;
    }

    /**
     * Estimated containment of set A in set B from their Jaccard estimate and sizes:
     * |A∩B| = J·(|A|+|B|)/(1+J), divided by |A|. Clamped to [0, 1].
     */
    public static double containment(double jaccard, int sizeA, int sizeB) {
        if (sizeA == 0) {
            return 0;
        }
        double shared = jaccard * (sizeA + sizeB) / (1 + jaccard);
        return Math.max(0, Math.min(1, shared / sizeA));
    }
}
