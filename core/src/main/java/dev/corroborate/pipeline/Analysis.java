package dev.corroborate.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the analysis stages over a corpus, in their order, and keeps their results: reuse links
 * first (stories use them to put a copy with its source), then events and storylines, then quotes
 * (speakers are resolved within a storyline), then the discrepancies among each event's articles. {@code analyze}, {@code recluster}, every
 * {@code eval} command and the benchmark harnesses run through this class, so what is measured is
 * what users run. The stages read the corpus and the results only through the ports
 * ({@link Corpus}, {@link AnalysisResults}); the store, an in-memory list or a Spark partition
 * implements them.
 *
 * <p>Immutable; {@link #run} is not meant to be called concurrently on one corpus or one results
 * object.
 */
public final class Analysis {

    /** The stages, in the order they run. */
    public enum Step {
        REUSE("reuse"), STORIES("stories"), QUOTES("quotes"), COMPARE("compare");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        /** The step's name as a user reads it ("reuse", "stories", "quotes"). */
        public String label() {
            return label;
        }
    }

    /** Told when each step starts and ends: progress lines, timings. Called on the run's thread. */
    public interface Listener {
        Listener NONE = new Listener() { };

        default void started(Step step) {
        }

        default void finished(Step step, Duration took) {
        }
    }

    /**
     * What a run did: each step's summary ({@code null} for a step that did not run) and how long
     * each step took, in step order.
     */
    public record Report(ReuseStage.Summary reuse, StoryStage.Summary stories, QuoteStage.Summary quotes,
                         CompareStage.Summary compare, Map<Step, Duration> timings) {

        public Report {
            Map<Step, Duration> copy = new EnumMap<>(Step.class);
            copy.putAll(timings);
            timings = Collections.unmodifiableMap(copy);
        }
    }

    private final Set<Step> steps;
    private final boolean fromScratch;

    private Analysis(Set<Step> steps, boolean fromScratch) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an analysis needs at least one step");
        }
        this.steps = Collections.unmodifiableSet(EnumSet.copyOf(steps));
        this.fromScratch = fromScratch;
    }

    /** Every step; articles placed by an earlier run stay where they were (what {@code analyze} runs). */
    public static Analysis incremental() {
        return new Analysis(EnumSet.allOf(Step.class), false);
    }

    /** Every step, every article placed anew, users' decisions replayed. */
    public static Analysis fromScratch() {
        return new Analysis(EnumSet.allOf(Step.class), true);
    }

    /** Only these steps (each reads what the others kept), from scratch when {@code fromScratch}. */
    public static Analysis of(Set<Step> steps, boolean fromScratch) {
        return new Analysis(steps, fromScratch);
    }

    public Set<Step> steps() {
        return steps;
    }

    public boolean isFromScratch() {
        return fromScratch;
    }

    /** Runs the steps over {@code corpus}, keeping each step's results in {@code results}. */
    public Report run(Corpus corpus, AnalysisResults results, Listener listener) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(listener, "listener");
        Map<Step, Duration> timings = new EnumMap<>(Step.class);
        ReuseStage.Summary reuse = null;
        StoryStage.Summary stories = null;
        QuoteStage.Summary quotes = null;
        CompareStage.Summary compare = null;
        for (Step step : steps) {
            listener.started(step);
            long started = System.nanoTime();
            switch (step) {
                case REUSE -> reuse = new ReuseStage().run(corpus, results, fromScratch);
                case STORIES -> stories = new StoryStage().run(corpus, results, results, fromScratch);
                case QUOTES -> quotes = new QuoteStage().run(corpus, results, fromScratch);
                case COMPARE -> compare = new CompareStage().run(corpus, results, fromScratch);
                default -> throw new AssertionError(step);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            timings.put(step, took);
            listener.finished(step, took);
        }
        return new Report(reuse, stories, quotes, compare, timings);
    }

    /** Runs the steps with no listener. */
    public Report run(Corpus corpus, AnalysisResults results) {
        return run(corpus, results, Listener.NONE);
    }
}
