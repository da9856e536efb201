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
        return of(links, kept, Set.of(), isNew, outletOf, sourceOutlets);
    }

    /**
     * As {@link #of(List, KeptIndex, Predicate, Map, Map)}, with kept links the batch decided again
     * ({@code superseded}, as source id, derived id): read as gone, they stand only as far as
     * {@code links} has them again (then written again), and go otherwise.
     */
    static BatchLinkChanges of(List<ReuseLink> links, KeptIndex keptIndex, Set<List<String>> superseded, Predicate<String> isNew,
                               Map<String, String> outletOf, Map<ReuseLink, String> sourceOutlets) {
        KeptIndex kept = superseded.isEmpty() ? keptIndex : new Without(keptIndex, superseded);
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
        List<ReuseLink> written = reduced.stream().filter(link -> !keptLinks.contains(link)).toList();
        if (!superseded.isEmpty()) {
            Set<List<String>> writtenPairs = new HashSet<>();
            written.forEach(link -> writtenPairs.add(List.of(link.sourceId(), link.derivedId())));
            Set<List<String>> gone = new TreeSet<>(Comparator.comparing(Object::toString));
            gone.addAll(dropped);
            superseded.stream().filter(pair -> !writtenPairs.contains(pair)).forEach(gone::add);
            dropped = List.copyOf(gone);
        }
        return new BatchLinkChanges(written, dropped);
    }

    /** A kept index without some of its kept links (as source id, derived id). */
    private static final class Without implements KeptIndex {
        private final KeptIndex kept;
        private final Set<List<String>> left;
        private final Set<String> derivedOfLeft = new HashSet<>();

        Without(KeptIndex kept, Set<List<String>> left) {
            this.kept = kept;
            this.left = left;
            left.forEach(pair -> derivedOfLeft.add(pair.get(1)));
        }

        private boolean stands(ReuseLink link) {
            return !left.contains(List.of(link.sourceId(), link.derivedId()));
        }

        @Override
        public List<String> feed() {
            return kept.feed();
        }

        @Override
        public Map<Long, Postings> postings(Kind kind, long[] keys, int recent, int countCap) {
            return kept.postings(kind, keys, recent, countCap);
        }

        @Override
        public Map<Integer, short[]> compactWords(int[] positions) {
            return kept.compactWords(positions);
        }

        @Override
        public int[] mentioning(String name) {
            return kept.mentioning(name);
        }

        @Override
        public List<ReuseLink> keptLinksInto(java.util.Collection<String> derivedIds) {
            return kept.keptLinksInto(derivedIds).stream().filter(this::stands).toList();
        }

        @Override
        public List<ReuseLink> keptLinksFrom(java.util.Collection<String> sourceIds) {
            return kept.keptLinksFrom(sourceIds).stream().filter(this::stands).toList();
        }

        @Override
        public Set<String> derivedAmong(java.util.Collection<String> ids) {
            Set<String> derived = new HashSet<>(kept.derivedAmong(ids));
            List<String> doubtful = derived.stream().filter(derivedOfLeft::contains).toList();
            if (!doubtful.isEmpty()) {
                derived.removeAll(doubtful);
                keptLinksInto(doubtful).stream().filter(link -> link.relation() != Relation.CITES)
                        .forEach(link -> derived.add(link.derivedId()));
            }
            return derived;
        }
    }
}
