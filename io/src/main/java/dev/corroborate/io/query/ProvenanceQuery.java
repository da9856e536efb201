package dev.corroborate.io.query;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.pipeline.ProvenanceGroups;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The provenance of a storyline's or an event's articles: the tree of every group of shared text
     * that holds one of them (in the order of the timeline's first article in each), and the
     * articles that share text with no other. Empty when there is no such storyline or event. A group
     * may reach beyond the story: what the story's articles took from or gave to others shows too.
     *
     * @param trees   the groups of two or more articles
     * @param alone   the story's articles that share no text with any other, in timeline order
     * @param articles how many of the story's articles there are
     */
    public record StoryProvenance(List<ProvenanceTree> trees, List<Article> alone, int articles) {
        public StoryProvenance {
            trees = List.copyOf(trees);
            alone = List.copyOf(alone);
        }
    }

    /** {@link StoryProvenance} of {@code st-…} or {@code ev-…}; empty when the store has no such id. */
    public Optional<StoryProvenance> ofStory(String storyOrEventId) {
        Optional<StoryQuery.Timeline> timeline = new StoryQuery(store).timeline(storyOrEventId);
        if (timeline.isEmpty()) {
            return Optional.empty();
        }
        ProvenanceGroups groups = NearbyLinks.groupsAround(store, timeline.get().events().stream()
                .flatMap(e -> e.event().articleIds().stream()).toList());
        List<ProvenanceTree> trees = new ArrayList<>();
        List<Article> alone = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        int count = 0;
        for (StoryQuery.EventTimeline event : timeline.get().events()) {
            for (StoryQuery.Placed placed : event.articles()) {
                count++;
                if (shown.contains(placed.article().id())) {
                    continue;
                }
                ProvenanceTree tree = tree(groups.groupOf(placed.article().id()));
                shown.addAll(tree.articles().keySet());
                if (tree.group().graph().nodes().size() > 1) {
                    trees.add(tree);
                } else {
                    alone.add(placed.article());
                }
            }
        }
        return Optional.of(new StoryProvenance(trees, alone, count));
    }

    /** The tree of the group {@code articleId} belongs to (a group of one when it shares no text). */
    public ProvenanceTree of(String articleId) {
        return tree(NearbyLinks.groupsAround(store, List.of(articleId)).groupOf(articleId));
    }

    ProvenanceTree tree(ProvenanceGroups.Group group) {
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
