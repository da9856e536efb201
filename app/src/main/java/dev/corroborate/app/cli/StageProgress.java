package dev.corroborate.app.cli;

import dev.corroborate.pipeline.Analysis;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Says on standard error when each step of {@code analyze} starts and ends, so that no step runs
 * without a sign of life: one line as a step starts and one as it ends ("stories: started",
 * "stories: done in 12.3 s"); on a terminal, the start line is instead rewritten every second with
 * the time spent so far, until the end line replaces it. Also remembers the step under way, for
 * what an interrupted run says. Called on the run's thread, except the ticker's own thread.
 */
final class StageProgress implements Analysis.Listener, AutoCloseable {

    private final PrintWriter err;
    private final ScheduledExecutorService ticker;
    private volatile String current;
    private ScheduledFuture<?> ticking;
    private long startedAt;

    private StageProgress(PrintWriter err, boolean live) {
        this.err = err;
        this.ticker = live ? Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "stage-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /** Lines on {@code err}; with a live ticker when {@code wanted} and the program runs on a terminal. */
    static StageProgress on(PrintWriter err, boolean wanted) {
        return new StageProgress(err, wanted && System.console() != null);
    }

    /** Reading starts (before the steps of the analysis); on a terminal the reading's own progress bar shows it. */
    void startedReading() {
        start("reading", false);
    }

    /** Reading ended. */
    void finishedReading() {
        finish("reading", Duration.ofNanos(System.nanoTime() - startedAt));
    }

    @Override
    public void started(Analysis.Step step) {
        start(step.label(), true);
    }

    @Override
    public void finished(Analysis.Step step, Duration took) {
        finish(step.label(), took);
    }

    /** The step under way ("reading", "stories"), or {@code null} between steps. */
    String current() {
        return current;
    }

    private synchronized void start(String step, boolean tick) {
        current = step;
        startedAt = System.nanoTime();
        if (ticker == null) {
            err.println(step + ": started");
            err.flush();
        } else if (tick) {
            ticking = ticker.scheduleAtFixedRate(() -> tick(step), 0, 1, TimeUnit.SECONDS);
        }
    }

    private synchronized void tick(String step) {
        if (step.equals(current)) {
            err.print("\r" + step + ": " + (System.nanoTime() - startedAt) / 1_000_000_000 + " s");
            err.flush();
        }
    }

    private synchronized void finish(String step, Duration took) {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
            err.print("\r");
        }
        current = null;
        err.println(String.format(Locale.ROOT, "%s: done in %.1f s", step, took.toNanos() / 1e9));
        err.flush();
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
