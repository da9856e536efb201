package dev.corroborate.io.query;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.pipeline.ProvenanceGroups;
import dev.corroborate.pipeline.ReuseSink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The reuse links of the articles connected to some articles through links, found by following
 * the store's links a step at a time (the links of every article just reached in one indexed query)
 * instead of reading every link of the store: a view screens build {@link ProvenanceGroups} on, so a
 * page costs what its groups hold, not what the store holds. The groups are the same: a group is a set of articles joined by links,
 * and every link of every article reached is here. Read-only; not thread-safe.
 */
final class NearbyLinks implements ReuseSink {

    /** The most articles whose links one query asks for. */
    private static final int STEP_QUERY = 5_000;

    private final List<ReuseLink> links;

    private NearbyLinks(List<ReuseLink> links) {
        this.links = links;
    }

    /** The provenance groups of the articles linked, directly or not, to {@code articleIds}. */
    static ProvenanceGroups groupsAround(ArticleStore store, Collection<String> articleIds) {
        return new ProvenanceGroups(store, around(store, articleIds));
    }

    static NearbyLinks around(ArticleStore store, Collection<String> articleIds) {
        TreeMap<String, ReuseLink> byPair = new TreeMap<>();
        Set<String> seen = new HashSet<>(articleIds);
        // One step of links at a time, the links of all the articles just reached read in one query.
        List<String> next = new ArrayList<>(seen);
        while (!next.isEmpty()) {
            List<String> reached = new ArrayList<>();
            for (int from = 0; from < next.size(); from += STEP_QUERY) {
                store.forEachReuseLinkOf(next.subList(from, Math.min(next.size(), from + STEP_QUERY)), link -> {
                    byPair.putIfAbsent(link.sourceId() + '\n' + link.derivedId(), link);
                    for (String end : List.of(link.sourceId(), link.derivedId())) {
                        if (seen.add(end)) {
                            reached.add(end);
                        }
                    }
                });
            }
            next = reached;
        }
        List<ReuseLink> ordered = byPair.values().stream()
                .sorted(Comparator.comparing(ReuseLink::sourceId).thenComparing(ReuseLink::derivedId)).toList();
        return new NearbyLinks(ordered);
    }

    @Override
    public void replaceReuseLinks(List<ReuseLink> replacement) {
        throw new UnsupportedOperationException("a read-only view of the store's links");
    }

    @Override
    public void forEachReuseLink(Consumer<ReuseLink> consumer) {
        links.forEach(consumer);
    }
}
