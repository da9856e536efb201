package dev.corroborate.pipeline;

import dev.corroborate.model.Article;
import dev.corroborate.model.Diagnostic;
import dev.corroborate.model.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingest into memory: keeps the articles as the store would (an id kept once, later copies
 * {@link Outcome#ALREADY_PRESENT}) and hands them over as a corpus in feed order. For evaluation
 * runs and tests. Not thread-safe.
 */
public final class ArticleCollector implements ArticleSink {

    private final List<Article> articles = new ArrayList<>();
    private final Map<String, Article> byId = new HashMap<>();
    private final Map<String, Long> runOf = new HashMap<>();
    private long runs;

    @Override
    public long startRun(String command, List<String> inputs, Map<String, Object> config) {
        return ++runs;
    }

    @Override
    public List<Outcome> insert(List<Article> batch, long runId) {
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (Article article : batch) {
            if (byId.putIfAbsent(article.id(), article) == null) {
                articles.add(article);
                runOf.put(article.id(), runId);
                outcomes.add(Outcome.STORED);
            } else {
                outcomes.add(Outcome.ALREADY_PRESENT);
            }
        }
        return outcomes;
    }

    @Override
    public Map<String, Article> kept(Collection<String> ids) {
        Map<String, Article> found = new HashMap<>();
        for (String id : ids) {
            Article article = byId.get(id);
            if (article != null) {
                found.put(id, article);
            }
        }
        return found;
    }

    @Override
    public boolean replaceKeptInRun(Article article, long runId) {
        Article kept = byId.get(article.id());
        if (kept == null || runOf.getOrDefault(article.id(), -1L) != runId) {
            return false;
        }
        byId.put(article.id(), article);
        articles.set(articles.indexOf(kept), article);
        return true;
    }

    @Override
    public void recordDiagnostics(long runId, List<Diagnostic> diagnostics) {
        // nothing to record: the caller has the report
    }

    @Override
    public void finishRun(long runId, Map<String, Long> counts, List<Diagnostic> diagnostics) {
        // nothing to record: the caller has the report
    }

    /** The articles kept so far, in the order the store would give them. */
    public ArticleList corpus() {
        return ArticleList.of(articles);
    }

    /** The articles kept so far, in the order they were read. */
    public List<Article> articlesAsRead() {
        return List.copyOf(articles);
    }
}
