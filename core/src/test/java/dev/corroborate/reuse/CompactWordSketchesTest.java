package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactWordSketchesTest {

    /** Equal low 16 bits, position by position: what the packed count must give. */
    private static int equalPositions(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if ((short) a[i] == (short) b[i]) {
                equal++;
            }
        }
        return equal;
    }

    /**
     * Signatures that share some positions, and differ elsewhere in one bit only (the lowest, the
     * highest of a lane, one in between) or in the bits above the 16 kept.
     */
    private static long[][] signatures(Random random, int n, int positions) {
        long[][] signatures = new long[n][positions];
        long[] common = random.longs(positions).toArray();
        for (long[] signature : signatures) {
            for (int i = 0; i < positions; i++) {
                signature[i] = switch (random.nextInt(6)) {
                    case 0, 1 -> common[i];
                    case 2 -> common[i] ^ 1L;
                    case 3 -> common[i] ^ 0x8000L;
                    case 4 -> common[i] ^ (1L << (1 + random.nextInt(14)));
                    default -> common[i] ^ (1L << (16 + random.nextInt(48)));
                };
            }
        }
        return signatures;
    }

    @Test
    void countsTheEqualPositionsAsOneByOneDoes() {
        Random random = new Random(17);
        for (int positions : new int[] {1, 3, 4, 7, 96}) {
            long[][] signatures = signatures(random, 40, positions);
            CompactWordSketches sketches = new CompactWordSketches(positions);
            for (int k = 0; k < signatures.length; k++) {
                sketches.put(k, CompactWordSketches.pack(signatures[k]));
            }
            for (int a = 0; a < signatures.length; a++) {
                long[] mine = CompactWordSketches.pack(signatures[a]);
                for (int b = 0; b < signatures.length; b++) {
                    int expected = equalPositions(signatures[a], signatures[b]);
                    assertThat(sketches.agreement(mine, b)).as("%d positions, %d against %d", positions, a, b).isEqualTo(expected);
                    assertThat(sketches.agreement(a, b)).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aCompactSignaturePacksAsItsFullOne() {
        long[] signature = new Random(3).longs(96).toArray();
        assertThat(CompactWordSketches.pack(ReuseDetector.compact(signature))).isEqualTo(CompactWordSketches.pack(signature));
    }

    @Test
    void growsPastItsFirstSizeKeepingWhatItHeld() {
        Random random = new Random(5);
        long[][] signatures = signatures(random, 3_000, 96);
        CompactWordSketches sketches = new CompactWordSketches(96);
        for (int k = 0; k < signatures.length; k++) {
            sketches.put(k, CompactWordSketches.pack(signatures[k]));
        }
        for (int k = 0; k < signatures.length; k += 97) {
            assertThat(sketches.agreement(k, signatures.length - 1 - k))
                    .isEqualTo(equalPositions(signatures[k], signatures[signatures.length - 1 - k]));
            assertThat(sketches.agreement(k, k)).isEqualTo(96);
        }
    }

    @Test
    void refusesASignatureOfAnotherLength() {
        CompactWordSketches sketches = new CompactWordSketches(96);
        assertThatThrownBy(() -> sketches.put(0, new long[23])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("23 longs, not 24");
    }
}
