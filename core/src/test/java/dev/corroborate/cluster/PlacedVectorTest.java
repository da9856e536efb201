package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A placed vector is its source map, held compactly: same entries, same order, same sums to the bit. */
class PlacedVectorTest {

    private static final String[] WORDS = {"harbour", "ferry", "N:marlow", "#12", "Y2026", "council", "tide", "wall",
        "vote", "repairs", "N:kessary", "budget", "storm", "quay", "pier", "levy", "lock", "canal", "barge", "#3"};

    @Test
    void itIteratesAsItsSourceAndLooksUpTheSameWeights() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            Map<String, Double> source = randomVector(random);
            FeatureTable dictionary = new FeatureTable();
            PlacedVector placed = PlacedVector.of(source, dictionary);

            assertThat(new ArrayList<>(placed.entrySet())).isEqualTo(new ArrayList<>(source.entrySet()));
            assertThat(placed).isEqualTo(source).hasSameSizeAs(source);
            for (String word : WORDS) {
                assertThat(placed.get(word)).isEqualTo(source.get(word));
                assertThat(placed.containsKey(word)).isEqualTo(source.containsKey(word));
            }
            assertThat(placed.get("absent")).isNull();
            assertThat(placed.get(42)).isNull();
        }
    }

    @Test
    void productsWithItAreTheSourcesToTheBit() {
        Random random = new Random(5);
        for (int round = 0; round < 2000; round++) {
            Map<String, Double> source = randomVector(random);
            PlacedVector placed = PlacedVector.of(source, new FeatureTable());
            Map<String, Double> other = randomVector(random);
            CompactVector compact = CompactVector.copyOf(other);
            for (Map<String, Double> b : List.of(other, compact)) {
                assertThat(Double.doubleToRawLongBits(SparseVectors.dot(placed, b)))
                        .isEqualTo(Double.doubleToRawLongBits(SparseVectors.dot(source, b)));
                assertThat(Double.doubleToRawLongBits(SparseVectors.dot(b, placed)))
                        .isEqualTo(Double.doubleToRawLongBits(SparseVectors.dot(b, source)));
            }
        }
    }

    @Test
    void aLookupWithTheHashesHeldFindsWhatThePlainLookupFinds() {
        // "Aa" and "BB" share a hash code, as do "AaAa", "BBBB", "AaBB" and "BBAa": a key in the way with
        // the same hash must be compared, not taken; equal strings that are other objects are found.
        String[] colliding = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"};
        Random random = new Random(17);
        for (int round = 0; round < 500; round++) {
            Map<String, Double> source = randomVector(random);
            for (String key : colliding) {
                if (random.nextBoolean()) {
                    source.put(key, random.nextDouble());
                }
            }
            PlacedVector placed = PlacedVector.of(source, new FeatureTable());
            int[] keyHashes = placed.keyHashes();
            List<String> asked = new ArrayList<>(List.of(WORDS));
            asked.addAll(List.of(colliding));
            asked.add("absent");
            for (String key : asked) {
                String other = new String(key.toCharArray()); // equal, not the same object
                assertThat(placed.positionOf(other, other.hashCode(), keyHashes)).isEqualTo(placed.positionOf(key));
                assertThat(placed.positionOf(key, key.hashCode(), keyHashes)).isEqualTo(placed.positionOf(key));
            }
        }
    }

    @Test
    void vectorsAtTheEdgeOfTheSmallTableAndPastItLookUpTheSame() {
        // Positions plus one are held as chars up to 65,534 features, as ints from 65,535.
        for (int size : new int[] {65_534, 65_535, 65_536, 70_000}) {
            Map<String, Double> source = new java.util.LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                source.put("w" + i, i / 7.0);
            }
            PlacedVector placed = PlacedVector.of(source, new FeatureTable());

            assertThat(new ArrayList<>(placed.entrySet())).as("size %d", size).isEqualTo(new ArrayList<>(source.entrySet()));
            int[] keyHashes = placed.keyHashes();
            for (int i = 0; i < size; i++) {
                String key = "w" + i;
                if (placed.get(key) != i / 7.0 || placed.positionOf(key, key.hashCode(), keyHashes) != i) {
                    throw new AssertionError("size " + size + ": " + key + " gives " + placed.get(key)
                            + " at " + placed.positionOf(key, key.hashCode(), keyHashes));
                }
            }
            assertThat(placed.get("w" + size)).isNull();
            assertThat(placed.positionOf("w" + size, ("w" + size).hashCode(), keyHashes)).isEqualTo(-1);
        }
    }

    @Test
    void equalFeaturesShareOneString() {
        FeatureTable dictionary = new FeatureTable();
        Map<String, Double> a = new HashMap<>(Map.of(new String("harbour"), 0.5));
        Map<String, Double> b = new HashMap<>(Map.of(new String("harbour"), 0.25));
        String first = PlacedVector.of(a, dictionary).keySet().iterator().next();
        String second = PlacedVector.of(b, dictionary).keySet().iterator().next();
        assertThat(second).isSameAs(first);
    }

    /** Weights with many decimals, so a sum in another order would differ in the last bits. */
    private static Map<String, Double> randomVector(Random random) {
        Map<String, Double> vector = new HashMap<>();
        int size = random.nextInt(WORDS.length + 1);
        for (int i = 0; i < size; i++) {
            vector.put(WORDS[random.nextInt(WORDS.length)], random.nextDouble() / 3 + 1e-9 * random.nextInt(1000));
        }
        return vector;
    }
}
