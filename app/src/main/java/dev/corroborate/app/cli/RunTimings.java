package dev.corroborate.app.cli;

import dev.corroborate.pipeline.Analysis;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What {@code analyze --timings} prints after the summary: the time of each step (reading, each
 * analysis step, the summary's own queries) and the process's peak memory, the heap as the most in
 * use at once ({@link HeapPeak}: before the fullest collection) and the resident set as the kernel
 * counts it ({@code VmHWM}, Linux only), and its CPU time.
 * One line each, in a fixed form the scale harness ({@code bench} ProductScale) reads. Not thread-safe.
 */
final class RunTimings implements Analysis.Listener {

    private final long started = System.nanoTime();
    private final HeapPeak heap = HeapPeak.watching();
    private final Map<String, Duration> steps = new LinkedHashMap<>();
    private final Map<String, Long> cpu = new LinkedHashMap<>();
    private long stepStarted;
    private long cpuStarted;

    /** A step other than the analysis's starts (reading, the summary). */
    void start() {
        stepStarted = System.nanoTime();
        cpuStarted = cpuNanos();
    }

    /** That step ended. */
    void finish(String step) {
        steps.put(step, Duration.ofNanos(System.nanoTime() - stepStarted));
        cpu.put(step, cpuNanos() - cpuStarted);
    }

    /** That step ended: its time and CPU added to what {@code step} already took (a second wait). */
    void finishAdding(String step) {
        steps.merge(step, Duration.ofNanos(System.nanoTime() - stepStarted), Duration::plus);
        cpu.merge(step, cpuNanos() - cpuStarted, Long::sum);
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
        out.printf(Locale.ROOT, "memory: peak heap %d MB · peak RSS %s · cpu %s%n", heap.bytes() >> 20, peakResidentSet(),
                cpuTime());
        out.flush();
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

    /** The peak resident set of this process ("1234 MB"), or "unknown" where /proc does not say. */
    private static String peakResidentSet() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kilobytes >> 10) + " MB";
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or a kernel that words it differently: said as unknown below
        }
        return "unknown";
    }
}
