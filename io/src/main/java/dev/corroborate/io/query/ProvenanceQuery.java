package dev.corroborate.io.query;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.pipeline.ProvenanceGroups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The provenance tree of an article's group: who derives from whom, with the evidence. Not thread-safe. */
public final class ProvenanceQuery {

    /**
     * A group of articles connected by shared text with its derivation graph.
     *
     * @param group     the group, its links and its graph
     * @param articles  the group's articles by id, in publication order
     * @param citations attributions without shared text from or to the group
     */
    public record ProvenanceTree(ProvenanceGroups.Group group, Map<String, Article> articles, List<Citation> citations) {

        public ProvenanceTree {
            articles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(articles));
            citations = List.copyOf(citations);
        }
    }

    /**
     * A citation: {@code citing} names {@code cited} without sharing its text.
     *
     * @param citing      the citing article, {@code null} when it is not stored
     * @param cited       the cited article, {@code null} when it is not stored
     * @param insideGroup whether the citing article belongs to the group
     */
    public record Citation(ReuseLink link, Article citing, Article cited, boolean insideGroup) {
    }

    private final ArticleStore store;

    public ProvenanceQuery(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The tree of the group {@code articleId} belongs to (a group of one when it shares no text). */
    public ProvenanceTree of(String articleId) {
        ProvenanceGroups.Group group = new ProvenanceGroups(store, store).groupOf(articleId);
        Map<String, Article> byId = new LinkedHashMap<>();
        group.articles().forEach(a -> byId.putIfAbsent(a.id(), a));
        List<Citation> citations = new ArrayList<>();
        for (ReuseLink link : group.citations()) {
            citations.add(new Citation(link, store.find(link.derivedId()).orElse(null),
                    store.find(link.sourceId()).orElse(null), byId.containsKey(link.derivedId())));
        }
        return new ProvenanceTree(group, byId, citations);
    }
}
