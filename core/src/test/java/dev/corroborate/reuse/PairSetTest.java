package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairSetTest {

    @Test
    void aPairIsAddedOnceWhicheverArticleComesFirst() {
        PairSet pairs = new PairSet();

        assertThat(pairs.add("wire-1", "copy-7")).isTrue();
        assertThat(pairs.add("copy-7", "wire-1")).isFalse();
        assertThat(pairs.contains("wire-1", "copy-7")).isTrue();
        assertThat(pairs.contains("copy-7", "wire-1")).isTrue();
        assertThat(pairs.contains("wire-1", "other-2")).isFalse();
        assertThat(pairs.contains("never-seen", "copy-7")).isFalse();
        assertThat(pairs.size()).isEqualTo(1);
    }

    @Test
    void itAnswersAsASetOfJoinedIdsDoesThroughManyGrowths() {
        PairSet pairs = new PairSet();
        Set<String> joined = new HashSet<>();
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 200_000; i++) {
            String a = "a-" + random.nextInt(3_000);
            String b = "a-" + random.nextInt(3_000);
            String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
            assertThat(pairs.add(a, b)).isEqualTo(joined.add(key));
        }
        for (int i = 0; i < 20_000; i++) {
            String a = "a-" + random.nextInt(3_100);
            String b = "a-" + random.nextInt(3_100);
            String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
            assertThat(pairs.contains(b, a)).isEqualTo(joined.contains(key));
        }
        assertThat(pairs.size()).isEqualTo(joined.size());
    }
}
