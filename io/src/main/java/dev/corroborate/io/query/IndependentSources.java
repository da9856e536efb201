package dev.corroborate.io.query;

import dev.corroborate.compare.Provenance;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.pipeline.ProvenanceGroups;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every article's standing as a source, counted once over the whole store after the links change
 * ({@code analyze}) and stored, so the story list reads each storyline's independent sources
 * instead of building the provenance graphs of every storyline it shows on every request. The
 * standing is the one {@link StoryOverviewQuery#independentSources} counts from the graphs: a
 * group is a connected set of articles, so the whole store's groups are the groups a page builds
 * around its own articles; an article sharing no text is an independent source.
 */
public final class IndependentSources {

    private IndependentSources() {
    }

    /**
     * Builds the provenance graph of every group of the store once, stores which articles are not
     * independent sources (and so every storyline's count), and returns how many groups have each
     * number of independent sources (independent sources → groups), what {@code analyze} prints.
     */
    public static Map<Integer, Integer> store(ArticleStore store) {
        Set<String> dependent = new HashSet<>();
        Map<Integer, Integer> groupsBySources = new TreeMap<>();
        new ProvenanceGroups(store, store).forEach(group -> {
            groupsBySources.merge(group.graph().independentSources(), 1, Integer::sum);
            for (Provenance.Node node : group.graph().nodes()) {
                if (!node.independent()) {
                    dependent.add(node.articleId());
                }
            }
        });
        store.replaceArticleSources(dependent);
        return groupsBySources;
    }
}
