package dev.corroborate.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's peak resident set, the whole run's and each step's. Linux keeps one high-water mark
 * ({@code VmHWM} in {@code /proc/self/status}) and lets a process set it back to what is resident now
 * (writing {@code 5} to {@code /proc/self/clear_refs}, Linux 4.0 and later), so a step's own peak is
 * the mark read at its end after a reset at its start; the run's peak is the largest mark read
 * before any reset. Where the mark cannot be read (not Linux) every figure is unknown ({@code -1});
 * where it cannot be reset, the run's peak is still known and the steps' are not. Not thread-safe:
 * asked on the run's thread.
 */
final class ResidentPeak {

    private final Path status;
    private final Path clearRefs;
    private boolean resettable = true;
    /** The largest mark read so far, in KiB; -1 before any. */
    private long runPeakKib = -1;

    ResidentPeak(Path status, Path clearRefs) {
        this.status = status;
        this.clearRefs = clearRefs;
    }

    static ResidentPeak ofThisProcess() {
        return new ResidentPeak(Path.of("/proc/self/status"), Path.of("/proc/self/clear_refs"));
    }

    /**
     * Starts a span: the mark read (it counts for the run) and set back to what is resident now.
     * Returns whether it was set back, so that the mark at the span's end is the span's own peak.
     */
    boolean restart() {
        long kib = read();
        if (kib < 0 || !resettable) {
            return false;
        }
        try {
            Files.writeString(clearRefs, "5");
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            resettable = false; // an older kernel, or a sandbox: the steps' peaks stay unknown
            return false;
        }
    }

    /** The mark now, in KiB (the peak since the last {@link #restart}, or since the process started); -1 when unknown. */
    long read() {
        long kib = -1;
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    break;
                }
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            // not Linux, or a kernel that words it differently: unknown
        }
        runPeakKib = Math.max(runPeakKib, kib);
        return kib;
    }

    /** The run's peak so far, in KiB (the mark now counted too); -1 when unknown. */
    long runPeak() {
        read();
        return runPeakKib;
    }
}
