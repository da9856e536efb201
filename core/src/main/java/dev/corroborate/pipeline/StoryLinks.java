package dev.corroborate.pipeline;

import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reuse links as the story step holds them for its whole run, and each article's links. */
final class StoryLinks {

    private StoryLinks() {
    }

    /**
     * What the story step reads of a reuse link, and holds for the whole step: its ends, relation and
     * scores, its ids the ones {@code sameIds} holds for them. Its passages and evidence are most of its
     * size (about 600 bytes of the link's 700 at the million articles' 451,831 links) and nothing here
     * reads them. The store reads each link's ids as strings of their own, and an article with many
     * links would otherwise be held once for each of them (a heap dump of the generated 100,000
     * articles' story step: 371,500 id strings before, 268,500 with these and the ids listed for
     * {@code StoryStage.keepMissingFeatures} no longer held to the step's end).
     */
    static ReuseLink ends(ReuseLink link, Map<String, String> sameIds) {
        String source = sameIds.computeIfAbsent(link.sourceId(), id -> id);
        String derived = sameIds.computeIfAbsent(link.derivedId(), id -> id);
        return new ReuseLink(source, derived, link.relation(), link.score(), link.directionConfidence(), List.of(), List.of());
    }

    /** Every kept link's {@link #ends}, in the store's order, each id one string. */
    static List<ReuseLink> linkEnds(ReuseSink reuse) {
        List<ReuseLink> links = new ArrayList<>();
        Map<String, String> sameIds = new HashMap<>();
        reuse.forEachReuseLink(link -> links.add(ends(link, sameIds)));
        return links;
    }

    /**
     * Each article's links, by id: held for the whole step, each list at its size (most articles have
     * one or two links; a growable list keeps room for ten).
     */
    static Map<String, List<ReuseLink>> linksOf(List<ReuseLink> links) {
        Map<String, List<ReuseLink>> linksOf = new HashMap<>();
        for (ReuseLink link : links) {
            linksOf.computeIfAbsent(link.sourceId(), k -> new ArrayList<>(2)).add(link);
            linksOf.computeIfAbsent(link.derivedId(), k -> new ArrayList<>(2)).add(link);
        }
        linksOf.replaceAll((article, its) -> List.copyOf(its));
        return linksOf;
    }
}
