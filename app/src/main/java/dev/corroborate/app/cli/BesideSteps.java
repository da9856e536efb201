package dev.corroborate.app.cli;

import dev.corroborate.io.query.IndependentSources;
import dev.corroborate.io.search.SearchIndex;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.QuoteStage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The jobs of {@code analyze} after the analysis that no later step reads, run on a thread of
 * their own beside the steps instead of after them: the search index needs the articles and their
 * quotes, which are a function of each text ({@link QuoteStage#storedQuotes}), so it need not wait
 * for the quote step to store them: it runs after the count of the provenance groups' independent
 * sources, which needs only the stored articles and links and so starts when the reuse step has
 * stored them. Both then run beside the story and quote steps, which leave a core idle much of their
 * time (a batch's quote step is one thread), not beside the comparison, which needs both cores (a
 * run from scratch used to wait for the index at its end). The index's job extracts the quotes
 * again rather than wait for the quote step's: extracting is a small part of either (about 10 s of
 * the 100,000-article run's 450 s of CPU, docs/BENCHMARKS.md, "Twenty-fourth session"), and starting
 * the index after the story step instead made the run slower. Each reads through a reader of its own
 * ({@link ArticleStore#openForReading}), which sees what the steps committed, while the steps write what it does not read (events, quotes,
 * comparisons). The steps use both cores only part of the time (the quote step's writing is one
 * thread), so the jobs mostly fill the idle core. The counted figures are written by the run's
 * thread ({@link #keepSources}), after the steps, as before. Not thread-safe: the run's thread
 * calls it.
 */
final class BesideSteps implements AutoCloseable {

    /** A job's result with the time it took on its thread. */
    private record Timed<T>(T result, Duration wall, long cpuNanos) {
    }

    private final Path dataDir;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread beside = new Thread(runnable, "analyze-beside");
        beside.setDaemon(true);
        return beside;
    });
    private Future<Timed<IndependentSources.Count>> sources;
    private Future<Timed<Integer>> search;
    private Future<Timed<Integer>> logCopy;

    BesideSteps(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Starts each later job once the step whose results it reads has ended, then tells {@code next}. */
    Analysis.Listener then(Analysis.Listener next) {
        return new Analysis.Listener() {
            @Override
            public void started(Analysis.Step step) {
                next.started(step);
            }

            @Override
            public void finished(Analysis.Step step, Duration took) {
                next.finished(step, took);
                if (step == Analysis.Step.REUSE) {
                    sources = thread.submit(() -> timed(() -> {
                        try (ArticleStore reader = ArticleStore.openForReading(dataDir)) {
                            return IndependentSources.count(reader);
                        }
                    }));
                    // The stored articles the index lacks, with the quotes the quote step will store for them.
                    search = thread.submit(() -> timed(() -> {
                        try (ArticleStore reader = ArticleStore.openForReading(dataDir)) {
                            QuoteStage quotes = new QuoteStage();
                            return SearchIndex.update(reader, quotes::storedQuotes);
                        }
                    }));
                } else if (step == Analysis.Step.QUOTES) {
                    // The steps have written most of what a run writes: their pages are copied from the
                    // write-ahead log into the database here, while the comparison runs, so that closing
                    // the store (which copies what is left, ending in an fsync) has little left to copy.
                    logCopy = thread.submit(() -> timed(() -> ArticleStore.copyCommittedLog(dataDir)));
                }
            }
        };
    }

    /**
     * Waits for the search index to hold the store's articles (updating it here when its job never
     * started), and records its time and the wait in {@code timings}.
     */
    void finishSearch(ArticleStore store, RunTimings timings) {
        Timed<Integer> done;
        if (search == null) {
            done = timed(() -> SearchIndex.update(store));
        } else {
            timings.start();
            done = await(search);
            timings.finish("waited");
        }
        timings.record("search", done.wall(), done.cpuNanos());
    }

    /**
     * Waits for the copy of the committed log into the database, when it started, and records its
     * time in {@code timings} ("checkpoint", SQLite's word for it); the wait adds to "waited".
     */
    void finishLogCopy(RunTimings timings) {
        if (logCopy == null) {
            return;
        }
        timings.start();
        Timed<Integer> done = await(logCopy);
        timings.finishAdding("waited");
        timings.record("checkpoint", done.wall(), done.cpuNanos());
    }

    /**
     * Writes the counted independent sources into {@code store} (counting them here when the count
     * never started) and returns the groups by independent sources, recording the count's time.
     */
    Map<Integer, Integer> keepSources(ArticleStore store, RunTimings timings) {
        Timed<IndependentSources.Count> done = sources == null ? timed(() -> IndependentSources.count(store)) : await(sources);
        timings.record("sources", done.wall(), done.cpuNanos());
        timings.start();
        Map<Integer, Integer> groups = IndependentSources.keep(store, done.result());
        timings.finish("keeping");
        return groups;
    }

    /** Waits for a job still running (after a failure of a step) so no reader outlives the run. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // a long index update: it ends on its own
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> Timed<T> await(Future<Timed<T>> job) {
        try {
            return job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search index and source counts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static <T> Timed<T> timed(Supplier<T> job) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        T result = job.get();
        return new Timed<>(result, Duration.ofNanos(System.nanoTime() - started), threads.getCurrentThreadCpuTime() - cpuStarted);
    }
}
