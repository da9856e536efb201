package dev.corroborate.reuse;


/**
 * Locality-sensitive hashing over MinHash signatures, by banding: a signature of
 * {@code bands × rows} values is cut into bands, and two articles are candidates when any band is
 * equal. With few rows per band, pairs of low Jaccard similarity (an excerpt inside a long article)
 * still meet. Memory grows with the number of articles ({@code bands} entries each), never with
 * their pairs. Not thread-safe.
 */
public final class LshIndex {

    /** A band key shared by more articles than this is a stock text and proposes nothing. */
    public static final int STOCK_BUCKET = 50_000;
    /** A lookup gives at most this many of a key's articles, the most recent. */
    public static final int RECENT_IN_BUCKET = 1_000;

    private final int bands;
    private final int rows;
    /**
     * Band keys to articles. A bucket of more than 50,000 identical bands is a stock text; a lookup
     * gives the 1,000 most recent articles of a bucket: derived articles follow their sources
     * within days, and the work per article must not grow with the archive.
     */
    private final PostingTable buckets;
    private int size;

    public LshIndex(int bands, int rows) {
        this(bands, rows, TableSpace.HEAP);
    }

    /** As {@link #LshIndex(int, int)}, the buckets kept in {@code space}. */
    public LshIndex(int bands, int rows, TableSpace space) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be >= 1, got " + bands + " and " + rows);
        }
        this.bands = bands;
        this.rows = rows;
        this.buckets = new PostingTable(STOCK_BUCKET, RECENT_IN_BUCKET, space);
    }

    /** Adds a signature; returns its id, the number of signatures added before it. */
    public int add(long[] signature) {
        requireLength(signature);
        int id = size++;
        for (int band = 0; band < bands; band++) {
            buckets.add(bandKey(signature, band), id);
        }
        return id;
    }

    /** The ids of the signatures that share at least one band with {@code signature}, ascending. */
    public int[] candidates(long[] signature) {
        return candidatesSince(signature, null, 0);
    }

    /**
     * Of {@link #candidates}, those not known to be older than {@code oldest}: {@code times} gives each
     * added signature's time ({@link Long#MIN_VALUE} unknown), and must not decrease in the order they
     * were added, unknown times last (the feed's order), so a bucket's walk, newest first, ends at the
     * first older one. Without {@code times}, every candidate.
     */
    public int[] candidatesSince(long[] signature, long[] times, long oldest) {
        requireLength(signature);
        int[][] found = {new int[16]};
        int count = 0;
        for (int band = 0; band < bands; band++) {
            count = buckets.collectSince(bandKey(signature, band), found, count, times, oldest);
        }
        return PostingTable.atLeast(found[0], count, 1);
    }

    /**
     * The band keys of a signature, one per band: what {@link #add} files it under. For a run that
     * groups articles by band key instead of holding an index (the Spark job).
     */
    public long[] bandKeys(long[] signature) {
        requireLength(signature);
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            keys[band] = bandKey(signature, band);
        }
        return keys;
    }

    /**
     * Makes this (empty) index stand for one that holds {@code size} signatures, of which only the
     * keys given to {@link #preload} are filed: an incremental run files the keys its new articles
     * look up, from a kept index, instead of adding every kept signature again.
     */
    void restore(int size) {
        if (this.size != 0) {
            throw new IllegalStateException("restore an empty index only");
        }
        this.size = size;
    }

    /** Files a kept key's articles (see {@link PostingTable#preload}); after {@link #restore}, before any add. */
    void preload(long key, int[] newestFirst, int count) {
        buckets.preload(key, newestFirst, count);
    }

    /** How many articles of a key a lookup gives, most. */
    int maxCollected() {
        return buckets.maxCollected();
    }

    /** How many articles under one key make it a stock text that proposes nothing. */
    int tooCommon() {
        return buckets.tooCommon();
    }

    /** Bytes held by the index's arrays. */
    public long bytes() {
        return buckets.bytes();
    }

    public int size() {
        return size;
    }

    /** The chance that two sets of Jaccard similarity {@code j} become candidates: 1 − (1 − jʳ)ᵇ. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }

    /**
     * A band takes positions {@code band, band + bands, band + 2·bands, …}: with one-permutation
     * signatures, neighbouring positions of a short text's signature are filled from the same bin,
     * so a band of adjacent positions would turn one shared shingle into an equal band.
     */
    private long bandKey(long[] signature, int band) {
        if (signature[band] == Long.MAX_VALUE) {
            return Long.MIN_VALUE + band + 1; // empty texts meet only each other
        }
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < rows; r++) {
            h = Shingles.mix(h ^ signature[band + r * bands]);
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
