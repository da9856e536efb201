package dev.corroborate.app.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at once since it started watching: the heap is fullest just before a
 * collection, so each collection's heap before it (its heap pools summed) is a candidate, and so is
 * what is in use when asked. The sum of each pool's own peak, which the pools keep, counts the young
 * pools' peaks and the old pool's at once though they never come together: at 300,000 articles it
 * said 6.5 GB of a 4 GB heap. Each collection is kept too (its collector and number, the heap before
 * and after it), so that a step's own peak can be told by the collections done within it ({@link #within}).
 * Thread-safe (the collectors' notifications come on a thread of theirs).
 */
final class HeapPeak implements NotificationListener {

    private final Set<String> heapPools = new HashSet<>();
    private final AtomicLong peak = new AtomicLong();
    private final java.util.Queue<Collection> collections = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * One collection: its collector and its number among that collector's collections (as
     * {@link GarbageCollectorMXBean#getCollectionCount()} counts them), the heap in use before it and after it.
     */
    record Collection(String collector, long number, long usedBefore, long usedAfter) {
    }

    /**
     * What a span of the run held: the most heap in use at once (before a collection within it, or at
     * its ends) and the most still in use after one of its collections ({@code -1} when none ran),
     * in bytes.
     */
    record Span(long peakBytes, long afterCollectionsBytes) {

        /** The larger of two spans' figures: one step timed in two parts. */
        Span max(Span other) {
            return new Span(Math.max(peakBytes, other.peakBytes), Math.max(afterCollectionsBytes, other.afterCollectionsBytes));
        }
    }

    /** Starts watching the collections of this JVM. */
    static HeapPeak watching() {
        HeapPeak watch = new HeapPeak();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                watch.heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watch, null, null);
            }
        }
        return watch;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = heapUsed(info.getGcInfo().getMemoryUsageBeforeGc());
        peak.accumulateAndGet(used, Math::max);
        collections.add(new Collection(info.getGcName(), info.getGcInfo().getId(), used,
                heapUsed(info.getGcInfo().getMemoryUsageAfterGc())));
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    /** The heap in use now, in bytes. */
    static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * How many collections each collector has done so far: a mark between spans of the run. (The
     * collectors' clock, {@code GcInfo.getStartTime}, is not the runtime's uptime: tens of
     * milliseconds apart here, so spans are told by the collections' numbers, not by time.)
     */
    static Map<String, Long> collectionsSoFar() {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            counts.put(collector.getName(), collector.getCollectionCount());
        }
        return counts;
    }

    /**
     * What the span between two marks ({@link #collectionsSoFar}) held, given the heap in use at its
     * start and at its end: the collections done within it (a collection's notice comes a moment
     * after it, so the span is asked once it is over).
     */
    Span within(Map<String, Long> from, Map<String, Long> to, long usedAtStart, long usedAtEnd) {
        long most = Math.max(usedAtStart, usedAtEnd);
        long after = -1;
        for (Collection collection : collections) {
            if (collection.number() > from.getOrDefault(collection.collector(), 0L)
                    && collection.number() <= to.getOrDefault(collection.collector(), 0L)) {
                most = Math.max(most, collection.usedBefore());
                after = Math.max(after, collection.usedAfter());
            }
        }
        return new Span(most, after);
    }

    /**
     * Waits, at most {@code patience}, until every collection done so far has been told to this
     * watch (each collector's notices arrive a moment after its collections, on a thread of theirs).
     */
    void awaitNotices(java.time.Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        Map<String, Long> done = collectionsSoFar();
        while (System.nanoTime() < until) {
            Map<String, Long> told = new java.util.HashMap<>();
            for (Collection collection : collections) {
                told.merge(collection.collector(), collection.number(), Math::max);
            }
            if (done.entrySet().stream().allMatch(e -> e.getValue() <= told.getOrDefault(e.getKey(), 0L))) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops watching: the collectors forget this listener (a JVM running many analyses keeps no watch of each). */
    void close() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException e) {
                    // not listening to this one
                }
            }
        }
    }

    /** The most heap in use at once so far, in bytes. */
    long bytes() {
        return Math.max(peak.get(), usedNow());
    }
}
