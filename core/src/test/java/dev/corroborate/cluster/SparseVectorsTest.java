package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseVectorsTest {

    /** What strongest gave when it sorted every entry: heaviest first, ties by feature. */
    private static List<Map.Entry<String, Double>> bySorting(Map<String, Double> vector, int limit) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(vector.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        return entries.size() > limit ? entries.subList(0, limit) : entries;
    }

    @Test
    void theStrongestFeaturesAreThoseASortGivesTiesIncluded() {
        Random random = new Random(17);
        for (int round = 0; round < 500; round++) {
            Map<String, Double> vector = new HashMap<>();
            int size = random.nextInt(300);
            for (int i = 0; i < size; i++) {
                // Few distinct weights: many ties, broken by the feature.
                vector.put("f" + random.nextInt(1000), (double) random.nextInt(8) / (1 + random.nextInt(3)));
            }
            int limit = 1 + random.nextInt(120);
            assertThat(SparseVectors.strongest(vector, limit)).isEqualTo(bySorting(vector, limit));
            // The array vectors' own path: a placed vector (in its map's order) and a compact one (sorted keys, floats).
            assertThat(SparseVectors.strongest(PlacedVector.of(vector, null), limit)).isEqualTo(bySorting(vector, limit));
            CompactVector compact = CompactVector.copyOf(vector);
            assertThat(SparseVectors.strongest(compact, limit)).isEqualTo(bySorting(compact, limit));
        }
    }
}
