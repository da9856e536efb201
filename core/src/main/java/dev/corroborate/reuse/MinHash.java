package dev.corroborate.reuse;

/**
 * MinHash signatures of shingle sets (Broder 1997): for each of {@code k} seeded hash functions,
 * the smallest hash over the set. The share of equal positions estimates the Jaccard similarity;
 * with the set sizes it also estimates containment, which is what an excerpt inside a long
 * article needs. Immutable and thread-safe.
 */
public final class MinHash {

    private final long[] seeds;
    private final long[] multipliers;

    /** {@code k} hash functions from a seeded generator, so signatures are stable across runs. */
    public MinHash(int k, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        seeds = new long[k];
        multipliers = new long[k];
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            seeds[i] = random.nextLong();
            multipliers[i] = random.nextLong() | 1;
        }
    }

    public int size() {
        return seeds.length;
    }

    /** The signature of a set of shingle hashes; all {@code Long.MAX_VALUE} for an empty set. */
    public long[] signature(long[] shingles) {
        long[] signature = new long[seeds.length];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        // Each function is x·a + b over 64 bits (a odd: a permutation of the values). Shingle
        // hashes are already well mixed, so one multiply per function is enough, a quarter of the
        // cost of a full mix; the loop over functions is innermost so the JIT can vectorise it.
        for (long shingle : shingles) {
            for (int i = 0; i < multipliers.length; i++) {
                long h = shingle * multipliers[i] + seeds[i];
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
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
            if (a[i] == Long.MAX_VALUE && b[i] == Long.MAX_VALUE) {
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
