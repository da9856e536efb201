package dev.corroborate.app.cli;

import dev.corroborate.io.ingest.IngestListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarConsumer;
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
                .setConsumer(new LineRewritingConsumer(System.err, terminalWidth()))
                .build();
    }

    /** $COLUMNS when the shell exports it, else 100: asking the terminal would need jline (see below). */
    private static int terminalWidth() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100"));
            return Math.max(40, Math.min(200, columns)) - 1;
        } catch (NumberFormatException e) {
            return 99;
        }
    }

    /**
     * Rewrites one line on standard error with a carriage return. Progressbar's own console
     * consumer opens a jline terminal, and jline resets SIGINT to its default, so Ctrl-C would kill
     * the JVM without running shutdown hooks (the same trap as JDK-8332921); this one opens nothing.
     */
    private static final class LineRewritingConsumer implements ProgressBarConsumer {
        private final PrintStream out;
        private final int width;

        LineRewritingConsumer(PrintStream out, int width) {
            this.out = out;
            this.width = width;
        }

        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public void accept(String rendered) {
            out.print('\r');
            out.print(rendered);
            out.flush();
        }

        @Override
        public void close() {
            out.println();
            out.flush();
        }
    }

    @Override
    public void advanced(long bytes, long inputs) {
        if (bar != null) {
            bar.stepBy(bytes);
            bar.setExtraMessage(" · " + inputs + " inputs");
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
