package dev.corroborate.reuse;

import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.ReuseLink;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What earlier reuse runs kept, for an incremental run ({@link LinkFinder}): every article of the
 * corpus without its text, with the sketch kept for it (none for a new article), the names the
 * kept sketches were checked against, and the links kept. Read on one thread.
 */
public interface ReuseArchive {

    /**
     * One article, as the indexes need it: {@code sketched} when a sketch is kept for it, and
     * {@code kept} that sketch ({@code null} when never sketched, or in {@link #forEachHeader}).
     */
    record Entry(String id, String outlet, String agency, PublishedTime published, boolean sketched, KeptSketch kept) {
    }

    /** Every article of the corpus, in feed order (the order of the corpus's own walk), with its kept sketch. */
    void forEach(Consumer<Entry> action);

    /** As {@link #forEach}, without the sketches themselves (a cheaper walk, for names and times). */
    default void forEachHeader(Consumer<Entry> action) {
        forEach(action);
    }

    /**
     * As {@link #forEachHeader(Consumer)}, told which articles have no kept sketch ({@link #unsketched}'s
     * answer), so that an archive can walk the articles alone, without asking for each whether a
     * sketch is kept for it (a look-up an article, in feed order, where the sketches are kept by id).
     */
    default void forEachHeader(Set<String> unsketched, Consumer<Entry> action) {
        forEachHeader(action);
    }

    /**
     * The ids of the articles without a kept sketch (those {@link #forEach} gives unsketched), in no
     * particular order, when the archive can tell them without a walk; empty when it cannot.
     */
    default java.util.Optional<java.util.Collection<String>> unsketched() {
        return java.util.Optional.empty();
    }

    /**
     * The kept sketches of {@code ids}, by id (an article without one is left out): for a batch that
     * files again the kept articles after its first new one. The default walks {@link #forEach}.
     */
    default java.util.Map<String, KeptSketch> keptSketches(java.util.Collection<String> ids) {
        Set<String> wanted = new java.util.HashSet<>(ids);
        java.util.Map<String, KeptSketch> found = new java.util.HashMap<>();
        forEach(entry -> {
            if (entry.kept() != null && wanted.contains(entry.id())) {
                found.put(entry.id(), entry.kept());
            }
        });
        return found;
    }

    /** The outlet and agency names (folded) the kept sketches' texts were searched for. */
    Set<String> checkedNames();

    /**
     * The kept links (as source id, derived id) whose pair only a named outlet or agency proposed,
     * not the indexes; {@code null} when the archive does not keep this, and then the whole archive
     * is replayed with every article's candidates looked up again.
     */
    default Set<java.util.List<String>> nameOnlyLinks() {
        return null;
    }

    /**
     * The kept reuse indexes, when the archive keeps them as they stand after the last run, for a
     * batch to look up with its new articles' keys ({@link KeptIndex}); empty when it does not
     * (then the kept sketches are filed in feed order again).
     */
    default java.util.Optional<KeptIndex> keptIndex() {
        return java.util.Optional.empty();
    }

    /** Every link kept by the last run. */
    void forEachKeptLink(Consumer<ReuseLink> action);
}
