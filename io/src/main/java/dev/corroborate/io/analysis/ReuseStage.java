package dev.corroborate.io.analysis;

import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.reuse.ReuseDetector;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the reuse links among all stored articles and stores them, replacing the previous ones.
 * Two passes over the articles, earliest first: the first registers outlet and agency names, the
 * second compares each article with the ones the detector proposes, loaded from the store by id,
 * each pair once; texts are never all held in memory. Not thread-safe.
 */
public final class ReuseStage {

    /** What a run found: links by relation. */
    public record Summary(int articles, Map<Relation, Integer> links) {
        public int total() {
            return links.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Summary run(ArticleStore store) {
        int[] articles = {0};
        List<ReuseLink> links = ReuseDetector.findLinks(new ReuseDetector.Corpus() {
            @Override
            public void forEach(java.util.function.Consumer<Article> action) {
                articles[0] = 0;
                store.forEach(ArticleFilter.ALL, article -> {
                    articles[0]++;
                    action.accept(article);
                });
            }

            @Override
            public Article require(String id) {
                return store.find(id).orElseThrow(() -> new IllegalStateException("article " + id + " left the store during the run"));
            }
        });
        store.replaceReuseLinks(links);
        Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
        for (ReuseLink link : links) {
            counts.merge(link.relation(), 1, Integer::sum);
        }
        return new Summary(articles[0], counts);
    }
}
