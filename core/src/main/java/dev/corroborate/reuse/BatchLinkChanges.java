package dev.corroborate.reuse;

import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What a batch run from the kept index changes among the kept links: its new links reduced together
 * with the kept links into the same articles (and into those whose sources newly derive from
 * another), as a run from scratch would reduce them, then only the difference. A kept link that
 * stands is left as it is.
 *
 * @param written the links to write: new, or changed by the reduction
 * @param dropped the kept links (source id, derived id) that go, in a stable order
 */
record BatchLinkChanges(List<ReuseLink> written, List<List<String>> dropped) {

    /**
     * @param links         the batch's new links, before reduction
     * @param isNew         whether an article is one of the batch's
     * @param outletOf      each article's folded outlet
     * @param sourceOutlets each link's source outlet, for {@link ClosestCitations}; the kept links
     *                      read here are added to it
     */
    static BatchLinkChanges of(List<ReuseLink> links, KeptIndex kept, Predicate<String> isNew, Map<String, String> outletOf,
                               Map<ReuseLink, String> sourceOutlets) {
        // The articles whose incoming links change: those a new link leads into, and those a kept
        // link leads into from an article that now derives from another (LinearLinks prefers a
        // source that derives from none).
        Set<String> rewritten = new TreeSet<>();
        Set<String> rawDerived = new HashSet<>();
        for (ReuseLink link : links) {
            rewritten.add(link.derivedId());
            if (link.relation() != Relation.CITES) {
                rawDerived.add(link.derivedId());
            }
        }
        Set<String> oldRawDerived = new TreeSet<>();
        rawDerived.stream().filter(isNew.negate()).forEach(oldRawDerived::add);
        Set<String> newlyDerived = new TreeSet<>(oldRawDerived);
        newlyDerived.removeAll(kept.derivedAmong(oldRawDerived));
        if (!newlyDerived.isEmpty()) {
            kept.keptLinksFrom(newlyDerived).forEach(link -> rewritten.add(link.derivedId()));
        }
        List<ReuseLink> all = new ArrayList<>(kept.keptLinksInto(rewritten.stream().filter(isNew.negate()).toList()));
        all.forEach(link -> sourceOutlets.put(link, outletOf.get(link.sourceId())));
        all.addAll(links);
        Set<String> oldSources = new TreeSet<>();
        all.stream().map(ReuseLink::sourceId).filter(isNew.negate()).forEach(oldSources::add);
        Set<String> derived = new HashSet<>(rawDerived);
        derived.addAll(kept.derivedAmong(oldSources));
        List<ReuseLink> reduced = LinearLinks.reduce(ClosestCitations.of(all, sourceOutlets), derived);
        Set<ReuseLink> keptLinks = new HashSet<>(all.subList(0, all.size() - links.size()));
        Set<ReuseLink> standing = new HashSet<>(reduced);
        List<List<String>> dropped = keptLinks.stream().filter(link -> !standing.contains(link))
                .map(link -> List.of(link.sourceId(), link.derivedId())).sorted(Comparator.comparing(Object::toString))
                .toList();
        return new BatchLinkChanges(reduced.stream().filter(link -> !keptLinks.contains(link)).toList(), dropped);
    }
}
