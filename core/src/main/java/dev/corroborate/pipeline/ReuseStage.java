package dev.corroborate.pipeline;

import dev.corroborate.model.Article;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.reuse.ReuseDetector;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the reuse links among all articles of the corpus and keeps them, replacing the previous
 * ones. Two passes over the articles in feed order: the first registers outlet and agency names,
 * the second compares each article with the ones the detector proposes, asked of the corpus by
 * id, each pair once; texts are never all held in memory. Not thread-safe.
 */
public final class ReuseStage {

    /** What a run found: links by relation, in the relations' order. */
    public record Summary(int articles, Map<Relation, Integer> links) {

        public Summary {
            Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
            byRelation.putAll(links);
            links = java.util.Collections.unmodifiableMap(byRelation);
        }

        public int total() {
            return links.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Summary run(Corpus corpus, ReuseSink sink) {
        int[] articles = {0};
        List<ReuseLink> links = ReuseDetector.findLinks(new ReuseDetector.Corpus() {
            @Override
            public void forEach(Consumer<Article> action) {
                articles[0] = 0;
                corpus.forEach(article -> {
                    articles[0]++;
                    action.accept(article);
                });
            }

            @Override
            public Article require(String id) {
                return corpus.require(id);
            }
        });
        sink.replaceReuseLinks(links);
        Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
        for (ReuseLink link : links) {
            counts.merge(link.relation(), 1, Integer::sum);
        }
        return new Summary(articles[0], counts);
    }
}
