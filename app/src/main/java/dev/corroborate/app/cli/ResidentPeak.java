package dev.corroborate.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The process's peak resident set, the whole run's and each step's, from {@code /proc/self/status}
 * (Linux): the run's is the kernel's high-water mark ({@code VmHWM}); a step's is the most resident
 * ({@code VmRSS}) at its start, at its end and at the samples taken while it ran (every
 * {@link #SAMPLE_EVERY_MILLIS} ms on a daemon thread of its own, started by {@link #sampling}). The
 * kernel could set its mark back at each step instead ({@code /proc/self/clear_refs}), but the mark
 * is also what the process's parent is told at its exit ({@code time}'s "maximum resident set"),
 * which would then say the last step's peak; a process's resident set seldom falls, so the samples
 * miss little. Where the status cannot be read (not Linux) every figure is unknown ({@code -1}).
 * Thread-safe.
 */
final class ResidentPeak implements AutoCloseable {

    /** How often a sample is taken: reading the status takes some 50 microseconds. */
    static final long SAMPLE_EVERY_MILLIS = 50;

    private final Path status;
    /** The most resident since the span began, in KiB; -1 when unknown. */
    private final AtomicLong spanPeak = new AtomicLong(-1);
    private volatile Thread sampler;

    ResidentPeak(Path status) {
        this.status = status;
    }

    /** This process's, sampled on a thread of its own until {@link #close}. */
    static ResidentPeak sampling() {
        ResidentPeak peak = new ResidentPeak(Path.of("/proc/self/status"));
        if (peak.resident() >= 0) {
            Thread thread = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(SAMPLE_EVERY_MILLIS);
                        peak.sample();
                    }
                } catch (InterruptedException e) {
                    // closed
                }
            }, "resident-set-samples");
            thread.setDaemon(true);
            thread.start();
            peak.sampler = thread;
        }
        return peak;
    }

    /** Takes a sample: the resident set now counts for the span. */
    void sample() {
        long kib = resident();
        spanPeak.accumulateAndGet(kib, Math::max);
    }

    /**
     * Begins a span (a step): its peak starts from what is resident now. (A sample read just before
     * and counted just after may still land in the new span: a read's worth, some 50 microseconds,
     * of the step before.)
     */
    void beginSpan() {
        spanPeak.set(resident());
    }

    /** Ends the span: the most resident since it began, in KiB (what is resident now counted too); -1 when unknown. */
    long endSpan() {
        sample();
        return spanPeak.get();
    }

    /** The process's peak resident set so far, in KiB; -1 when unknown. */
    long runPeak() {
        return field("VmHWM:");
    }

    /** What is resident now, in KiB; -1 when unknown. */
    long resident() {
        return field("VmRSS:");
    }

    private long field(String name) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            // not Linux, or a kernel that words it differently: unknown
        }
        return -1;
    }

    @Override
    public void close() {
        Thread thread = sampler;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
