package dev.corroborate.app.cli;

import dev.corroborate.io.ingest.IngestListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar with rate and ETA on standard error when the program runs on a terminal, and
 * nothing at all when output is piped or redirected.
 */
final class ProgressDisplay implements IngestListener, AutoCloseable {

    private final boolean enabled;
    private final String task;
    private ProgressBar bar;

    private ProgressDisplay(boolean enabled, String task) {
        this.enabled = enabled;
        this.task = task;
    }

    /** A display that shows only when {@code wanted} and both standard streams are a terminal. */
    static ProgressDisplay forTerminal(boolean wanted, String task) {
        return new ProgressDisplay(wanted && System.console() != null, task);
    }

    @Override
    public void started(long totalBytes) {
        if (!enabled) {
            return;
        }
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(Math.max(1, totalBytes))
                .setUnit(" MB", 1_000_000)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setMaxRenderedLength(100)
                .build();
    }

    @Override
    public void advanced(long bytes, long inputs) {
        if (bar != null) {
            bar.stepBy(bytes);
            bar.setExtraMessage(inputs + " inputs");
        }
    }

    @Override
    public void finished() {
        close();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
            bar = null;
        }
    }
}
