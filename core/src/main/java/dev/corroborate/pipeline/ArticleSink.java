package dev.corroborate.pipeline;

import dev.corroborate.model.Article;
import dev.corroborate.model.Diagnostic;
import dev.corroborate.model.Outcome;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: where ingest puts the articles it reads, a batch at a time, and records each run. The
 * store implements it over SQLite; {@link ArticleCollector} collects the articles in memory for
 * evaluation runs, so they are read exactly as {@code analyze} reads them.
 */
public interface ArticleSink {

    /** Records the start of a run; returns its id. */
    long startRun(String command, List<String> inputs, Map<String, Object> config);

    /**
     * Keeps a batch, all or nothing. Returns, for each article in order, {@link Outcome#STORED} or
     * {@link Outcome#ALREADY_PRESENT} (its id was kept before, or earlier in the batch; a store also knows an
     * article kept under the id an earlier version derived from its page's address).
     */
    List<Outcome> insert(List<Article> batch, long runId);

    /**
     * The kept articles with these ids, by the id asked for (an id not kept is left out; an article kept under an
     * earlier id of its page's address is found by the id the address gives now): ingest compares an article
     * whose id was kept before with the kept one, to tell a repeat from a revision.
     */
    Map<String, Article> kept(Collection<String> ids);

    /**
     * Puts {@code article} in place of the one kept under its id, when that one was kept by run {@code runId} (this
     * run: no stage has read it yet); returns whether it did. For a fuller text of a page whose summary a feed gave
     * earlier in the run.
     */
    boolean replaceKeptInRun(Article article, long runId);

    /**
     * Keeps a batch of a run's diagnostics, all or nothing; a run may record any number of
     * batches, so none is ever held back for lack of memory.
     */
    void recordDiagnostics(long runId, List<Diagnostic> diagnostics);

    /** Records the end of a run with its counts and its last diagnostics, those not recorded yet. */
    void finishRun(long runId, Map<String, Long> counts, List<Diagnostic> diagnostics);
}
