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

    /** What the sink keeps for incremental reuse runs, if it keeps anything ({@link ReuseIndex}). */
    default java.util.Optional<ReuseIndex> reuseIndex() {
        return java.util.Optional.empty();
    }
}
