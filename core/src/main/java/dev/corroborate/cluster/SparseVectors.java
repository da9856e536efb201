package dev.corroborate.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Arithmetic on sparse vectors kept as maps from feature to weight (hash maps, or
 * {@link CompactVector}s, which are multiplied by walking their sorted keys). Stateless.
 */
final class SparseVectors {

    private SparseVectors() {
    }

    /** The dot product; a cosine when both have unit length. */
    static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a instanceof CompactVector x && b instanceof CompactVector y) {
            return CompactVector.dot(x, y);
        }
        if (a.size() > b.size()) {
            Map<String, Double> swap = a;
            a = b;
            b = swap;
        }
        double sum = 0;
        if (a instanceof PlacedVector x && b instanceof CompactVector y) {
            // b's keys looked up in a's hash table, not a's in b's sorted keys by string comparisons;
            // the products still added in a's order, so the same double.
            int[] partner = x.partners(y);
            for (int i = 0; i < partner.length; i++) {
                if (partner[i] >= 0) {
                    sum += x.weightAt(i) * y.weightAt(partner[i]);
                }
            }
            return sum;
        }
        if (a instanceof ArrayVector x && b instanceof ArrayVector y) {
            // The same walk by position: no entry object or boxed weight for each of a's features (a
            // run's refinement scores every placed article against its candidates' sums this way).
            for (int i = 0; i < x.keys.length; i++) {
                int at = y.positionOf(x.keys[i]);
                if (at >= 0) {
                    sum += x.weightAt(i) * y.weightAt(at);
                }
            }
            return sum;
        }
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                sum += e.getValue() * other;
            }
        }
        return sum;
    }

    /**
     * The {@code limit} heaviest features, heaviest first, ties by feature. Called for every article
     * joined to an event (its sum cut, its listings), so chosen with a bounded heap over primitive
     * weights rather than by sorting every entry: the order is total, so the result is the same.
     */
    static List<Map.Entry<String, Double>> strongest(Map<String, Double> vector, int limit) {
        int n = vector.size();
        String[] keys;
        double[] values = new double[n];
        if (vector instanceof ArrayVector array) {
            keys = array.keys; // only read: no entry object or boxed weight for each feature
            for (int i = 0; i < n; i++) {
                values[i] = array.weightAt(i);
            }
        } else {
            keys = new String[n];
            int i = 0;
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                keys[i] = e.getKey();
                values[i] = e.getValue();
                i++;
            }
        }
        int[] positions = strongestInOrder(keys, values, n, limit);
        Map.Entry<String, Double>[] ordered = newEntries(positions.length);
        for (int k = 0; k < positions.length; k++) {
            ordered[k] = Map.entry(keys[positions[k]], values[positions[k]]);
        }
        return java.util.Arrays.asList(ordered);
    }

    /** {@link #strongest} of an array vector as its features' positions, in the same order. */
    static int[] strongestPositions(ArrayVector vector, int limit) {
        int n = vector.keys.length;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = vector.weightAt(i);
        }
        return strongestInOrder(vector.keys, values, n, limit);
    }

    /** The places of the {@code limit} strongest of the first {@code n} features, strongest first. */
    private static int[] strongestInOrder(String[] keys, double[] values, int n, int limit) {
        // A heap of the strongest, the weakest of them at the root, emptied weakest first.
        int[] heap = strongestIndexes(keys, values, n, limit);
        int size = heap.length;
        int[] ordered = new int[size];
        while (size > 0) {
            int weakest = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, size, keys, values);
            ordered[size] = weakest;
        }
        return ordered;
    }

    /**
     * The places of the {@code limit} strongest of the first {@code n} features (as {@link #strongest}
     * orders them: heavier, then first by name), as a heap with the weakest of them first.
     */
    static int[] strongestIndexes(String[] keys, double[] values, int n, int limit) {
        int k = Math.min(limit, n);
        int[] heap = new int[k];
        int size = 0;
        for (int at = 0; at < n; at++) {
            if (size < k) {
                heap[size] = at;
                siftUp(heap, size++, keys, values);
            } else if (k > 0 && before(at, heap[0], keys, values)) {
                heap[0] = at;
                siftDown(heap, size, keys, values);
            }
        }
        return heap;
    }

    @SuppressWarnings("unchecked")
    private static Map.Entry<String, Double>[] newEntries(int size) {
        return (Map.Entry<String, Double>[]) new Map.Entry[size];
    }

    /** Whether feature {@code a} comes before {@code b}: heavier, or as heavy and first by name. */
    private static boolean before(int a, int b, String[] keys, double[] values) {
        int byValue = Double.compare(values[a], values[b]);
        return byValue != 0 ? byValue > 0 : keys[a].compareTo(keys[b]) < 0;
    }

    private static void siftUp(int[] heap, int at, String[] keys, double[] values) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!before(heap[parent], heap[at], keys, values)) {
                return;
            }
            swap(heap, parent, at);
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, String[] keys, double[] values) {
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            if (left >= size) {
                return;
            }
            int later = left;
            if (left + 1 < size && before(heap[left], heap[left + 1], keys, values)) {
                later = left + 1;
            }
            if (!before(heap[at], heap[later], keys, values)) {
                return;
            }
            swap(heap, at, later);
            at = later;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int keep = heap[a];
        heap[a] = heap[b];
        heap[b] = keep;
    }

    /** {@code sum} itself when it holds at most {@code limit} features, else a map of its {@code limit} strongest. */
    static Map<String, Double> truncate(Map<String, Double> sum, int limit) {
        if (sum.size() <= limit) {
            return sum;
        }
        Map<String, Double> kept = new HashMap<>();
        for (Map.Entry<String, Double> e : strongest(sum, limit)) {
            kept.put(e.getKey(), e.getValue());
        }
        return kept;
    }

    /** The vector scaled to unit length; a zero vector is returned as it is. */
    static Map<String, Double> normalize(Map<String, Double> vector) {
        double norm = 0;
        for (double v : vector.values()) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        double length = Math.sqrt(norm);
        Map<String, Double> unit = new HashMap<>(vector.size() * 2);
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            unit.put(e.getKey(), e.getValue() / length);
        }
        return unit;
    }
}
