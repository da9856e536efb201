package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntSetTest {

    @Test
    void holdsWhatAHashSetHolds() {
        Random random = new Random(17);
        for (int round = 0; round < 50; round++) {
            IntSet set = new IntSet();
            Set<Integer> expected = new HashSet<>();
            int bound = 1 + random.nextInt(round < 25 ? 40 : 100_000);
            for (int i = 0; i < 500; i++) {
                int value = random.nextInt(bound);
                assertThat(set.add(value)).isEqualTo(expected.add(value));
                int probe = random.nextInt(bound + 5);
                assertThat(set.contains(probe)).isEqualTo(expected.contains(probe));
            }
            assertThat(set.size()).isEqualTo(expected.size());
            List<Integer> listed = new ArrayList<>();
            set.forEach(listed::add);
            assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
            // In the order forEach hands them over (consolidation's candidate search reads them so).
            assertThat(set.toArray()).containsExactly(listed.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void zeroIsAValueAndClearEmptiesIt() {
        IntSet set = new IntSet();
        assertThat(set.contains(0)).isFalse();
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.contains(0)).isTrue();
        set.clear();
        assertThat(set.isEmpty()).isTrue();
        assertThat(set.contains(0)).isFalse();
        assertThat(set.add(0)).isTrue();
    }

    @Test
    void aNegativeValueIsRefused() {
        assertThatThrownBy(() -> new IntSet().add(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
