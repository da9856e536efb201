package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.PublishedTime;
import org.junit.jupiter.api.Test;

class SpanTest {

    private static Span of(String... times) {
        Span span = new Span();
        for (String time : times) {
            span.widen(PublishedTime.parse(time).orElseThrow());
        }
        return span;
    }

    @Test
    void widensToItsEarliestAndLatestTimes() {
        Span span = of("2026-03-05", "2026-03-01", "2026-03-09");
        assertThat(span.first.iso()).isEqualTo("2026-03-01");
        assertThat(span.last.iso()).isEqualTo("2026-03-09");
        assertThat(span.daysToNearerEnd(PublishedTime.parse("2026-03-12").orElseThrow().instant())).isEqualTo(3);
    }

    @Test
    void tooFarWhenTheGapOrTheWholeRunIsTooLong() {
        Span early = of("2026-03-01", "2026-03-04");
        assertThat(early.tooFarFrom(of("2026-03-10"), 7, 14)).as("6 days between").isFalse();
        assertThat(early.tooFarFrom(of("2026-03-13"), 7, 14)).as("9 days between").isTrue();
        assertThat(early.tooFarFrom(of("2026-03-08", "2026-03-20"), 7, 14)).as("19 days together").isTrue();
        assertThat(early.tooFarFrom(new Span(), 7, 14)).as("no time on one side").isFalse();
        assertThat(new Span().tooFarFrom(early, 7, 14)).isFalse();
    }
}
