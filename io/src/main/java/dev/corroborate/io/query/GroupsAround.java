package dev.corroborate.io.query;

import dev.corroborate.compare.Provenance;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The provenance groups around some articles (a story page's), each group's graph and tree built
 * once however many parts of the page ask for it: the trees, the independent-source counts and each
 * event's own reporting all read the same graphs. The groups are those {@link ProvenanceQuery}
 * builds ({@link NearbyLinks}). Not thread-safe: one per request.
 */
final class GroupsAround {

    private final ProvenanceQuery provenance;
    private final dev.corroborate.pipeline.ProvenanceGroups groups;
    private final Map<String, String> groupKeys;
    private final Map<String, ProvenanceQuery.ProvenanceTree> treeByArticle = new HashMap<>();

    GroupsAround(ArticleStore store, Collection<String> articleIds) {
        this.provenance = new ProvenanceQuery(Objects.requireNonNull(store, "store"));
        this.groups = NearbyLinks.groupsAround(store, articleIds);
        this.groupKeys = groups.groupKeys();
    }

    /** Whether the article shares text with another (is in a group of two or more). */
    boolean sharesText(String articleId) {
        return groupKeys.containsKey(articleId);
    }

    /** The tree of the group of an article that {@link #sharesText shares text}, built once for the group. */
    ProvenanceQuery.ProvenanceTree treeOf(String articleId) {
        ProvenanceQuery.ProvenanceTree tree = treeByArticle.get(articleId);
        if (tree == null) {
            tree = provenance.tree(groups.groupOf(articleId));
            for (Article article : tree.group().articles()) {
                treeByArticle.put(article.id(), tree);
            }
        }
        return tree;
    }

    /**
     * How many of these stored articles count as independent sources: an article sharing no text
     * always does (its graph is itself alone, with nothing it derives from), the others as their
     * group's graph says.
     */
    int independentSources(Collection<String> articleIds) {
        int count = 0;
        for (String id : articleIds) {
            if (!sharesText(id) || treeOf(id).group().graph().node(id).independent()) {
                count++;
            }
        }
        return count;
    }

    /** The graph node of an article that shares text. */
    Provenance.Node nodeOf(String articleId) {
        return treeOf(articleId).group().graph().node(articleId);
    }
}
