package dev.corroborate.cluster;

import java.util.Arrays;
import java.util.Map;

/**
 * An article's TF-IDF vector as placement and joining use it, made once per weights: the vector in
 * the order of the map {@link TermWeighting#weigh} gives (a {@link PlacedVector} of the article's own
 * key strings, so every sum over it adds the same products in the same order as over that map), its
 * keys sorted with their weights (what an event's or storyline's sum adds at a join,
 * {@link CompactVector#plus(CompactVector, String[], double[], int, Map)}) and its compact form (what
 * placement scores against the candidates' centroids). Placement used to weigh an article twice
 * (to place it, then to join it) and sort its keys three times. A function of the article's counts
 * and the document frequencies alone, and touches no shared dictionary, so it can be made for many
 * articles at once on other threads before they are placed ({@link StoryClusterer#prepare}). Immutable.
 */
final class Weighed {

    final PlacedVector vector;
    final String[] sortedKeys;
    final double[] sortedValues;
    final CompactVector compact;

    private Weighed(PlacedVector vector, String[] sortedKeys, double[] sortedValues) {
        this.vector = vector;
        this.sortedKeys = sortedKeys;
        this.sortedValues = sortedValues;
        this.compact = CompactVector.sorted(sortedKeys, sortedValues);
    }

    /** {@code vector} (as {@link TermWeighting#weigh} gives it) held for placement. */
    static Weighed of(Map<String, Double> vector) {
        String[] keys = vector.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        double[] values = new double[keys.length];
        for (int k = 0; k < keys.length; k++) {
            values[k] = vector.get(keys[k]);
        }
        return new Weighed(PlacedVector.of(vector, null), keys, values);
    }
}
