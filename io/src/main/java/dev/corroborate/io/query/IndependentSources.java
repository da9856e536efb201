package dev.corroborate.io.query;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.pipeline.ProvenanceGroups;
import java.util.HashMap;
import java.util.Map;

/**
 * Every article's standing as a source, counted once over the whole store after the links change
 * ({@code analyze}) and stored, so the story list reads each storyline's independent sources
 * instead of building the provenance graphs of every storyline it shows on every request; only
 * the groups a run changed are counted again. The
 * standing is the one {@link StoryOverviewQuery#independentSources} counts from the graphs: a
 * group is a connected set of articles, so the whole store's groups are the groups a page builds
 * around its own articles; an article sharing no text is an independent source.
 */
public final class IndependentSources {

    private IndependentSources() {
    }

    /**
     * Counts the provenance graph of every group of the store whose articles or links changed since
     * the last count (the others keep their kept figure: {@link ProvenanceGroups.Figure}), keeps the
     * figures for the next run, stores which articles are not independent sources (and so every
     * storyline's count), and returns how many groups have each number of independent sources
     * (independent sources → groups), what {@code analyze} prints.
     */
    public static Map<Integer, Integer> store(ArticleStore store) {
        ProvenanceGroups groups = new ProvenanceGroups(store, store);
        Map<String, ProvenanceGroups.Figure> figures = new HashMap<>();
        Map<Integer, Integer> groupsBySources = groups.independentSourceCounts(store.provenanceFigures(), figures);
        store.replaceSourceFigures(figures);
        return groupsBySources;
    }
}
