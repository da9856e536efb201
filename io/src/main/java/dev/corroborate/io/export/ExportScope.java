package dev.corroborate.io.export;

import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.model.Article;
import dev.corroborate.model.FoundQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Which part of the store an export covers: all of it, or a set of articles (a storyline's, for
 * the web app's downloads). A scoped export holds the records that concern those articles: the
 * articles, the events holding any of them, the reuse links touching any of them, their quotes.
 * Immutable.
 */
public final class ExportScope {

    /** The whole store. */
    public static final ExportScope ALL = new ExportScope(null);

    private final Set<String> articleIds;

    private ExportScope(Set<String> articleIds) {
        this.articleIds = articleIds;
    }

    /** These articles (ids the store does not hold are ignored). */
    public static ExportScope ofArticles(Iterable<String> ids) {
        Set<String> sorted = new TreeSet<>();
        ids.forEach(sorted::add);
        return new ExportScope(Set.copyOf(sorted));
    }

    /** Whether the article is in scope. */
    public boolean includes(String articleId) {
        return articleIds == null || articleIds.contains(articleId);
    }

    /** Whether any of the articles is in scope. */
    boolean includesAny(Iterable<String> ids) {
        for (String id : ids) {
            if (includes(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The articles in scope that pass {@code filter}: the whole store streamed in its order, or the
     * scope's articles earliest first (then by id).
     */
    void forEachArticle(ArticleStore store, ArticleFilter filter, Consumer<Article> consumer) {
        if (articleIds == null) {
            store.forEach(filter, consumer);
            return;
        }
        List<Article> articles = new ArrayList<>();
        for (String id : articleIds) {
            store.find(id).ifPresent(articles::add);
        }
        articles.sort(StoryClusterer.FEED_ORDER);
        articles.forEach(consumer);
    }

    /** The quotes of the articles in scope, by article id and position. */
    void forEachQuote(ArticleStore store, Consumer<FoundQuote> consumer) {
        if (articleIds == null) {
            store.forEachQuote(null, null, null, consumer);
            return;
        }
        for (String id : new TreeSet<>(articleIds)) {
            store.forEachQuote(id, null, null, consumer);
        }
    }
}
