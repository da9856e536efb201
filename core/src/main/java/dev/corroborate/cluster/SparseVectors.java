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
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                sum += e.getValue() * other;
            }
        }
        return sum;
    }

    /** The {@code limit} heaviest features, heaviest first, ties by feature. */
    static List<Map.Entry<String, Double>> strongest(Map<String, Double> vector, int limit) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(vector.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        return entries.size() > limit ? entries.subList(0, limit) : entries;
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
