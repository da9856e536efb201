package dev.corroborate.pipeline;

import dev.corroborate.model.Assignment;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The articles in feed order: each restored to the place an earlier run gave it, or placed with
 * its reuse links to the articles fed before it; counted either way.
 */
final class StoryFeed {
    private final Map<String, Assignment> stored;
    private final Map<String, List<ReuseLink>> linksOf;
    private final Set<String> seen = new HashSet<>();
    int articles;
    int placed;
    int restored;
    /** Restored with their event kept whole ({@link dev.corroborate.cluster.KeptEvent}), not re-joined one by one. */
    int restoredWhole;

    StoryFeed(Map<String, Assignment> stored, Map<String, List<ReuseLink>> linksOf) {
        this.stored = stored;
        this.linksOf = linksOf;
    }

    /** {@code article} (an {@link dev.corroborate.model.Article} or its {@link dev.corroborate.cluster.KeptArticle}) restored or placed. */
    <A> void place(String id, A article, BiConsumer<A, Assignment> restore, BiConsumer<A, List<ReuseLink>> add) {
        articles++;
        Assignment before = stored.get(id);
        if (before != null) {
            restore.accept(article, before);
            restored++;
        } else {
            add.accept(article, earlierLinks(id));
            placed++;
        }
        seen.add(id);
    }

    /** An article restored at its turn with its event kept whole: counted, and seen by the articles after it. */
    void restoredWhole(String id) {
        articles++;
        restoredWhole++;
        seen.add(id);
    }

    /** The reuse links of {@code articleId} to articles fed before it. */
    private List<ReuseLink> earlierLinks(String articleId) {
        List<ReuseLink> earlier = new ArrayList<>();
        for (ReuseLink link : linksOf.getOrDefault(articleId, List.of())) {
            String other = link.sourceId().equals(articleId) ? link.derivedId() : link.sourceId();
            if (seen.contains(other)) {
                earlier.add(link);
            }
        }
        return earlier;
    }
}
