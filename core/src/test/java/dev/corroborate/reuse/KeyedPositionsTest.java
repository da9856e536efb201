package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyedPositionsTest {

    @Test
    void sortsByKeyThenPositionAsABoxedSortDoes() {
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            int size = random.nextInt(300);
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                // Few distinct keys, negative ones too, so runs of equal keys are long.
                keys[i] = random.nextInt(12) - 6 + (random.nextBoolean() ? Long.MIN_VALUE / 2 : 0);
            }
            Integer[] expected = IntStream.range(0, size).boxed().toArray(Integer[]::new);
            java.util.Arrays.sort(expected, Comparator.comparingLong((Integer i) -> keys[i]).thenComparingInt(i -> i));
            KeyedPositions sorted = new KeyedPositions(keys.clone(), IntStream.range(0, size).toArray());
            for (int k = 0; k < size; k++) {
                assertThat(sorted.positions[k]).isEqualTo(expected[k]);
                assertThat(sorted.keys[k]).isEqualTo(keys[expected[k]]);
            }
            for (int k = 0; k < size; k++) {
                int first = sorted.first(keys[k]);
                assertThat(sorted.keys[first]).isEqualTo(keys[k]);
                assertThat(first == 0 || sorted.keys[first - 1] != keys[k]).isTrue();
            }
            assertThat(sorted.first(Long.MAX_VALUE)).isEqualTo(-1);
        }
    }

    @Test
    void thePackedSortGivesWhatTheStableMergeSortGives() {
        Random random = new Random(37);
        for (int round = 0; round < 20_000; round++) {
            int size = random.nextInt(200);
            long[] keys = new long[size];
            int[] positions = new int[size];
            long[] highs = {Long.MIN_VALUE, -1L << 20, 0, 1L << 20, Long.MAX_VALUE & ~((1L << 20) - 1), random.nextLong()};
            int position = 0;
            for (int i = 0; i < size; i++) {
                // High bits from a few, low bits at random: ties of high bits with other low bits,
                // repeated keys, and positions ascending with repeats (a sentence's words).
                keys[i] = random.nextInt(4) == 0 ? random.nextLong()
                        : (highs[random.nextInt(highs.length)] & ~((1L << 20) - 1)) | random.nextInt(random.nextBoolean() ? 4 : 1 << 20);
                position += random.nextInt(3);
                positions[i] = position;
            }
            long[] expectedKeys = keys.clone();
            int[] expectedPositions = positions.clone();
            KeyedPositions.mergeSort(expectedKeys, expectedPositions);
            KeyedPositions sorted = new KeyedPositions(keys, positions);
            assertThat(sorted.keys).containsExactly(expectedKeys);
            assertThat(sorted.positions).containsExactly(expectedPositions);
        }
    }
}
