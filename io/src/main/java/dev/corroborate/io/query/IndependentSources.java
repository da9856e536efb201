package dev.corroborate.io.query;

import dev.corroborate.compare.Provenance;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.pipeline.ProvenanceGroups;
import dev.corroborate.text.Stamps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * The rules the kept figures are counted by: kept with them, and a store whose figures were
     * counted by others (or by a version that kept no stamp) is counted whole again.
     */
    static final String STAMP = Stamps.of("source figures 1", Provenance.OWN_REPORTING_RULE, Provenance.OWN_WORDS,
            Provenance.OWN_SHARE, Provenance.REWRITE_OWN_SHARE);

    /**
     * Above this share of the store's articles without a standing, the store's links are read whole
     * (one scan) rather than followed article by article from those articles.
     */
    private static final double FOLLOW_AT_MOST = 0.25;

    private IndependentSources() {
    }

    /**
     * Counts the provenance graph of every group of the store whose articles or links changed since
     * the last count (the others keep their kept figure: {@link ProvenanceGroups.Figure}), keeps the
     * figures for the next run, stores which articles are not independent sources (and so every
     * storyline's count), and returns how many groups have each number of independent sources
     * (independent sources → groups), what {@code analyze} prints.
     *
     * <p>The articles to count are those the store holds no standing for (the new ones, and every
     * article of a group of linked articles whose links the reuse step changed: it forgets their
     * standing), with every article linked to them: only their groups are read, through their links
     * ({@link NearbyLinks}), and only their figures and standings written. A group kept under one of
     * their ids is a group they were in (a group is never half forgotten), so the figures kept for
     * the other groups stand, and the summary counts every kept figure. A store whose figures were
     * not counted under {@link #STAMP}, or with most of its articles without a standing, is counted
     * whole.
     */
    public static Map<Integer, Integer> store(ArticleStore store) {
        return keep(store, count(store));
    }

    /**
     * What {@link #store} counts, before anything is written: read from {@code store}, which may be a
     * reader ({@link ArticleStore#openForReading}) opened once the links are stored, while later
     * steps write what the count does not read (events, quotes, comparisons). Kept by {@link #keep}.
     */
    public static Count count(ArticleStore store) {
        if (store.sourceFiguresStamp().filter(STAMP::equals).isPresent()) {
            List<String> uncounted = store.articlesWithoutStanding();
            if (uncounted.isEmpty()) {
                return new Count(null, null, null);
            }
            if (uncounted.size() <= FOLLOW_AT_MOST * store.count()) {
                NearbyLinks near = NearbyLinks.around(store, uncounted);
                Set<String> counted = new TreeSet<>(uncounted);
                near.forEachReuseLink(link -> {
                    counted.add(link.sourceId());
                    counted.add(link.derivedId());
                });
                ProvenanceGroups groups = new ProvenanceGroups(store, near);
                Map<String, ProvenanceGroups.Figure> figures = new HashMap<>();
                groups.independentSourceCounts(store.provenanceFigures(counted), figures);
                return new Count(counted, figures, null);
            }
        }
        ProvenanceGroups groups = new ProvenanceGroups(store, store);
        Map<String, ProvenanceGroups.Figure> figures = new HashMap<>();
        Map<Integer, Integer> groupsBySources = groups.independentSourceCounts(store.provenanceFigures(), figures);
        return new Count(null, figures, groupsBySources);
    }

    /**
     * Writes what {@link #count} counted into {@code store} (the writer's), and returns how many groups
     * have each number of independent sources, every kept figure counted.
     */
    public static Map<Integer, Integer> keep(ArticleStore store, Count count) {
        if (count.figures() == null) {
            return store.groupsByIndependentSources();
        }
        if (count.counted() != null) {
            store.updateSourceFigures(count.counted(), count.figures());
            return store.groupsByIndependentSources();
        }
        store.replaceSourceFigures(count.figures(), STAMP);
        return count.groupsBySources();
    }

    /**
     * A count's figures: those of the groups of the {@code counted} articles, or, when
     * {@code counted} is null, of every group (the store counted whole, {@code groupsBySources} its
     * groups by independent sources); nothing to write when {@code figures} is null.
     */
    public record Count(Set<String> counted, Map<String, ProvenanceGroups.Figure> figures,
                        Map<Integer, Integer> groupsBySources) {
    }
}
