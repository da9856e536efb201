package dev.corroborate.app.cli;

import dev.corroborate.pipeline.Analysis;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What {@code analyze --timings} prints after the summary: the time of each step (reading, each
 * analysis step, the summary's own queries) and the process's peak memory, the heap as the most in
 * use at once ({@link HeapPeak}: before the fullest collection) and the resident set as the kernel
 * counts it ({@code VmHWM}, Linux only), and its CPU time; then the same memory figures for each step
 * timed on the run's thread, with the most heap still in use after one of the step's collections
 * (what the step could not do without). The steps made beside (search, sources, checkpoint) have no
 * memory figures of their own: what they hold counts in the steps they ran beside.
 * One line each, in a fixed form the scale harness ({@code bench} ProductScale) reads. Not thread-safe.
 */
final class RunTimings implements Analysis.Listener, AutoCloseable {

    private final long started = System.nanoTime();
    /** The collections watched; {@code null} when the memory is not to be printed. */
    private final HeapPeak heap;
    private final ResidentPeak resident;
    private final Map<String, Duration> steps = new LinkedHashMap<>();
    private final Map<String, Long> cpu = new LinkedHashMap<>();
    /** The spans of the steps timed on this thread, asked of {@link #heap} when printed (its notices come late). */
    private final Map<String, java.util.List<HeapSpan>> heapSpans = new LinkedHashMap<>();
    /** Each such step's peak resident set in KiB; -1 when unknown (none when the resident set is not watched). */
    private final Map<String, Long> residentPeaks = new LinkedHashMap<>();
    private long stepStarted;
    private long cpuStarted;
    private Map<String, Long> collectionsAtStart;
    private long heapUsedAtStart;

    /** A step's span of the run, for {@link HeapPeak#within}. */
    private record HeapSpan(Map<String, Long> from, Map<String, Long> to, long usedAtStart, long usedAtEnd) {
    }

    /**
     * @param resident the resident set, watched from now on and closed with these timings; {@code null}
     *                 when the run's memory is not to be printed (then neither the collections nor the
     *                 resident set are watched: no listener, no sampling thread, nothing kept)
     */
    RunTimings(ResidentPeak resident) {
        this.resident = resident;
        this.heap = resident == null ? null : HeapPeak.watching();
    }

    /** Timings whose memory is printed: the resident set sampled while the run goes on. */
    static RunTimings withMemory() {
        return new RunTimings(ResidentPeak.sampling());
    }

    /** A step other than the analysis's starts (reading, the summary). */
    void start() {
        stepStarted = System.nanoTime();
        cpuStarted = cpuNanos();
        if (heap != null) {
            collectionsAtStart = HeapPeak.collectionsSoFar();
            heapUsedAtStart = HeapPeak.usedNow();
            resident.beginSpan();
        }
    }

    /** That step ended. */
    void finish(String step) {
        steps.put(step, Duration.ofNanos(System.nanoTime() - stepStarted));
        cpu.put(step, cpuNanos() - cpuStarted);
        if (heap != null) {
            heapSpans.put(step, new java.util.ArrayList<>());
            residentPeaks.remove(step);
            endSpan(step);
        }
    }

    /** That step ended: its time and CPU added to what {@code step} already took (a second wait). */
    void finishAdding(String step) {
        steps.merge(step, Duration.ofNanos(System.nanoTime() - stepStarted), Duration::plus);
        cpu.merge(step, cpuNanos() - cpuStarted, Long::sum);
        if (heap != null) {
            endSpan(step);
        }
    }

    /** The memory of the span since {@link #start}, kept for {@code step} (the larger, for a step timed in parts). */
    private void endSpan(String step) {
        heapSpans.computeIfAbsent(step, s -> new java.util.ArrayList<>())
                .add(new HeapSpan(collectionsAtStart, HeapPeak.collectionsSoFar(), heapUsedAtStart, HeapPeak.usedNow()));
        residentPeaks.merge(step, resident.endSpan(), Math::max);
    }

    /** A step that ran on another thread, beside others: its time and its thread's CPU. */
    void record(String step, Duration took, long cpuNanos) {
        steps.put(step, took);
        cpu.put(step, cpuNanos);
    }

    @Override
    public void started(Analysis.Step step) {
        start();
    }

    @Override
    public void finished(Analysis.Step step, Duration took) {
        finish(step.label());
    }

    /** Told to {@code first}, then to this: the steps' lines and these timings at once. */
    Analysis.Listener after(Analysis.Listener first) {
        RunTimings timings = this;
        return new Analysis.Listener() {
            @Override
            public void started(Analysis.Step step) {
                first.started(step);
                timings.started(step);
            }

            @Override
            public void finished(Analysis.Step step, Duration took) {
                first.finished(step, took);
                timings.finished(step, took);
            }
        };
    }

    void print(PrintWriter out) {
        StringJoiner line = new StringJoiner(" · ", "timings: ", "");
        steps.forEach((step, took) -> line.add(String.format(Locale.ROOT, "%s %.2f s (cpu %.1f s)", step,
                took.toNanos() / 1e9, cpu.getOrDefault(step, 0L) / 1e9)));
        line.add(String.format(Locale.ROOT, "total %.2f s", (System.nanoTime() - started) / 1e9));
        out.println(line);
        if (heap == null) {
            out.flush();
            return;
        }
        long residentKib = resident.runPeak();
        out.printf(Locale.ROOT, "memory: peak heap %d MB · peak RSS %s · cpu %s%n", heap.bytes() >> 20,
                residentKib < 0 ? "unknown" : (residentKib >> 10) + " MB", cpuTime());
        // A collection's notice comes a moment after it: the last step's may not have come yet.
        heap.awaitNotices(java.time.Duration.ofMillis(500));
        if (!heapSpans.isEmpty()) {
            StringJoiner byStep = new StringJoiner(" · ", "memory by step: ", "");
            heapSpans.forEach((step, spans) -> {
                HeapPeak.Span held = null;
                for (HeapSpan span : spans) {
                    HeapPeak.Span part = heap.within(span.from(), span.to(), span.usedAtStart(), span.usedAtEnd());
                    held = held == null ? part : held.max(part);
                }
                long kib = residentPeaks.getOrDefault(step, -1L);
                byStep.add(String.format(Locale.ROOT, "%s heap %d MB%s, RSS %s", step, held.peakBytes() >> 20,
                        held.afterCollectionsBytes() < 0 ? "" : " (" + (held.afterCollectionsBytes() >> 20) + " MB after collections)",
                        kib < 0 ? "unknown" : (kib >> 10) + " MB"));
            });
            out.println(byStep);
        }
        out.flush();
    }

    /** Stops watching the collections and the resident set. */
    @Override
    public void close() {
        if (heap != null) {
            heap.close();
            resident.close();
        }
    }

    /** The CPU time of the process, all threads ("84.1 s"): steadier than wall time on a shared machine. */
    private static String cpuTime() {
        long nanos = cpuNanos();
        return nanos < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
