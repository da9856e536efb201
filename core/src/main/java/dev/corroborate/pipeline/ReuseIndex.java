package dev.corroborate.pipeline;

import dev.corroborate.model.ReuseLink;
import dev.corroborate.reuse.KeptSketch;
import dev.corroborate.reuse.ReuseArchive;
import java.util.List;
import java.util.Set;

/**
 * Port: what the reuse stage keeps between runs beside its links, so a run sketches and compares
 * only the new articles: every article's sketch and the names searched for. The store implements
 * it; results without it ({@link InMemoryResults}) get every run from scratch.
 */
public interface ReuseIndex extends ReuseArchive {

    /**
     * Replaces every kept link with {@code links}, keeps {@code sketches} (in place of any kept for
     * the same articles) and {@code names} as the names searched for, all or nothing; with
     * {@code allSketches}, every other kept sketch is forgotten first. {@code nameOnly} are the links
     * (among {@code links}) only a named outlet or agency proposed, kept for {@link #nameOnlyLinks}.
     */
    void replaceReuseLinks(List<ReuseLink> links, List<KeptSketch> sketches, Set<String> names, boolean allSketches,
            List<ReuseLink> nameOnly);
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
