package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactVectorTest {

    private static final List<String> FEATURES = List.of("harbour", "ferry", "council", "tariff", "vote", "bridge", "mayor",
            "strike", "river", "budget", "school", "tram", "winter", "union", "flour", "bakery", "ASTRID VOSS", "Port Ellin");

    @Test
    void aSumWalkedInKeyOrderIsTheSumMadeInAHashMapAndCut() {
        Random random = new Random(5);
        for (int round = 0; round < 3_000; round++) {
            FeatureTable dictionary = new FeatureTable();
            CompactVector base = CompactVector.of(randomVector(random), dictionary);
            Map<String, Double> addition = randomVector(random);
            // Ties in weight, so the cut's order by name is exercised.
            if (random.nextBoolean() && !addition.isEmpty()) {
                addition.replaceAll((k, v) -> 0.5);
            }
            int keep = 1 + random.nextInt(FEATURES.size());
            Map<String, Double> total = new HashMap<>(base);
            addition.forEach((k, v) -> total.merge(k, v, Double::sum));
            CompactVector expected = CompactVector.of(SparseVectors.truncate(total, keep), new FeatureTable());
            CompactVector actual = CompactVector.plus(base, addition, keep, dictionary);
            assertThat(actual.entrySet()).containsExactlyElementsOf(expected.entrySet());
        }
    }

    @Test
    void theHashesItHoldsAreItsKeysHashesInKeyOrder() {
        CompactVector vector = CompactVector.copyOf(Map.of("tide", 1.0, "Aa", 0.5, "BB", 0.25, "quay", 2.0));
        int[] hashes = vector.hashes();
        assertThat(hashes).hasSize(4);
        for (int k = 0; k < hashes.length; k++) {
            assertThat(hashes[k]).isEqualTo(vector.keys[k].hashCode());
        }
        assertThat(vector.hashes()).isSameAs(hashes);
        assertThat(CompactVector.EMPTY.hashes()).isEmpty();
    }

    @Test
    void aSumAtUnitLengthIsTheOneNormalisedInAHashMap() {
        Random random = new Random(13);
        for (int round = 0; round < 3_000; round++) {
            FeatureTable dictionary = new FeatureTable();
            CompactVector sum = CompactVector.of(randomVector(random), dictionary);
            CompactVector expected = CompactVector.of(SparseVectors.normalize(sum), new FeatureTable());
            assertThat(CompactVector.normalized(sum).entrySet()).containsExactlyElementsOf(expected.entrySet());
        }
    }

    @Test
    void aVectorPutBackFromItsKeysAndFloatsIsTheSameToTheBit() {
        Random random = new Random(17);
        for (int round = 0; round < 1_000; round++) {
            CompactVector vector = CompactVector.of(randomVector(random), new FeatureTable());
            CompactVector back = CompactVector.of(CompactVector.keys(vector), CompactVector.values(vector), new FeatureTable());
            assertThat(back.entrySet()).containsExactlyElementsOf(vector.entrySet());
        }
    }

    private static Map<String, Double> randomVector(Random random) {
        Map<String, Double> vector = new HashMap<>();
        for (String feature : FEATURES) {
            if (random.nextInt(3) == 0) {
                vector.put(feature, random.nextInt(4) == 0 ? 0.25 : random.nextDouble());
            }
        }
        return vector;
    }
}
