package dev.corroborate.cluster;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An article's weighted vector as placement keeps it until refinement ({@link ClusterState#placed}):
 * every article of a run from scratch is held there, so a hash map of fresh strings and boxed
 * doubles (about 28 KB an article at 30,000 articles, docs/BENCHMARKS.md) would make the heap grow
 * with the corpus. Here a feature costs a shared string reference, a double and an int. Unlike a
 * {@link CompactVector}, it keeps the weights as doubles and iterates in the order of the map it was
 * made from: a sum over its entries ({@link SparseVectors#dot}, refinement's self-similarity) adds
 * the same products in the same order, so gives the same double to the bit. Lookups are binary
 * searches over the keys in sorted order. Immutable.
 */
final class PlacedVector extends AbstractMap<String, Double> {

    /** The keys in the order the source map gave them. */
    private final String[] keys;
    private final double[] values;
    /** The positions of {@link #keys} in key order, for lookups. */
    private final int[] byKey;

    private PlacedVector(String[] keys, double[] values, int[] byKey) {
        this.keys = keys;
        this.values = values;
        this.byKey = byKey;
    }

    /** {@code vector}'s entries in its own iteration order, its keys taken from {@code dictionary} so equal features share one string. */
    static PlacedVector of(Map<String, Double> vector, Map<String, String> dictionary) {
        int n = vector.size();
        String[] keys = new String[n];
        double[] values = new double[n];
        int i = 0;
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            keys[i] = dictionary.computeIfAbsent(e.getKey(), k -> k);
            values[i] = e.getValue();
            i++;
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparing(k -> keys[k]));
        int[] byKey = new int[n];
        for (int k = 0; k < n; k++) {
            byKey[k] = order[k];
        }
        return new PlacedVector(keys, values, byKey);
    }

    /** The position of {@code key} in {@link #keys}, or -1. */
    private int positionOf(Object key) {
        if (!(key instanceof String wanted)) {
            return -1;
        }
        int low = 0;
        int high = byKey.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int compared = keys[byKey[middle]].compareTo(wanted);
            if (compared < 0) {
                low = middle + 1;
            } else if (compared > 0) {
                high = middle - 1;
            } else {
                return byKey[middle];
            }
        }
        return -1;
    }

    @Override
    public Double get(Object key) {
        int at = positionOf(key);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return positionOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(keys[at], values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
