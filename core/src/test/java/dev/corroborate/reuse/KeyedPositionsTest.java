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
}
