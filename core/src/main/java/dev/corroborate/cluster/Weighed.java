package dev.corroborate.cluster;

import java.util.Arrays;
import java.util.Map;

/**
 * An article's TF-IDF vector as placement and joining use it, made once per weights: the vector in
 * the order of the map {@link TermWeighting#weigh} gives (a {@link PlacedVector} of the article's own
 * key strings, so every sum over it adds the same products in the same order as over that map), its
 * keys sorted with their weights (what an event's or storyline's sum adds at a join,
 * {@link CompactVector#plus(CompactVector, String[], double[], int)}) and its compact form (what
 * placement scores against the candidates' centroids), its keys the clustering's shared strings.
 * Placement used to weigh an article twice (to place it, then to join it), sort its keys three times
 * and look them up in the dictionary three times. It also holds the placed vector's keys' hashes,
 * for {@link #dot}. A function of the article's counts and the
 * document frequencies alone (the dictionary gives back equal strings whoever asks first), so it can
 * be made for many articles at once on other threads before they are placed
 * ({@link StoryClusterer#prepare}). Immutable.
 */
final class Weighed {

    final PlacedVector vector;
    final String[] sortedKeys;
    final double[] sortedValues;
    final CompactVector compact;
    /** The placed vector's keys' hashes by position, for {@link #dot}'s lookups. */
    private final int[] keyHashes;
    /**
     * The vector's strongest features as {@link SparseVectors#strongest} orders them (at most the
     * limit {@link #of(Map, FeatureTable, int)} was given): their numbers in the dictionary and their
     * weights as the candidate index adds them ({@link CandidateIndex#shortlist(Weighed)}). Chosen and
     * looked up where the article is weighed, on the threads ahead of placement: on the placing thread
     * the heap of the strongest and a lookup in a table of millions of features (a cache miss or
     * more each) were a twentieth of the placing thread's samples at 300,000 articles.
     */
    final CandidateIndex.Strongest strongest;

    private Weighed(PlacedVector vector, String[] sortedKeys, double[] sortedValues, CandidateIndex.Strongest strongest) {
        this.vector = vector;
        this.sortedKeys = sortedKeys;
        this.sortedValues = sortedValues;
        this.compact = CompactVector.sorted(sortedKeys, sortedValues);
        this.keyHashes = vector.keyHashes();
        this.strongest = strongest;
    }

    /**
     * {@code vector} (as {@link TermWeighting#weigh} gives it) held for placement, its keys taken from
     * {@code dictionary} (the clustering's, concurrent: this may run on other threads), so that the
     * placed vector is what {@link ClusterState#placedVector} keeps and the keys an event's sum adds
     * are shared already; with its {@code strongestLimit} strongest features' numbers there.
     */
    static Weighed of(Map<String, Double> vector, FeatureTable dictionary, int strongestLimit) {
        java.util.Objects.requireNonNull(dictionary, "a weighed vector's features are numbered in the clustering's table");
        PlacedVector placed = PlacedVector.of(vector, dictionary);
        String[] keys = placed.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        double[] values = new double[keys.length];
        for (int k = 0; k < keys.length; k++) {
            values[k] = placed.get(keys[k]);
        }
        // Every key of the placed vector was numbered in the dictionary as it was made.
        return new Weighed(placed, keys, values,
                CandidateIndex.Strongest.of(placed, placed.numbersIn(dictionary), strongestLimit));
    }

    /**
     * {@code SparseVectors.dot(compact, centroid)} to the bit, for scoring one article against a few
     * dozen centroids: each of the centroid's keys (at most {@link StoryClusterer.Settings#centroidTerms()})
     * is looked up in the placed vector's hash table instead of walking both sorted key lists with string
     * comparisons (a sixth of a batch's story step). The products are of the same floats and added in the
     * same order, the keys' (a match is met in key order either way).
     */
    double dot(Map<String, Double> centroid) {
        if (!(centroid instanceof CompactVector sorted)) {
            return SparseVectors.dot(compact, centroid);
        }
        double sum = 0;
        String[] keys = sorted.keys;
        int[] hashes = sorted.hashes();
        for (int j = 0; j < keys.length; j++) {
            int at = vector.positionOf(keys[j], hashes[j], keyHashes);
            if (at >= 0) {
                sum += (double) (float) vector.weightAt(at) * sorted.weightAt(j);
            }
        }
        return sum;
    }
}
