package dev.corroborate.io.query;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import java.util.List;

/**
 * An article named the way every command and the web app take it: by its id, or by a prefix of it
 * that names one article ({@code show c9c6}). Stateless and thread-safe.
 */
public final class ArticleIds {

    /** How many of the ids a prefix names are listed when it names several. */
    private static final int LISTED = 5;

    private ArticleIds() {
    }

    /**
     * What {@code idOrPrefix} names: the article, or none with the ids it is a prefix of (empty when it
     * names nothing; at most {@value #LISTED} and a sign of more when it names several).
     */
    public record Named(Article article, List<String> several) {

        public Named {
            several = List.copyOf(several);
        }

        /** The several ids, listed for a user: "a, b, c, d, e, ...". */
        public String listed() {
            return String.join(", ", several.subList(0, Math.min(LISTED, several.size())))
                    + (several.size() > LISTED ? ", ..." : "");
        }
    }

    /** The article {@code idOrPrefix} names in {@code store}: in full, or by a prefix that names one article. */
    public static Named look(ArticleStore store, String idOrPrefix) {
        var exact = store.find(idOrPrefix);
        if (exact.isPresent()) {
            return new Named(exact.get(), List.of());
        }
        List<String> matches = store.idsStartingWith(idOrPrefix, LISTED + 1);
        if (matches.size() == 1) {
            return new Named(store.find(matches.get(0)).orElse(null), List.of());
        }
        return new Named(null, matches);
    }
}
