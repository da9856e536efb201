package dev.corroborate.reuse;

/**
 * The compact content-word signatures of a detector's articles (the low 16 bits of each MinHash
 * value, {@link ReuseDetector#compact}), one after the other by article number, packed four to a
 * {@code long}, and how many positions two of them share. Counting equal positions is the check every
 * content-word band match goes through (36 million of them when 100,000 articles are added from
 * scratch): compared four at a time without a branch, where a branch a position was mispredicted at
 * random, as a chance match shares a fifth of its positions or fewer. Not thread-safe for writes;
 * reads of articles written before them may come from any thread.
 */
final class CompactWordSketches {

    /** The high bit of each 16-bit lane. */
    private static final long HIGH_BITS = 0x8000_8000_8000_8000L;
    /** The other 15 bits of each lane. */
    private static final long LOW_BITS = ~HIGH_BITS;

    private final int positions;
    /** Longs a signature takes: the last one's unused lanes are zero. */
    private final int stride;
    private long[] packed;

    /** A store of signatures of {@code positions} values each. */
    CompactWordSketches(int positions) {
        this.positions = positions;
        this.stride = (positions + 3) / 4;
        this.packed = new long[stride << 10];
    }

    /** A full signature's low 16 bits, packed as this keeps them (lane {@code i % 4} of long {@code i / 4}). */
    static long[] pack(long[] signature) {
        long[] packed = new long[(signature.length + 3) / 4];
        for (int i = 0; i < signature.length; i++) {
            packed[i >> 2] |= (signature[i] & 0xFFFFL) << ((i & 3) << 4);
        }
        return packed;
    }

    /** A compact signature packed as this keeps them. */
    static long[] pack(short[] compact) {
        long[] packed = new long[(compact.length + 3) / 4];
        for (int i = 0; i < compact.length; i++) {
            packed[i >> 2] |= (compact[i] & 0xFFFFL) << ((i & 3) << 4);
        }
        return packed;
    }

    /** Keeps article {@code index}'s signature, given packed ({@link #pack}). */
    void put(int index, long[] signature) {
        if (signature.length != stride) {
            throw new IllegalArgumentException("a packed signature of " + signature.length + " longs, not " + stride);
        }
        int base = index * stride;
        if (base + stride > packed.length) {
            packed = java.util.Arrays.copyOf(packed, Math.max(packed.length * 2, base + stride));
        }
        System.arraycopy(signature, 0, packed, base, stride);
    }

    /** How many positions of {@code mine} (packed) equal those of article {@code index}'s signature. */
    int agreement(long[] mine, int index) {
        int base = index * stride;
        int differing = 0;
        for (int i = 0; i < stride; i++) {
            differing += nonZeroLanes(mine[i] ^ packed[base + i]);
        }
        // The unused lanes of the last long are zero on both sides: counted as equal, and not positions.
        return positions - differing;
    }

    /** How many positions of articles {@code a} and {@code b}'s signatures are equal. */
    int agreement(int a, int b) {
        int first = a * stride;
        int second = b * stride;
        int differing = 0;
        for (int i = 0; i < stride; i++) {
            differing += nonZeroLanes(packed[first + i] ^ packed[second + i]);
        }
        return positions - differing;
    }

    /** How many of the four 16-bit lanes of {@code x} are not zero. */
    static int nonZeroLanes(long x) {
        // A lane's low 15 bits plus 0x7FFF reach its high bit when any is set (and never carry out of
        // the lane); or'd with the lane, its high bit says whether the lane is zero.
        long set = ((x & LOW_BITS) + LOW_BITS) | x;
        return Long.bitCount(set & HIGH_BITS);
    }

    /** How many positions two signatures hold. */
    int positions() {
        return positions;
    }
}
