package dev.corroborate.pipeline;

import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A corpus held in memory: for evaluation runs, benchmarks, tests, and a Spark partition. Thread-safe
 * once built (it never changes).
 */
public final class ArticleList implements Corpus {

    private final List<Article> articles;
    private final Map<String, Article> byId;

    private ArticleList(List<Article> articles) {
        this.articles = List.copyOf(articles);
        this.byId = new HashMap<>(articles.size() * 2);
        for (Article article : this.articles) {
            if (byId.putIfAbsent(article.id(), article) != null) {
                throw new IllegalArgumentException("two articles have the id " + article.id());
            }
        }
    }

    /** The articles in feed order, as the store gives them. */
    public static ArticleList of(List<Article> articles) {
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(StoryClusterer.FEED_ORDER);
        return new ArticleList(ordered);
    }

    /** The articles in exactly the given order (order tests feed a shuffled corpus). */
    public static ArticleList inGivenOrder(List<Article> articles) {
        return new ArticleList(articles);
    }

    @Override
    public void forEach(Consumer<Article> action) {
        articles.forEach(action);
    }

    @Override
    public Article require(String id) {
        Article article = byId.get(id);
        if (article == null) {
            throw new IllegalStateException("no article " + id + " in this corpus");
        }
        return article;
    }

    @Override
    public List<Article> requireInOrder(java.util.Collection<String> ids) {
        java.util.Set<String> wanted = new java.util.HashSet<>(ids);
        for (String id : wanted) {
            require(id);
        }
        return articles.stream().filter(article -> wanted.contains(article.id())).toList();
    }

    public int size() {
        return articles.size();
    }

    /** The articles in the order {@link #forEach} gives them. */
    public List<Article> articles() {
        return articles;
    }
}
