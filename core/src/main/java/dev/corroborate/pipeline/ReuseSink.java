package dev.corroborate.pipeline;

import dev.corroborate.model.ReuseLink;
import java.util.List;
import java.util.function.Consumer;

/** Port: keeps the reuse stage's links and gives back what the last run kept. */
public interface ReuseSink {

    /** Replaces every kept link with {@code links}, all or nothing. */
    void replaceReuseLinks(List<ReuseLink> links);

    /** Every kept link, ordered by source then derived id. */
    void forEachReuseLink(Consumer<ReuseLink> consumer);

    /**
     * The kept links with an end among {@code articleIds}, in {@link #forEachReuseLink}'s order: what
     * a batch needs of them. The default walks every link; a store reads only those.
     */
    default void forEachReuseLinkOf(java.util.Collection<String> articleIds, Consumer<ReuseLink> consumer) {
        java.util.Set<String> ids = new java.util.HashSet<>(articleIds);
        forEachReuseLink(link -> {
            if (ids.contains(link.sourceId()) || ids.contains(link.derivedId())) {
                consumer.accept(link);
            }
        });
    }

    /** What the sink keeps for incremental reuse runs, if it keeps anything ({@link ReuseIndex}). */
    default java.util.Optional<ReuseIndex> reuseIndex() {
        return java.util.Optional.empty();
    }
}
