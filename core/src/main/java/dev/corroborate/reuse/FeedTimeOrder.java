package dev.corroborate.reuse;

/**
 * Whether articles came in the feed's order so far: known times never decreasing, unknown ones
 * ({@link Long#MIN_VALUE}) after every known one. While they do, an index's bucket read newest first
 * runs back in time, and a lookup may stop at its first article too old to count
 * ({@link LshIndex#candidatesSince}); a caller that adds articles in another order gets whole walks.
 * Not thread-safe.
 */
final class FeedTimeOrder {

    private boolean holds = true;
    private long lastKnown = Long.MIN_VALUE;
    private boolean unknownSeen;

    /** Notes the next article's time, in epoch seconds or {@link Long#MIN_VALUE} when unknown. */
    void note(long time) {
        if (time == Long.MIN_VALUE) {
            unknownSeen = true;
            return;
        }
        if (unknownSeen || time < lastKnown) {
            holds = false;
        }
        lastKnown = time;
    }

    /** Whether noting {@code next} (in order, all known) would leave the order holding; notes nothing. */
    boolean wouldHoldWith(long[] next) {
        if (!holds) {
            return false;
        }
        long last = lastKnown;
        for (long time : next) {
            if (time == Long.MIN_VALUE || unknownSeen || time < last) {
                return false;
            }
            last = time;
        }
        return true;
    }

    /** Whether every time noted so far came in the feed's order. */
    boolean holds() {
        return holds;
    }

    /** The first of the first {@code count} {@code times}, known and in order, at or after {@code oldest} ({@code count} if none is). */
    static int firstAtOrAfter(long[] times, int count, long oldest) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (times[middle] < oldest) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
