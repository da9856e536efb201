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

    @Test
    void tooFarAsDurationsBetweenTheInstantsSayToTheSecond() {
        // Times with seconds and fractions on either side of whole days, as feeds give them, against the
        // days a Duration counts between the two spans' ends (truncated, as Duration.toDays truncates).
        java.util.Random random = new java.util.Random(5);
        java.time.LocalDateTime base = java.time.LocalDateTime.of(2026, 3, 1, 0, 0);
        for (int probe = 0; probe < 2_000; probe++) {
            Span a = new Span();
            Span b = new Span();
            for (Span span : new Span[] {a, b}) {
                for (int t = 0; t < 1 + random.nextInt(3); t++) {
                    java.time.LocalDateTime at = base.plusSeconds(random.nextInt(40 * 86_400)).plusNanos(
                            random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
                    span.widen(new PublishedTime(at, java.time.ZoneOffset.UTC, dev.corroborate.model.Precision.SECOND));
                }
            }
            int gapDays = random.nextInt(10);
            int spanDays = random.nextInt(30);
            java.time.Instant from = b.first.instant();
            java.time.Instant to = b.last.instant();
            java.time.Instant firstAt = a.first.instant();
            java.time.Instant lastAt = a.last.instant();
            java.time.Instant start = from.isAfter(firstAt) ? from : firstAt;
            java.time.Instant end = to.isBefore(lastAt) ? to : lastAt;
            long gap = Math.max(0, java.time.Duration.between(end, start).toDays());
            java.time.Instant earliest = from.isBefore(firstAt) ? from : firstAt;
            java.time.Instant latest = to.isAfter(lastAt) ? to : lastAt;
            boolean expected = gap > gapDays || java.time.Duration.between(earliest, latest).toDays() > spanDays;

            assertThat(a.tooFarFrom(b, gapDays, spanDays)).isEqualTo(expected);
            assertThat(a.tooFarFrom(from, to, gapDays, spanDays)).isEqualTo(expected);
        }
    }

    @Test
    void wholeDaysAreWhatADurationCountsEvenBackwardsAndWithinASecond() {
        java.util.Random random = new java.util.Random(9);
        for (int probe = 0; probe < 10_000; probe++) {
            java.time.Instant from = java.time.Instant.ofEpochSecond(1_700_000_000L + random.nextInt(5_000_000),
                    random.nextInt(1_000_000_000));
            // Most a second or less either side of a whole number of days from the first (either way),
            // where a fraction of a second decides the count; the rest anywhere.
            long seconds = random.nextBoolean()
                    ? from.getEpochSecond() + (random.nextInt(81) - 40) * 86_400L + random.nextInt(3) - 1
                    : 1_700_000_000L + random.nextInt(5_000_000);
            java.time.Instant to = java.time.Instant.ofEpochSecond(seconds,
                    random.nextInt(3) == 0 ? from.getNano() : random.nextInt(1_000_000_000));
            assertThat(Span.wholeDays(from.getEpochSecond(), from.getNano(), to.getEpochSecond(), to.getNano()))
                    .isEqualTo(java.time.Duration.between(from, to).toDays());
        }
    }
}
