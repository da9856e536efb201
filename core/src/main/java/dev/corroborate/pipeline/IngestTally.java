package dev.corroborate.pipeline;

import dev.corroborate.model.Diagnostic;
import dev.corroborate.model.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Counts the inputs of one run, each under exactly one outcome, and for skipped and rejected
 * inputs under a reason class as well ("empty file", "malformed JSON"). Every diagnostic goes to
 * the consumer given at construction (the ingest job stores them all, in batches); the first
 * {@link #MAX_DIAGNOSTICS} are also kept in memory for the report, the rest only counted, as
 * jsoup's ParseErrorList does, so a corpus of broken files cannot exhaust memory. Not
 * thread-safe: one tally per run thread.
 */
public final class IngestTally {

    /** Diagnostics kept in memory for the report; later ones are counted and passed on, not kept. */
    public static final int MAX_DIAGNOSTICS = 1000;

    private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    private final Map<Outcome, Map<String, Long>> reasons = new EnumMap<>(Outcome.class);
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Consumer<Diagnostic> everyDiagnostic;
    private long droppedDiagnostics;
    private long warnings;
    private long removedLines;
    private long articlesWithRemovedLines;

    /** A tally that keeps the first {@link #MAX_DIAGNOSTICS} diagnostics and nothing more. */
    public IngestTally() {
        this(diagnostic -> { });
    }

    /** A tally that also hands every diagnostic, in the order they happen, to {@code everyDiagnostic}. */
    public IngestTally(Consumer<Diagnostic> everyDiagnostic) {
        this.everyDiagnostic = Objects.requireNonNull(everyDiagnostic, "everyDiagnostic");
    }

    /** Counts one input that became an article (stored or already present). */
    public void count(Outcome outcome) {
        counts.merge(outcome, 1L, Long::sum);
    }

    /** Counts one input that was skipped or rejected, and keeps its diagnostic. */
    public void count(Diagnostic diagnostic, String reasonClass) {
        count(diagnostic.outcome());
        reasons.computeIfAbsent(diagnostic.outcome(), o -> new TreeMap<>()).merge(reasonClass, 1L, Long::sum);
        keep(diagnostic);
    }

    /** Keeps a warning about an input that was stored anyway; it does not change the counts. */
    public void warn(Diagnostic diagnostic) {
        warnings++;
        keep(diagnostic);
    }

    private void keep(Diagnostic diagnostic) {
        everyDiagnostic.accept(diagnostic);
        if (diagnostics.size() < MAX_DIAGNOSTICS) {
            diagnostics.add(diagnostic);
        } else {
            droppedDiagnostics++;
        }
    }

    /** How many inputs ended with {@code outcome}. */
    public long get(Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    /** Every input read: the sum over all outcomes. */
    public long read() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** For a skipped or rejected outcome, how many inputs fell under each reason class, sorted by class. */
    public Map<String, Long> reasons(Outcome outcome) {
        return Collections.unmodifiableMap(reasons.getOrDefault(outcome, new TreeMap<>()));
    }

    /** The diagnostics kept, in the order they happened. */
    public List<Diagnostic> diagnostics() {
        return Collections.unmodifiableList(diagnostics);
    }

    /** Diagnostics counted (and passed on) but not kept in memory, past {@link #MAX_DIAGNOSTICS}. */
    public long droppedDiagnostics() {
        return droppedDiagnostics;
    }

    /** Warnings about inputs stored anyway. */
    /** Counts the lines kept out of one stored article's text as boilerplate. */
    public void countRemoved(int lines) {
        if (lines > 0) {
            removedLines += lines;
            articlesWithRemovedLines++;
        }
    }

    /** How many lines were kept out of the stored articles' texts as boilerplate. */
    public long removedLines() {
        return removedLines;
    }

    /** How many stored articles lost at least one line as boilerplate. */
    public long articlesWithRemovedLines() {
        return articlesWithRemovedLines;
    }

    public long warnings() {
        return warnings;
    }
}
