package dev.corroborate.cluster;

import dev.corroborate.model.PublishedTime;
import java.time.Duration;
import java.time.Instant;

/**
 * The first and last publication times of an event's or a storyline's articles, kept with their
 * instants worked out once: placement compares them with every candidate. Empty until an article
 * with a time comes. Not thread-safe.
 */
final class Span {

    PublishedTime first;
    PublishedTime last;
    private Instant firstAt;
    private Instant lastAt;

    boolean isEmpty() {
        return firstAt == null;
    }

    /** Stretches the span to cover {@code time}; a missing time changes nothing. */
    void widen(PublishedTime time) {
        if (time == null) {
            return;
        }
        Instant at = time.instant();
        if (firstAt == null || at.isBefore(firstAt)) {
            first = time;
            firstAt = at;
        }
        if (lastAt == null || at.isAfter(lastAt)) {
            last = time;
            lastAt = at;
        }
    }

    /** Stretches the span to cover {@code other}. */
    void widen(Span other) {
        widen(other.first);
        widen(other.last);
    }

    void clear() {
        first = null;
        last = null;
        firstAt = null;
        lastAt = null;
    }

    /** Whole days from {@code at} to the nearer end of the span (0 when empty or {@code at} is null). */
    long daysToNearerEnd(Instant at) {
        if (at == null || isEmpty()) {
            return 0;
        }
        return Math.min(Math.abs(Duration.between(firstAt, at).toDays()), Math.abs(Duration.between(lastAt, at).toDays()));
    }

    /** Whole days from {@code at} to the span's last time (0 when empty or {@code at} is null). */
    long daysFromLast(Instant at) {
        return at == null || isEmpty() ? 0 : Math.abs(Duration.between(lastAt, at).toDays());
    }

    /**
     * Whether the span {@code from}–{@code to} and this one lie more than {@code maxGapDays} days
     * apart, or together would run over more than {@code maxSpanDays} days. Without times on either
     * side, nothing is too far.
     */
    boolean tooFarFrom(Instant from, Instant to, int maxGapDays, int maxSpanDays) {
        if (from == null || isEmpty()) {
            return false;
        }
        Instant start = from.isAfter(firstAt) ? from : firstAt;
        Instant end = to.isBefore(lastAt) ? to : lastAt;
        long gap = Math.max(0, Duration.between(end, start).toDays());
        Instant earliest = from.isBefore(firstAt) ? from : firstAt;
        Instant latest = to.isAfter(lastAt) ? to : lastAt;
        return gap > maxGapDays || Duration.between(earliest, latest).toDays() > maxSpanDays;
    }

    /** {@link #tooFarFrom(Instant, Instant, int, int)} for another span. */
    boolean tooFarFrom(Span other, int maxGapDays, int maxSpanDays) {
        return tooFarFrom(other.firstAt, other.lastAt, maxGapDays, maxSpanDays);
    }
}
