package dev.corroborate.cluster;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable sparse vector in two arrays (keys sorted, float weights): what an event keeps of its
 * centroid: a reference and a float a feature, the feature strings shared, where a hash map would
 * add an entry object and a boxed value for each (ClusterScale: 3.5 KB an event in all, docs/BENCHMARKS.md).
 * Lookups are binary searches; iteration is in key order.
 */
final class CompactVector extends ArrayVector {

    static final CompactVector EMPTY = new CompactVector(new String[0], new float[0]);

    /** The weights by position in the keys, which are sorted. */
    private final float[] values;
    /**
     * The keys' hashes by position, made when first asked ({@link #hashes()}): a centroid is scored
     * against many articles, and reading each key's hash from its string (strings spread over the
     * heap) was most of the cost of looking its keys up in an article's table ({@link Weighed#dot}).
     * An event's centroid scored once holds them until its next join: 4 bytes a feature, at most
     * about 400 bytes an event.
     */
    private volatile int[] hashes;

    private CompactVector(String[] keys, float[] values) {
        super(keys);
        this.values = values;
    }

    /** A compact copy of {@code map}, its keys taken from {@code dictionary} so equal terms share one string. */
    static CompactVector of(Map<String, Double> map, FeatureTable dictionary) {
        String[] keys = new String[map.size()];
        int i = 0;
        for (String key : map.keySet()) {
            keys[i++] = dictionary.intern(key);
        }
        Arrays.sort(keys);
        float[] values = new float[keys.length];
        for (int k = 0; k < keys.length; k++) {
            values[k] = map.get(keys[k]).floatValue();
        }
        return new CompactVector(keys, values);
    }

    /**
     * The vector of these features and weights as {@link #keys(CompactVector)} and {@link #values(CompactVector)}
     * gave them (keys sorted, one weight each), keys from the dictionary: a kept event's sum put back
     * to the bit ({@link KeptEvent}).
     *
     * @throws IllegalArgumentException when the keys are not strictly ascending or the lengths differ
     */
    static CompactVector of(String[] keys, float[] values, FeatureTable dictionary) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException(keys.length + " features but " + values.length + " weights");
        }
        String[] own = new String[keys.length];
        for (int k = 0; k < keys.length; k++) {
            if (k > 0 && keys[k - 1].compareTo(keys[k]) >= 0) {
                throw new IllegalArgumentException("features out of order at " + keys[k]);
            }
            own[k] = dictionary == null ? keys[k] : dictionary.intern(keys[k]);
        }
        return new CompactVector(own, values.clone());
    }

    /** The features of {@code vector} in key order (a copy). */
    static String[] keys(CompactVector vector) {
        return vector.keys.clone();
    }

    /** The weights of {@code vector}, as floats, in key order (a copy). */
    static float[] values(CompactVector vector) {
        return vector.values.clone();
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

    /** The vector of these sorted, distinct keys and their weights cut to floats, as {@link #copyOf} gives it for their map. */
    static CompactVector sorted(String[] keys, double[] values) {
        float[] floats = new float[keys.length];
        for (int k = 0; k < keys.length; k++) {
            floats[k] = (float) values[k];
        }
        return new CompactVector(keys, floats);
    }

    /**
     * {@link #plus(CompactVector, Map, int, Map)} for an addition given as its keys sorted and their
     * weights, the keys the dictionary's strings already ({@link Weighed}): the same walk without
     * sorting them or looking them up again.
     */
    static CompactVector plus(CompactVector base, String[] sortedKeys, double[] values, int keep) {
        return merged(base, sortedKeys, sortedKeys.length, j -> values[j], keep, null);
    }

    /**
     * {@code base} plus {@code addition}, feature by feature, cut to its {@code keep} strongest
     * ({@link SparseVectors#strongest}'s order), compact: what {@code of(SparseVectors.truncate(total,
     * keep), dictionary)} gives for the two summed in a hash map, the same keys and the same floats,
     * by one walk of the two sorted key lists instead of a map of every feature. An event's sum is
     * made again this way for every article it is joined.
     */
    static CompactVector plus(CompactVector base, Map<String, Double> addition, int keep, FeatureTable dictionary) {
        String[] added = addition.keySet().toArray(new String[0]);
        Arrays.sort(added);
        return merged(base, added, added.length, j -> addition.get(added[j]), keep, dictionary);
    }

    /**
     * {@code base} with the first {@code m} of the sorted, distinct {@code added} keys added, the
     * {@code j}th weighing {@code weight(j)} (summed as {@code Map.merge} with {@code Double::sum}
     * would: the kept value, a float widened, plus the new one), cut to the {@code keep} strongest: one
     * walk of the two sorted key lists.
     */
    private static CompactVector merged(CompactVector base, String[] added, int m, java.util.function.IntToDoubleFunction weight,
                                        int keep, FeatureTable dictionary) {
        // Without a dictionary the added keys are its strings already.
        boolean addedShared = dictionary == null;
        int n = base.keys.length;
        String[] keys = new String[n + m];
        double[] values = new double[n + m];
        // The base's keys are the dictionary's already: only the added new ones are looked up there.
        boolean[] own = new boolean[n + m];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            int order = i >= n ? 1 : j >= m ? -1 : base.keys[i].compareTo(added[j]);
            if (order < 0) {
                keys[size] = base.keys[i];
                own[size] = true;
                values[size++] = base.values[i++];
            } else if (order > 0) {
                keys[size] = added[j];
                own[size] = addedShared;
                values[size++] = weight.applyAsDouble(j++);
            } else {
                keys[size] = base.keys[i];
                own[size] = true;
                values[size++] = (double) base.values[i++] + weight.applyAsDouble(j++);
            }
        }
        return compact(keys, values, own, size, keep, dictionary);
    }

    /**
     * {@code vector} at unit length: what {@code of(SparseVectors.normalize(vector), dictionary)} gives
     * (the same sum of squares in key order, the same quotients cut to floats), without a hash map.
     */
    static CompactVector normalized(CompactVector vector) {
        double norm = 0;
        for (float value : vector.values) {
            double v = value;
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        double length = Math.sqrt(norm);
        float[] unit = new float[vector.values.length];
        for (int k = 0; k < unit.length; k++) {
            unit[k] = (float) ((double) vector.values[k] / length);
        }
        return new CompactVector(vector.keys, unit);
    }

    /**
     * The first {@code size} features (keys sorted), cut to the {@code keep} strongest, keys from the
     * dictionary (those marked {@code own} are its strings already: a base vector's).
     */
    private static CompactVector compact(String[] keys, double[] values, boolean[] own, int size, int keep,
                                         FeatureTable dictionary) {
        boolean[] kept = new boolean[size];
        if (size <= keep) {
            Arrays.fill(kept, true);
        } else {
            for (int at : SparseVectors.strongestIndexes(keys, values, size, keep)) {
                kept[at] = true;
            }
        }
        int count = 0;
        for (boolean k : kept) {
            count += k ? 1 : 0;
        }
        String[] outKeys = new String[count];
        float[] outValues = new float[count];
        int out = 0;
        for (int at = 0; at < size; at++) {
            if (kept[at]) {
                outKeys[out] = own[at] ? keys[at] : dictionary.intern(keys[at]);
                outValues[out++] = (float) values[at];
            }
        }
        return new CompactVector(outKeys, outValues);
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
    int positionOf(Object key) {
        return key instanceof String wanted ? Arrays.binarySearch(keys, wanted) : -1;
    }

    /** The keys' hash codes by position (not a copy: only read). */
    int[] hashes() {
        int[] made = hashes;
        if (made == null) {
            made = new int[keys.length];
            for (int k = 0; k < made.length; k++) {
                made[k] = keys[k].hashCode();
            }
            hashes = made; // filled before it is published; threads racing here make equal arrays, one kept
        }
        return made;
    }

    @Override
    double weightAt(int position) {
        return values[position];
    }
}
