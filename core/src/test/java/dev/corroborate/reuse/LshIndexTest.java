package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LshIndexTest {

    /** Signatures of few distinct values: most bands are shared by many added ones, as common words make them. */
    private static long[] signature(Random random, int length) {
        long[] values = new long[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextInt(3);
        }
        return values;
    }

    @Test
    void candidatesSinceATimeAreTheCandidatesNotKnownToBeOlder() {
        Random random = new Random(7);
        LshIndex index = new LshIndex(8, 2);
        int added = 3_000;
        long[] times = new long[added];
        long time = 1_000_000;
        for (int i = 0; i < added; i++) {
            // In the feed's order: times never decrease, the unknown ones last.
            time += random.nextInt(600);
            times[i] = i >= added - 40 ? Long.MIN_VALUE : time;
            index.add(signature(random, 16));
        }
        for (int probe = 0; probe < 40; probe++) {
            long[] asked = signature(random, 16);
            long oldest = times[random.nextInt(added - 40)];
            int[] all = index.candidates(asked);
            int[] expected = Arrays.stream(all).filter(doc -> times[doc] == Long.MIN_VALUE || times[doc] >= oldest).toArray();

            int[] since = index.candidatesSince(asked, times, oldest);

            assertThat(since).containsExactly(expected);
            assertThat(since.length).isLessThan(all.length);
        }
    }
}
