package dev.corroborate.reuse;

import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Thins {@code cites} links: an article that names an outlet ("according to X") cites one article
 * of it, the one on the closest subject, and none when it already reuses text of that outlet.
 * Stateless and thread-safe.
 */
public final class ClosestCitations {

    private ClosestCitations() {
    }

    /**
     * Of the {@code cites} links from one citing article to articles of the same outlet, only the
     * one on the closest subject, and none when the citing article already reuses text of an
     * article of that outlet: "according to X" names one article of X, not all of them.
     * {@code sourceOutlets} gives each link's source outlet, lower case ("null" when unknown). The
     * choice is made per citing article, so a distributed run may apply it to each article's links apart.
     */
    public static List<ReuseLink> of(List<ReuseLink> links, Map<ReuseLink, String> sourceOutlets) {
        Map<String, ReuseLink> best = new HashMap<>();
        Set<String> reused = new HashSet<>();
        for (ReuseLink link : links) {
            String key = link.derivedId() + "\u0000" + sourceOutlets.get(link);
            if (link.relation() != Relation.CITES) {
                reused.add(key);
                continue;
            }
            ReuseLink current = best.get(key);
            if (current == null || link.score() > current.score()
                    || (link.score() == current.score() && link.sourceId().compareTo(current.sourceId()) < 0)) {
                best.put(key, link);
            }
        }
        List<ReuseLink> kept = new ArrayList<>();
        for (ReuseLink link : links) {
            String key = link.derivedId() + "\u0000" + sourceOutlets.get(link);
            if (link.relation() != Relation.CITES || (best.get(key) == link && !reused.contains(key))) {
                kept.add(link);
            }
        }
        return kept;
    }
}
