package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** An article weighed for placement scores a centroid as the walk of both compact vectors does, to the bit. */
class WeighedTest {

    private static final String[] WORDS = {"harbour", "ferry", "N:marlow", "#12", "Y2026", "council", "tide", "wall",
        "vote", "repairs", "N:kessary", "budget", "storm", "quay", "pier", "levy", "lock", "canal", "barge", "#3",
        "N:orrin", "flood", "mayor", "bridge", "toll"};

    @Test
    void itsProductWithACentroidIsTheCompactWalksToTheBit() {
        Random random = new Random(23);
        for (int round = 0; round < 3000; round++) {
            FeatureTable dictionary = new FeatureTable();
            Weighed weighed = Weighed.of(randomVector(random), dictionary, 30);
            // Centroids as events keep them (keys the dictionary's strings), and with keys of their own.
            Map<String, Double> sum = randomVector(random);
            CompactVector shared = CompactVector.normalized(CompactVector.of(sum, dictionary));
            CompactVector own = CompactVector.copyOf(sum);
            for (CompactVector centroid : new CompactVector[] {shared, own, CompactVector.EMPTY}) {
                assertThat(Double.doubleToRawLongBits(weighed.dot(centroid)))
                        .isEqualTo(Double.doubleToRawLongBits(CompactVector.dot(weighed.compact, centroid)));
            }
            assertThat(Double.doubleToRawLongBits(weighed.dot(sum)))
                    .isEqualTo(Double.doubleToRawLongBits(SparseVectors.dot(weighed.compact, sum)));
        }
    }

    @Test
    void itFindsNoFeatureTheCentroidLacks() {
        Weighed weighed = Weighed.of(Map.of("harbour", 0.5, "ferry", 0.25), new FeatureTable(), 30);
        assertThat(weighed.dot(CompactVector.copyOf(Map.of("storm", 1.0, "toll", 2.0)))).isZero();
        assertThat(weighed.dot(CompactVector.copyOf(Map.of(new String("ferry"), 2.0)))).isEqualTo(0.5);
    }

    /** Weights with many decimals, so a sum in another order or of other floats would differ in the last bits. */
    private static Map<String, Double> randomVector(Random random) {
        Map<String, Double> vector = new HashMap<>();
        int size = random.nextInt(WORDS.length + 1);
        for (int i = 0; i < size; i++) {
            vector.put(new String(WORDS[random.nextInt(WORDS.length)]), random.nextDouble() / 3 + 1e-9 * random.nextInt(1000));
        }
        return vector;
    }
}
