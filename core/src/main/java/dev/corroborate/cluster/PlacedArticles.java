package dev.corroborate.cluster;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The articles placed since the last refinement, in the order they came (copies and rewrites are not):
 * what refinement looks at again ({@link ClusterState#placed}). Each is held ({@link PlacedArticle}) or,
 * past {@link PlacedSpill#setAsideAt} of them when a spill is given ({@link #setAsideIn}), set aside in it
 * ({@link PlacedShelf}): read them through {@link #article}. Not thread-safe.
 */
final class PlacedArticles {

    /**
     * An article placed in this run: its vector (a {@link PlacedVector}), when it was published (or null),
     * its lead's details and words.
     */
    record PlacedArticle(Map<String, Double> vector, Instant published, Set<String> leadIdentity, FollowUps.Lead lead)
            implements Placed {
    }

    /** What is kept of an article: the article itself, or where it was set aside ({@link PlacedShelf}). */
    sealed interface Placed permits PlacedArticle, PlacedShelf.SetAside {
    }

    private final Map<String, Placed> kept = new LinkedHashMap<>();
    /** The clustering's features, whose numbers name the words of articles set aside. */
    private final FeatureTable features;
    /** Where placed articles are set aside; null: every one is held. */
    private PlacedShelf shelf;

    PlacedArticles(FeatureTable features) {
        this.features = features;
    }

    /** Sets the placed articles aside in {@code spill} once {@link PlacedSpill#setAsideAt} of them are held. */
    void setAsideIn(PlacedSpill spill) {
        if (shelf != null && kept.values().stream().anyMatch(placed -> placed instanceof PlacedShelf.SetAside)) {
            // Their records are in the spill the shelf that wrote them reads.
            throw new IllegalStateException("placed articles are set aside already: refine them first");
        }
        shelf = new PlacedShelf(spill, features);
    }

    /**
     * Keeps an article just placed until refinement: held, or set aside when enough are held already.
     * A held vector is kept without its features' numbers, which only setting it aside reads.
     */
    void keep(String articleId, PlacedArticle article) {
        if (shelf != null && kept.size() >= shelf.setAsideAt()) {
            kept.put(articleId, shelf.setAside(article));
        } else if (article.vector() instanceof PlacedVector vector && vector.numbersIn(features) != null) {
            kept.put(articleId, new PlacedArticle(vector.withoutNumbers(), article.published(), article.leadIdentity(),
                    article.lead()));
        } else {
            kept.put(articleId, article);
        }
    }

    /** A placed article as it was kept, read back when it was set aside. */
    PlacedArticle article(Placed placed) {
        return placed instanceof PlacedArticle article ? article : shelf.readBack((PlacedShelf.SetAside) placed);
    }

    /** Every article kept, by id, in the order placed. */
    Set<Map.Entry<String, Placed>> entrySet() {
        return kept.entrySet();
    }

    int size() {
        return kept.size();
    }

    /** Forgets every article kept: refinement is done with them. */
    void clear() {
        kept.clear();
    }
}
