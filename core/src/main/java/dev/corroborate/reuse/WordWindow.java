package dev.corroborate.reuse;

/**
 * Where a restored batch's content-word lookups begin in the kept feed: content-word candidates count
 * only within the rewrite window, so when every new article's time is known and they keep the feed's
 * order after the kept ones, none of their lookups keeps a kept article older than the window before
 * the first of them, and the kept content-word postings older than that can stay in the store
 * ({@link KeptIndex#postingsWithin}).
 *
 * @param floor     the first kept feed position a lookup can keep (0: any, nothing left out)
 * @param firstTime the first new article's time (epoch seconds): no new article may come before it
 */
record WordWindow(int floor, long firstTime) {

    /** Nothing left out. */
    static final WordWindow WHOLE = new WordWindow(0, Long.MIN_VALUE);

    /**
     * The window of new articles at {@code newTimes} (epoch seconds, {@link Long#MIN_VALUE} unknown, in
     * feed order) after {@code keptCount} kept ones at {@code times}, as {@code order} has seen them.
     */
    static WordWindow of(FeedTimeOrder order, long[] times, int keptCount, long[] newTimes, long windowSeconds) {
        if (newTimes.length == 0 || !order.wouldHoldWith(newTimes)) {
            return WHOLE;
        }
        return new WordWindow(FeedTimeOrder.firstAtOrAfter(times, keptCount, newTimes[0] - windowSeconds), newTimes[0]);
    }

    /**
     * Refuses a lookup the window was not made for: an article before the first new one, of unknown
     * time, or out of the feed's order would have needed postings left in the store.
     */
    void check(String id, long when, boolean inFeedOrder) {
        if (floor > 0 && (when == Long.MIN_VALUE || when < firstTime || !inFeedOrder)) {
            throw new IllegalStateException("article " + id + " comes at another time than the batch was expected to bring ("
                    + when + ", not before " + firstTime + " and in feed order): its content-word lookups would miss postings");
        }
    }
}
