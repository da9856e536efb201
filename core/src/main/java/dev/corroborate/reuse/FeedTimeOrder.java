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

    /** Whether every time noted so far came in the feed's order. */
    boolean holds() {
        return holds;
    }
}
