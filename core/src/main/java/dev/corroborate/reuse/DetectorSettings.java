package dev.corroborate.reuse;

/**
 * What {@link ReuseDetector} proposes as candidate pairs: the sizes of its sketches and indexes and
 * the limits on content-word and name candidates. The classifier's thresholds, which decide what a
 * candidate pair is, are in {@link ClassifierSettings}. The values are those the derivation and scale
 * benchmarks were measured with (docs/BENCHMARKS.md); a sketch's sizes must match its index's shape.
 *
 * @param shingleWords          words in a shingle (the unit of shared text); default 5
 * @param shingleHashes         hashes in an article's shingle signature; default 64
 * @param shingleBands          LSH bands over the shingle signature; default 32 (of 2 rows)
 * @param wordHashes            hashes in an article's content-word signature; default 96
 * @param wordBands             LSH bands over the content-word signature; default 32 (of 3 rows)
 * @param wordAgreement         a content-word candidate is kept when its estimated Jaccard similarity
 *                              reaches this; default 0.2
 * @param rewriteWindowDays     ... and, when both times are known, they lie at most this many days apart; default 14
 * @param nameWindowDays        name candidates: articles of a named outlet published at most this many days
 *                              from the naming one; default 7
 * @param nameScan              at most this many of the most recent of them are looked at; default 2,000
 * @param nameCandidates        and this many kept, the closest in subject; default 20
 * @param excerptMaxPostings    a fingerprint shared by more articles than this says nothing (boilerplate); default 100
 * @param excerptMinShared      fingerprints two articles must share to be an excerpt candidate; default 1
 * @param chunk                 articles sketched and classified together on all cores; default 256
 */
public record DetectorSettings(int shingleWords, int shingleHashes, int shingleBands, int wordHashes, int wordBands,
                               double wordAgreement, int rewriteWindowDays, int nameWindowDays, int nameScan,
                               int nameCandidates, int excerptMaxPostings, int excerptMinShared, int chunk) {

    /** The values every benchmark of docs/BENCHMARKS.md was measured with. */
    public static final DetectorSettings DEFAULTS = new DetectorSettings(5, 64, 32, 96, 32, 0.2, 14, 7, 2_000, 20, 100, 1,
            256);

    public DetectorSettings {
        if (shingleWords < 1 || shingleBands < 1 || wordBands < 1 || chunk < 1 || nameCandidates < 1 || nameScan < 1) {
            throw new IllegalArgumentException("sizes and limits must be at least 1: " + shingleWords + ", " + shingleBands
                    + ", " + wordBands + ", " + chunk + ", " + nameCandidates + ", " + nameScan);
        }
        if (shingleHashes % shingleBands != 0 || wordHashes % wordBands != 0) {
            throw new IllegalArgumentException("a signature must split into whole bands: " + shingleHashes + " hashes in "
                    + shingleBands + " bands, " + wordHashes + " in " + wordBands);
        }
        if (wordAgreement < 0 || wordAgreement > 1) {
            throw new IllegalArgumentException("wordAgreement must be in [0, 1], got " + wordAgreement);
        }
    }

    long rewriteWindowSeconds() {
        return rewriteWindowDays * 24L * 3600L;
    }

    long nameWindowSeconds() {
        return nameWindowDays * 24L * 3600L;
    }
}
