package dev.corroborate.reuse;

/**
 * How a batch run from the kept index is cut into windows: the new articles read, sketched and
 * looked up in the kept index together, so that a large batch's texts are never all held at once.
 */
final class BatchWindows {

    private BatchWindows() {
    }

    /** At most how many new articles a batch from the kept index reads, sketches and files at once. */
    static final int FILED_AT_ONCE = 2_048;

    /**
     * Where the window of new articles starting at {@code start} (of {@code fresh}, the first at feed
     * position {@code feedPosition}) ends: after at most {@link #FILED_AT_ONCE} articles, at the end
     * of a chunk (a chunk never spans two windows), or at the end of the batch.
     */
    static int windowEnd(int fresh, int start, int feedPosition) {
        int chunk = ReuseDetector.chunkSize();
        int end = start + FILED_AT_ONCE;
        // How many articles the window would hold past its last chunk end: cut back to it, or, when
        // that leaves nothing (chunks longer than a window), go on to the next one.
        int past = (feedPosition + FILED_AT_ONCE) % chunk;
        end = end - past > start ? end - past : end + (chunk - past) % chunk;
        return Math.min(end, fresh);
    }
}
