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
    /**
     * The two instants' seconds and nanoseconds, held in the span itself: consolidation asks
     * {@link #tooFarFrom(Span, int, int)} of every event sharing a feature with each event (thousands
     * each at 300,000 articles, most of a run's consolidation), and each instant was a walk to memory
     * and each {@code Duration} worked out with exact arithmetic.
     */
    private long firstSecond;
    private int firstNano;
    private long lastSecond;
    private int lastNano;

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
            firstSecond = at.getEpochSecond();
            firstNano = at.getNano();
        }
        if (lastAt == null || at.isAfter(lastAt)) {
            last = time;
            lastAt = at;
            lastSecond = at.getEpochSecond();
            lastNano = at.getNano();
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
        return tooFar(from.getEpochSecond(), from.getNano(), to.getEpochSecond(), to.getNano(), maxGapDays, maxSpanDays);
    }

    /** {@link #tooFarFrom(Instant, Instant, int, int)} for another span. */
    boolean tooFarFrom(Span other, int maxGapDays, int maxSpanDays) {
        if (other.isEmpty() || isEmpty()) {
            return false;
        }
        return tooFar(other.firstSecond, other.firstNano, other.lastSecond, other.lastNano, maxGapDays, maxSpanDays);
    }

    /** {@link #tooFarFrom(Instant, Instant, int, int)} of a non-empty span and times given as seconds and nanoseconds. */
    private boolean tooFar(long fromSecond, int fromNano, long toSecond, int toNano, int maxGapDays, int maxSpanDays) {
        int fromVsFirst = compare(fromSecond, fromNano, firstSecond, firstNano);
        int toVsLast = compare(toSecond, toNano, lastSecond, lastNano);
        // The gap: from the earlier of the two ends to the later of the two starts.
        long gap = Math.max(0, wholeDays(toVsLast < 0 ? toSecond : lastSecond, toVsLast < 0 ? toNano : lastNano,
                fromVsFirst > 0 ? fromSecond : firstSecond, fromVsFirst > 0 ? fromNano : firstNano));
        // The whole run: from the earlier of the two starts to the later of the two ends.
        return gap > maxGapDays || wholeDays(fromVsFirst < 0 ? fromSecond : firstSecond, fromVsFirst < 0 ? fromNano : firstNano,
                toVsLast > 0 ? toSecond : lastSecond, toVsLast > 0 ? toNano : lastNano) > maxSpanDays;
    }

    /** The order of two instants given as seconds and nanoseconds, as {@code Instant.compareTo} gives it. */
    private static int compare(long second, int nano, long otherSecond, int otherNano) {
        int bySecond = Long.compare(second, otherSecond);
        return bySecond != 0 ? bySecond : Integer.compare(nano, otherNano);
    }

    /**
     * {@code Duration.between(from, to).toDays()} of two instants given as seconds and nanoseconds:
     * the whole seconds between them (floored, as a duration holds them), divided as it divides them.
     */
    static long wholeDays(long fromSecond, int fromNano, long toSecond, int toNano) {
        long seconds = toSecond - fromSecond;
        if (toNano < fromNano) {
            seconds--;
        }
        return seconds / 86_400;
    }
}
