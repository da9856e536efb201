package dev.corroborate.io.query;

import dev.corroborate.compare.Provenance;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a story page shows: {@link StoryQuery}'s timeline, each event's independent-source
 * count and the provenance trees of the groups its articles belong to ({@link ProvenanceQuery}),
 * and the quote groups ({@link QuoteQuery}) with a wording in the story. Not thread-safe.
 */
public final class StoryDetailQuery {

    /**
     * A story page's content.
     *
     * @param timeline           the storyline or event with its articles and their placements
     * @param independentSources the story's independent sources
     * @param events             per event id, in timeline order
     * @param quoteGroups        the statements quoted in several articles, one of them in this story
     */
    public record StoryDetail(StoryQuery.Timeline timeline, int independentSources, Map<String, EventDetail> events,
            List<QuoteQuery.GroupView> quoteGroups) {

        public StoryDetail {
            events = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(events));
            quoteGroups = List.copyOf(quoteGroups);
        }
    }

    /** An event's independent sources and the provenance trees of its articles' groups (largest first). */
    public record EventDetail(int independentSources, List<ProvenanceQuery.ProvenanceTree> trees) {

        public EventDetail {
            trees = List.copyOf(trees);
        }
    }

    /** The most quote groups a story page lists. */
    public static final int MAX_QUOTE_GROUPS = 200;

    private final ArticleStore store;

    public StoryDetailQuery(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The page of a storyline ({@code st-…}) or event ({@code ev-…}); empty when there is no such id. */
    public Optional<StoryDetail> of(String storyOrEventId) {
        Optional<StoryQuery.Timeline> found = new StoryQuery(store).timeline(storyOrEventId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoryQuery.Timeline timeline = found.get();
        StoryOverviewQuery counts = new StoryOverviewQuery(store);
        ProvenanceQuery provenance = new ProvenanceQuery(store);
        Map<String, EventDetail> events = new LinkedHashMap<>();
        Set<String> storyArticles = new HashSet<>();
        for (StoryQuery.EventTimeline event : timeline.events()) {
            Map<Provenance.Graph, ProvenanceQuery.ProvenanceTree> trees = new IdentityHashMap<>();
            List<ProvenanceQuery.ProvenanceTree> ordered = new ArrayList<>();
            for (StoryQuery.Placed placed : event.articles()) {
                Article article = placed.article();
                storyArticles.add(article.id());
                Provenance.Graph graph = counts.graphOf(article.id());
                if (graph != null && graph.nodes().size() > 1 && !trees.containsKey(graph)) {
                    ProvenanceQuery.ProvenanceTree tree = provenance.of(article.id());
                    trees.put(graph, tree);
                    ordered.add(tree);
                }
            }
            ordered.sort(java.util.Comparator.comparingInt(t -> -t.articles().size()));
            events.put(event.event().id(), new EventDetail(counts.independentSources(event.event().articleIds()), ordered));
        }
        List<QuoteQuery.GroupView> groups = new QuoteQuery(store).groupsQuotedIn(new java.util.TreeSet<>(storyArticles), MAX_QUOTE_GROUPS);
        return Optional.of(new StoryDetail(timeline, counts.independentSources(timeline.story().articleIds()), events, groups));
    }
}
