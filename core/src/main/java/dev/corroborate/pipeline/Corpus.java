package dev.corroborate.pipeline;

import dev.corroborate.model.Article;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Port: the articles a run analyses. The store implements it over SQLite, {@link ArticleList}
 * over a list in memory, and the Spark job over a partition. Implementations are read in one
 * thread at a time.
 */
public interface Corpus {

    /**
     * Gives every article to {@code action} in feed order: earliest first, articles with no known
     * time last, then by id ({@link dev.corroborate.cluster.StoryClusterer#FEED_ORDER}), unless the
     * corpus documents another order. May be called several times in a run; each call gives the
     * same articles in the same order. Memory need not hold them all.
     */
    void forEach(Consumer<Article> action);

    /**
     * The article with this id.
     *
     * @throws IllegalStateException when the corpus has no such article: the run's own ids are asked for,
     *                               so a miss means the corpus changed during the run
     */
    Article require(String id);

    /**
     * The articles with these ids, in the order {@link #forEach} gives them: for a run that needs a
     * few articles of a large corpus in its order. The default walks the whole corpus; a corpus that
     * can fetch by id overrides it.
     *
     * @throws IllegalStateException when an id is not in the corpus
     */
    default List<Article> requireInOrder(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        List<Article> found = new ArrayList<>(wanted.size());
        forEach(article -> {
            if (wanted.contains(article.id())) {
                found.add(article);
            }
        });
        if (found.size() != wanted.size()) {
            Set<String> missing = new HashSet<>(wanted);
            found.forEach(article -> missing.remove(article.id()));
            throw new IllegalStateException("no article " + missing.iterator().next() + " in this corpus");
        }
        return found;
    }
}
