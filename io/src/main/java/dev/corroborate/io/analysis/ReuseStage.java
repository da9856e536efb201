package dev.corroborate.io.analysis;

import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import dev.corroborate.reuse.Relation;
import dev.corroborate.reuse.ReuseDetector;
import dev.corroborate.reuse.ReuseLink;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
        ReuseDetector detector = new ReuseDetector();
        store.forEach(ArticleFilter.ALL, detector::registerNames);
        List<ReuseLink> links = new ArrayList<>();
        Set<String> compared = new HashSet<>();
        store.forEach(ArticleFilter.ALL, article -> {
            for (String otherId : detector.add(article)) {
                String pair = article.id().compareTo(otherId) < 0 ? article.id() + "\u0000" + otherId : otherId + "\u0000" + article.id();
                if (!compared.add(pair)) {
                    continue;
                }
                Article other = store.find(otherId).orElseThrow();
                detector.classify(other, article).ifPresent(links::add);
            }
        });
        store.replaceReuseLinks(links);
        Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
        for (ReuseLink link : links) {
            counts.merge(link.relation(), 1, Integer::sum);
        }
        return new Summary(detector.size(), counts);
    }
}
