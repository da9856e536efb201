package dev.corroborate.io.ingest;

import dev.corroborate.extract.Extraction;
import dev.corroborate.io.source.SourceReader;
import dev.corroborate.model.Article;
import dev.corroborate.model.Diagnostic;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Outcome;
import dev.corroborate.pipeline.ArticleSink;
import dev.corroborate.pipeline.IngestTally;
import dev.corroborate.text.ArticleIds;
import dev.corroborate.text.TextNormalizer;
import dev.corroborate.text.TextRevision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads inputs into the store (or any {@link ArticleSink}). Articles are written in batches of {@link #batchSize()}, each in
 * one transaction, so memory holds at most one batch and a killed run leaves only whole batches.
 * Every diagnostic is stored too, in batches of {@link #DIAGNOSTIC_BATCH_SIZE}. Not thread-safe.
 */
public final class IngestJob {

    /** Articles per transaction: large enough to amortise the commit, small enough to lose little. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    /**
     * The reason class of an article whose id was kept before with another title or text (a correction,
     * an update): counted as already present, and said so with what changed.
     */
    public static final String REVISED = "another text, stored one kept";

    /**
     * The reason class of an article whose id this run kept before with a shorter telling of it (a feed's summary of
     * the page): the fuller text takes its place, counted as already present, and said so.
     */
    public static final String FULLER = "a fuller text, in place of this run's";

    /** Diagnostics stored per transaction. */
    static final int DIAGNOSTIC_BATCH_SIZE = 500;

    private final SourceReader reader;
    private final ArticleSink store;
    private final int batchSize;

    public IngestJob(SourceReader reader, ArticleSink store, int batchSize) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.store = Objects.requireNonNull(store, "store");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        this.batchSize = batchSize;
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * Reads {@code paths} into the store and records the run.
     *
     * @param config the effective configuration, stored with the run
     */
    public IngestReport run(List<String> paths, Map<String, Object> config, IngestListener listener) {
        long started = System.nanoTime();
        Map<String, Object> effective = new LinkedHashMap<>(config);
        effective.put("batch_size", batchSize);
        long runId = store.startRun("analyze", paths, effective);
        // Every diagnostic is stored, a batch at a time: memory holds one batch, however many there are.
        List<Diagnostic> unstored = new ArrayList<>();
        IngestTally tally = new IngestTally(diagnostic -> {
            unstored.add(diagnostic);
            if (unstored.size() >= DIAGNOSTIC_BATCH_SIZE) {
                store.recordDiagnostics(runId, unstored);
                unstored.clear();
            }
        });
        List<Extraction.Accepted> pending = new ArrayList<>(batchSize);
        long[] inputs = {0};
        listener.started(reader.measure(paths));
        try {
            reader.read(paths, (origin, extraction) -> {
                inputs[0]++;
                if (extraction instanceof Extraction.Accepted accepted) {
                    pending.add(accepted);
                    if (pending.size() >= batchSize) {
                        flush(pending, runId, tally);
                    }
                } else {
                    Extraction.Refused refused = (Extraction.Refused) extraction;
                    tally.count(new Diagnostic(origin, refused.outcome(), refused.reason()), refused.kind());
                }
            }, bytes -> listener.advanced(bytes, inputs[0]));
            flush(pending, runId, tally);
        } finally {
            listener.finished();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("read", tally.read());
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome.name().toLowerCase(java.util.Locale.ROOT), tally.get(outcome));
        }
        store.finishRun(runId, counts, unstored);
        return new IngestReport(runId, tally, Duration.ofNanos(System.nanoTime() - started));
    }

    /** {@code article} under {@code id}: the id its page is kept under (an earlier one of its address). */
    private static Article under(String id, Article article) {
        return id.equals(article.id()) ? article : new Article(id, article.url(), article.outlet(), article.title(),
                article.authors(), article.published(), article.modified(), article.language(), article.lead(),
                article.paragraphs(), article.dateline(), article.agency(), article.origin());
    }

    private void flush(List<Extraction.Accepted> pending, long runId, IngestTally tally) {
        if (pending.isEmpty()) {
            return;
        }
        List<Article> batch = new ArrayList<>(pending.size());
        for (Extraction.Accepted accepted : pending) {
            batch.add(accepted.article());
        }
        List<Outcome> outcomes = store.insert(batch, runId);
        // The kept articles, in one query a batch: those whose ids came again (the texts compared, to tell a repeat
        // from a revision), and those stored under the id the address gives of an article whose input gave it
        // another (one page under two ids). A run over new articles without given ids and URLs reads nothing more.
        String[] addressIds = new String[batch.size()];
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Article article = batch.get(i);
            if (outcomes.get(i) == Outcome.ALREADY_PRESENT) {
                wanted.add(article.id());
            } else if (article.url() != null && !article.url().isBlank()) {
                String byAddress = ArticleIds.derive(article.url(), null, null, null);
                if (!byAddress.equals(article.id())) {
                    addressIds[i] = byAddress;
                    wanted.add(byAddress);
                }
            }
        }
        Map<String, Article> kept = wanted.isEmpty() ? new java.util.HashMap<>() : new java.util.HashMap<>(store.kept(wanted));
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            Article article = batch.get(i);
            Article keptOne = outcome == Outcome.ALREADY_PRESENT ? kept.get(article.id()) : null;
            var revision = keptOne == null ? java.util.Optional.<TextRevision>empty()
                    : TextRevision.between(keptOne.title(), keptOne.text(), article.title(), article.text());
            Article fuller = revision.isPresent() && TextRevision.fuller(keptOne.text(), article.text())
                    ? under(keptOne.id(), article) : null;
            if (fuller != null && store.replaceKeptInRun(fuller, runId)) {
                // Read earlier in this run as a summary (a feed's), which no step has read yet: the page's text stands.
                kept.put(article.id(), fuller);
                tally.count(new Diagnostic(article.origin(), outcome, "article " + keptOne.id() + " was read earlier in this run "
                        + "from " + keptOne.origin().describe() + " with a shorter text (" + TextNormalizer.wordCount(keptOne.text())
                        + " words); this fuller one (" + TextNormalizer.wordCount(article.text()) + " words) is kept in its place"),
                        FULLER);
            } else if (revision.isPresent()) {
                tally.count(new Diagnostic(article.origin(), outcome, "article " + keptOne.id() + " is stored from "
                        + keptOne.origin().describe() + " with another text, and the stored one is kept: "
                        + revision.get().describe()), REVISED);
            } else {
                tally.count(outcome);
            }
            if (outcome == Outcome.STORED) {
                tally.countRemoved(pending.get(i).removed().size());
            }
            Origin origin = batch.get(i).origin();
            for (String warning : pending.get(i).warnings()) {
                tally.warn(new Diagnostic(origin, outcome, warning));
            }
            Article other = addressIds[i] == null ? null : kept.get(addressIds[i]);
            if (other != null && !other.id().equals(article.id())) {
                // A given id is the input's to give, so both are kept; but one page stored twice counts twice.
                tally.warn(new Diagnostic(origin, outcome, "article " + article.id() + " has the address of article "
                        + other.id() + ", stored from " + other.origin().describe() + ": one page, stored under both ids"));
            }
        }
        pending.clear();
    }
}
