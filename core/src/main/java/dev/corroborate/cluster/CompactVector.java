package dev.corroborate.cluster;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable sparse vector in two arrays (keys sorted, float weights): what an event keeps of its
 * centroid: a reference and a float a feature, the feature strings shared, where a hash map would
 * add an entry object and a boxed value for each (ClusterScale: 3.5 KB an event in all, docs/BENCHMARKS.md).
 * Lookups are binary searches; iteration is in key order.
 */
final class CompactVector extends AbstractMap<String, Double> {

    static final CompactVector EMPTY = new CompactVector(new String[0], new float[0]);

    private final String[] keys;
    private final float[] values;

    private CompactVector(String[] keys, float[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** A compact copy of {@code map}, its keys taken from {@code dictionary} so equal terms share one string. */
    static CompactVector of(Map<String, Double> map, Map<String, String> dictionary) {
        String[] keys = new String[map.size()];
        int i = 0;
        for (String key : map.keySet()) {
            keys[i++] = dictionary.computeIfAbsent(key, k -> k);
        }
        Arrays.sort(keys);
        float[] values = new float[keys.length];
        for (int k = 0; k < keys.length; k++) {
            values[k] = map.get(keys[k]).floatValue();
        }
        return new CompactVector(keys, values);
    }

    /** A compact copy of {@code map} whose keys stay its own: for a vector scored once and let go. */
    static CompactVector copyOf(Map<String, Double> map) {
        String[] keys = map.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        float[] values = new float[keys.length];
        for (int k = 0; k < keys.length; k++) {
            values[k] = map.get(keys[k]).floatValue();
        }
        return new CompactVector(keys, values);
    }

    /** The dot product of two compact vectors, by walking their sorted keys together. */
    static double dot(CompactVector a, CompactVector b) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.keys.length && j < b.keys.length) {
            String x = a.keys[i];
            String y = b.keys[j];
            int order = x == y ? 0 : x.compareTo(y);
            if (order == 0) {
                sum += (double) a.values[i++] * b.values[j++];
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    @Override
    public Double get(Object key) {
        int at = Arrays.binarySearch(keys, (String) key);
        return at < 0 ? null : (double) values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return Arrays.binarySearch(keys, (String) key) >= 0;
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
                        return new SimpleImmutableEntry<>(keys[at], (double) values[at]);
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
