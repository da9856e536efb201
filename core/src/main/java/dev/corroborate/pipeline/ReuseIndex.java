package dev.corroborate.pipeline;

import dev.corroborate.model.Relation;
import dev.corroborate.reuse.LinkFinder;
import dev.corroborate.reuse.ReuseArchive;
import java.util.Map;

/**
 * Port: what the reuse stage keeps between runs beside its links, so a run sketches and compares
 * only the new articles: every article's sketch, the names searched for, and the indexes as postings
 * a batch looks up ({@link dev.corroborate.reuse.KeptIndex}). The store implements
 * it; results without it ({@link InMemoryResults}) get every run from scratch.
 */
public interface ReuseIndex extends ReuseArchive {

    /**
     * Keeps what a run found, all or nothing: its links (in place of every kept link, or as changes
     * to them: {@link LinkFinder.Found#dropped} go, the others are written over the kept ones of their
     * pair), its sketches (with {@code allSketches}, every other kept sketch forgotten first), the
     * names searched for, which links only a name proposed, and the kept index
     * ({@link dev.corroborate.reuse.KeptIndex}) of the feed from {@link LinkFinder.Found#indexFrom} on.
     */
    void keepReuseRun(LinkFinder.Found found, boolean allSketches);

    /**
     * Somewhere for the next run to set its sketches aside as it makes them
     * ({@link dev.corroborate.reuse.SketchSpill}), so it need not hold them all until
     * {@link #keepReuseRun}, which then keeps those set aside before {@link LinkFinder.Found#sketches};
     * empty when the sketches are to be held. Each call starts afresh: what an earlier run set aside and
     * did not keep (it failed) is forgotten.
     */
    default java.util.Optional<dev.corroborate.reuse.SketchSpill> sketchSpill() {
        return java.util.Optional.empty();
    }

    /**
     * Where the next run's indexes keep their postings ({@link dev.corroborate.reuse.TableSpace}): memory
     * outside the heap for a large archive; empty: on the heap.
     */
    default java.util.Optional<dev.corroborate.reuse.TableSpace> tableSpace() {
        return java.util.Optional.empty();
    }

    /** How many links the sink keeps, by relation (after {@link #keepReuseRun}: every link, changed or not). */
    Map<Relation, Integer> reuseLinkCounts();

    /**
     * The settings stamp the kept sketches and links were made with, as {@link #keepStamp} left it; empty when
     * none is kept (nothing kept yet, or kept before stamps existed): then they are not reused.
     */
    default java.util.Optional<String> keptStamp() {
        return java.util.Optional.empty();
    }

    /** Keeps the settings stamp the kept sketches and links are now made with, after they are replaced. */
    default void keepStamp(String stamp) {
    }
}
