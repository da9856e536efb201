package dev.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapPeakTest {

    @Test
    void thePeakHoldsWhatWasLiveAtOnceAndNeverMoreThanTheHeap() {
        HeapPeak peak = HeapPeak.watching();
        try {
            holdAndCollect(peak);
        } finally {
            peak.close();
        }
    }

    private static void holdAndCollect(HeapPeak peak) {
        List<byte[]> live = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < 32; i++) {
            live.add(new byte[1 << 20]); // 32 MB held together
        }
        for (int i = 0; i < 400; i++) {
            byte[] garbage = new byte[1 << 20]; // young collections come and go
            sum += garbage.length;
        }
        System.gc();

        assertThat(sum).isPositive();
        assertThat(live).hasSize(32);
        assertThat(peak.bytes()).isGreaterThanOrEqualTo(32L << 20).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }

    @Test
    void aSpanCountsTheCollectionsWithinItAndWhatTheyLeft() {
        HeapPeak peak = HeapPeak.watching();
        try {
            var from = HeapPeak.collectionsSoFar();
            long usedAtStart = HeapPeak.usedNow();
            List<byte[]> live = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                live.add(new byte[1 << 20]); // 32 MB held through the collection
            }
            System.gc();
            var to = HeapPeak.collectionsSoFar();
            peak.awaitNotices(java.time.Duration.ofSeconds(5)); // a collection's notice comes a moment after it
            HeapPeak.Span span = peak.within(from, to, usedAtStart, HeapPeak.usedNow());

            assertThat(live).hasSize(32);
            assertThat(span.afterCollectionsBytes()).isGreaterThanOrEqualTo(32L << 20);
            assertThat(span.peakBytes()).isGreaterThanOrEqualTo(span.afterCollectionsBytes());
            assertThat(peak.within(to, to, 0, 0).afterCollectionsBytes()).isEqualTo(-1); // a span without a collection
        } finally {
            peak.close();
        }
    }
}
